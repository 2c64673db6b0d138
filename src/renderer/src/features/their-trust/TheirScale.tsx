import { For, Show } from 'solid-js';
import type { TrustItem } from '../../../../core/model/trust-items';

const NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One item of their trust in me, 1–7 or "no new evidence" (the default), with its error under it. */
export function TheirScale(props: { item: TrustItem; label: string; value: number | null; error?: string | undefined; onChange: (v: number | null) => void }) {
  const name = `tt-${props.item}`;
  return (
    <fieldset class="rating" classList={{ invalid: !!props.error }} aria-describedby={props.error ? `${name}-error` : undefined}>
      <legend>{props.label}</legend>
      <div class="scale">
        <For each={NUMBERS}>
          {(n) => (
            <label class="scale-point">
              <input type="radio" name={name} checked={props.value === n} onChange={() => props.onChange(n)} />
              <span class="scale-number">{n}</span>
            </label>
          )}
        </For>
        <label class="scale-point none">
          <input type="radio" name={name} checked={props.value === null} onChange={() => props.onChange(null)} />
          <span>No new evidence</span>
        </label>
      </div>
      <Show when={props.error}>
        <p class="field-error" id={`${name}-error`} role="alert">{props.error}</p>
      </Show>
    </fieldset>
  );
}
