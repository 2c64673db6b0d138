import { For, Show } from 'solid-js';
import { Field, describedBy } from '../../components/Field';
import { CAUSE_LABELS } from '../../../../core/model/incident-labels';
import { DIAGNOSIS_MAP } from '../../../../core/logic/diagnosis-map';
import { CAUSES, type Cause } from '../../../../core/model/trust-items';
import type { DebriefEditor } from './debrief-editor';

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** Was the guess right? Confirm it, or name what it turned out to be. */
export function DebriefDiagnosis(props: { editor: DebriefEditor }) {
  const ed = props.editor;
  const d = () => ed.fields.diagnosis;
  const outcomeError = () => ed.errorFor('diagnosis.outcome');
  const setOutcome = (outcome: 'confirmed' | 'revised') =>
    ed.update('diagnosis', { ...d(), outcome, actual: outcome === 'confirmed' ? d().guessed : d().actual === d().guessed ? null : d().actual });
  return (
    <section class="section" aria-labelledby="db-diag-title">
      <h2 id="db-diag-title">What it was really about</h2>
      <Show
        when={d().guessed}
        fallback={<ActualCause editor={ed} label="What do you think it was really about?" exclude={null} />}
      >
        {(guessed) => (
          <>
            <p>
              Going in, you suspected <strong>{lower(CAUSE_LABELS[guessed()])}</strong>. Having talked, does that still fit?
            </p>
            <div class="fu-group" classList={{ invalid: !!outcomeError() }}>
              <div class="choice-row" role="radiogroup" aria-label="Does your guess still fit?"
                aria-describedby={outcomeError() ? 'db-outcome-error' : undefined}>
                <label class="choice">
                  <input type="radio" name="db-outcome" checked={d().outcome === 'confirmed'} onChange={() => setOutcome('confirmed')} />
                  Yes, that was it
                </label>
                <label class="choice">
                  <input type="radio" name="db-outcome" checked={d().outcome === 'revised'} onChange={() => setOutcome('revised')} />
                  It was something else
                </label>
              </div>
              <Show when={outcomeError()}>
                <p class="field-error" id="db-outcome-error" role="alert">{outcomeError()}</p>
              </Show>
            </div>
            <Show when={d().outcome === 'revised'}>
              <ActualCause editor={ed} label="What was it, then?" exclude={guessed()} />
            </Show>
          </>
        )}
      </Show>
      <Show when={d().actual}>
        {(actual) => <p class="hint">Where repair can lean: {lower(DIAGNOSIS_MAP[actual()].repair)}</p>}
      </Show>
    </section>
  );
}

function ActualCause(props: { editor: DebriefEditor; label: string; exclude: Cause | null }) {
  const ed = props.editor;
  const error = () => ed.errorFor('diagnosis.actual');
  const choose = (value: string) => ed.update('diagnosis', 'actual', value === '' ? null : (value as Cause));
  return (
    <Field id="db-actual" label={props.label} error={error()}>
      <select id="db-actual" class="short" value={ed.fields.diagnosis.actual ?? ''} onChange={(e) => choose(e.currentTarget.value)}
        aria-invalid={!!error()} aria-describedby={describedBy('db-actual', undefined, error())}>
        <option value="">Not sure yet</option>
        <For each={CAUSES.filter((c) => c !== props.exclude)}>{(c) => <option value={c}>{CAUSE_LABELS[c]}</option>}</For>
      </select>
    </Field>
  );
}
