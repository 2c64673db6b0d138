import { For, Show } from 'solid-js';
import { RATING_ANCHORS, TRUST_ITEM_HINTS, TRUST_ITEM_LABELS } from '../../../../core/model/incident-labels';
import type { TrustItem } from '../../../../core/model/trust-items';

const NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * One item rated 1–7, or "no new evidence" (the default: nothing new is a real answer). The anchors
 * are drawn once under the scale and also read out with their numbers.
 */
export function RatingScale(props: { item: TrustItem; value: number | null; error?: string; onChange: (v: number | null) => void }) {
  const id = `tc-${props.item}`;
  return (
    <fieldset class="rating" classList={{ invalid: !!props.error }} aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ''}`}>
      <legend>{TRUST_ITEM_LABELS[props.item]}</legend>
      <p class="hint" id={`${id}-hint`}>{TRUST_ITEM_HINTS[props.item]}</p>
      <div class="scale">
        <For each={NUMBERS}>
          {(n) => (
            <label class="scale-point">
              <input type="radio" name={id} checked={props.value === n} onChange={() => props.onChange(n)} />
              <span class="scale-number">{n}</span>
              <Show when={RATING_ANCHORS[n]}>
                <span class="sr-only">{RATING_ANCHORS[n]}</span>
              </Show>
            </label>
          )}
        </For>
        <label class="scale-point none">
          <input type="radio" name={id} checked={props.value === null} onChange={() => props.onChange(null)} />
          <span>No new evidence</span>
        </label>
        <p class="scale-anchors" aria-hidden="true">
          <span>{RATING_ANCHORS[1]}</span>
          <span>{RATING_ANCHORS[4]}</span>
          <span>{RATING_ANCHORS[7]}</span>
        </p>
      </div>
      <Show when={props.error}>
        <p class="field-error" id={`${id}-error`} role="alert">{props.error}</p>
      </Show>
    </fieldset>
  );
}
