import { For } from 'solid-js';
import type { TrustItem } from '../../../../core/model/trust-items';

const NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One item of their trust in me, 1–7 or "no new evidence" (the default). */
export function TheirScale(props: { item: TrustItem; label: string; value: number | null; onChange: (v: number | null) => void }) {
  const name = `tt-${props.item}`;
  return (
    <fieldset class="rating">
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
    </fieldset>
  );
}
