import { For, Show } from 'solid-js';
import { REACTION_LABELS, REACTIONS, type Reaction } from '../../../../core/model/leader-side-labels';

/** Checkboxes for the reaction list, shared by the guess (before) and what happened (after). */
export function ReactionPicker(props: { id: string; legend: string; hint: string; value: readonly Reaction[]; error?: string; onChange: (next: Reaction[]) => void }) {
  const toggle = (r: Reaction, on: boolean) => props.onChange(REACTIONS.filter((x) => (x === r ? on : props.value.includes(x))));
  return (
    <fieldset class="field" classList={{ invalid: !!props.error }} aria-describedby={`${props.id}-hint${props.error ? ` ${props.id}-error` : ''}`}>
      <legend>{props.legend}</legend>
      <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>
      <div class="choice-row">
        <For each={REACTIONS}>
          {(r) => (
            <label class="choice">
              <input type="checkbox" checked={props.value.includes(r)} onChange={(e) => toggle(r, e.currentTarget.checked)}
                aria-invalid={!!props.error} />
              {REACTION_LABELS[r]}
            </label>
          )}
        </For>
      </div>
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`} role="alert">{props.error}</p>
      </Show>
    </fieldset>
  );
}
