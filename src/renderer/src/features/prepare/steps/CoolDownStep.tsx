import { For, Show } from 'solid-js';
import { Field, describedBy } from '../../../components/Field';
import { PrepTextArea } from '../PrepFields';
import { COOL_DOWN } from '../prep-copy';
import type { PrepEditor } from '../prep-editor';
import { ACTIVATION_LEVELS, FEARS, HOT_ACTIVATION, type Fear } from '../../../../../core/model/trust-items';
import { ACTIVATION_HINTS, ACTIVATION_LABELS, FEAR_LABELS } from '../../../../../core/model/preparation-labels';

/** How activated am I, what I feel, where it comes from, which fears it touches. */
export function CoolDownStep(props: { editor: PrepEditor }) {
  const cool = () => props.editor.prep.coolDown;
  const hot = () => (cool().activation ?? 0) >= HOT_ACTIVATION;
  const toggleFear = (fear: Fear, on: boolean) => {
    const next = FEARS.filter((f) => (f === fear ? on : cool().fears.includes(f)));
    props.editor.setField('coolDown', 'fears', next);
  };
  const emotionError = () => props.editor.errorFor('coolDown.emotion');
  return (
    <>
      <fieldset class="field">
        <legend>{COOL_DOWN.activationLegend}</legend>
        <div class="scale-choices">
          <For each={ACTIVATION_LEVELS}>
            {(level) => (
              <label class="scale-choice">
                <input type="radio" name="activation" value={level} checked={cool().activation === level}
                  onChange={() => props.editor.setField('coolDown', 'activation', level)} />
                <span class="scale-text">
                  <strong>{level} · {ACTIVATION_LABELS[level]}</strong>
                  <span class="muted">{ACTIVATION_HINTS[level]}</span>
                </span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <Show when={hot()}>
        <p class="banner" role="note">{COOL_DOWN.hotAdvice}</p>
      </Show>
      <Field id="prep-coolDown-emotion" label={COOL_DOWN.emotionLabel} hint={COOL_DOWN.emotionHint} error={emotionError()}>
        <input id="prep-coolDown-emotion" type="text" value={cool().emotion}
          onInput={(e) => props.editor.setField('coolDown', 'emotion', e.currentTarget.value)}
          aria-invalid={!!emotionError()} aria-describedby={describedBy('prep-coolDown-emotion', 'hint', emotionError())} />
      </Field>
      <PrepTextArea editor={props.editor} group="coolDown" name="source" label={COOL_DOWN.sourceLabel} hint={COOL_DOWN.sourceHint} rows={3} />
      <fieldset class="field" aria-describedby="prep-fears-hint">
        <legend>{COOL_DOWN.fearsLegend}</legend>
        <p class="hint" id="prep-fears-hint">{COOL_DOWN.fearsHint}</p>
        <div class="choice-row">
          <For each={FEARS}>
            {(fear) => (
              <label class="choice">
                <input type="checkbox" checked={cool().fears.includes(fear)} onChange={(e) => toggleFear(fear, e.currentTarget.checked)} />
                {FEAR_LABELS[fear]}
              </label>
            )}
          </For>
        </div>
      </fieldset>
    </>
  );
}
