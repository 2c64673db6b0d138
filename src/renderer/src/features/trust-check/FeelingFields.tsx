import { For, Show } from 'solid-js';
import { Field, describedBy } from '../../components/Field';
import { ACTIVATION_HINTS, ACTIVATION_LABELS } from '../../../../core/model/preparation-labels';
import { isHotCheck } from '../../../../core/logic/verdict-scores';
import { ACTIVATION_LEVELS, type Activation } from '../../../../core/model/trust-items';

export interface Feeling {
  activation: Activation | null;
  emotion: string;
  source: string;
}

/** Before rating: how stirred up, what the feeling is, and where it comes from. */
export function FeelingFields(props: {
  value: Feeling;
  errorFor: (field: string) => string | undefined;
  onChange: <K extends keyof Feeling>(key: K, value: Feeling[K]) => void;
}) {
  const hot = () => props.value.activation !== null && isHotCheck({ activation: props.value.activation, source: props.value.source });
  const actError = () => props.errorFor('activation');
  return (
    <>
      <fieldset class="fu-group" classList={{ invalid: !!actError() }} aria-describedby={actError() ? 'tc-activation-error' : undefined}>
        <legend>How stirred up are you right now?</legend>
        <div class="activation-row">
          <For each={ACTIVATION_LEVELS}>
            {(level) => (
              <label class="activation-choice">
                <input type="radio" name="tc-activation" checked={props.value.activation === level} onChange={() => props.onChange('activation', level)} />
                <span><strong>{level} · {ACTIVATION_LABELS[level]}</strong><span class="hint">{ACTIVATION_HINTS[level]}</span></span>
              </label>
            )}
          </For>
        </div>
        <Show when={actError()}>
          <p class="field-error" id="tc-activation-error" role="alert">{actError()}</p>
        </Show>
      </fieldset>
      <Field id="tc-emotion" label="What are you feeling?" hint="A word or two: uneasy, let down, hopeful." error={props.errorFor('emotion')}>
        <input id="tc-emotion" type="text" value={props.value.emotion} onInput={(e) => props.onChange('emotion', e.currentTarget.value)}
          aria-invalid={!!props.errorFor('emotion')} aria-describedby={describedBy('tc-emotion', 'hint', props.errorFor('emotion'))} />
      </Field>
      <Field id="tc-source" label="Where is that feeling coming from?" hint="Today’s events, something older, your own pressures. Naming it helps keep it apart from the rating." error={props.errorFor('source')}>
        <textarea id="tc-source" rows={2} value={props.value.source} onInput={(e) => props.onChange('source', e.currentTarget.value)}
          aria-invalid={!!props.errorFor('source')} aria-describedby={describedBy('tc-source', 'hint', props.errorFor('source'))} />
      </Field>
      <Show when={hot()}>
        <p class="banner hot-note" role="status">
          <strong>This check would be marked hot:</strong> a strong feeling with no source named. It would stay on the chart
          but be left out of the trend, since the feeling may be doing the rating. Naming where it comes from is enough to
          cool it.
        </p>
      </Show>
    </>
  );
}
