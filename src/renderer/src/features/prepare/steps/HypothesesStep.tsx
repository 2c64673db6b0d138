import { For, Show } from 'solid-js';
import { Field } from '../../../components/Field';
import { HYPOTHESES } from '../prep-copy';
import type { PrepEditor } from '../prep-editor';
import { CAUSES, CONFIDENCE_LEVELS, type Cause, type Confidence } from '../../../../../core/model/trust-items';
import { CAUSE_LABELS, CONFIDENCE_LABELS, DOMAIN_LABELS } from '../../../../../core/model/incident-labels';
import { DIAGNOSIS_MAP } from '../../../../../core/logic/diagnosis-map';
import type { Hypothesis } from '../../../../../core/model/preparation';

/** The causes as hypotheses, each with what it would mean for repair (the diagnosis map). */
export function HypothesesStep(props: { editor: PrepEditor; fromIncident: boolean }) {
  const list = () => props.editor.prep.hypotheses;
  const find = (cause: Cause) => list().find((h) => h.cause === cause);
  // Kept in the map's order so the list reads the same every time.
  const write = (next: Hypothesis[]) =>
    props.editor.setTop('hypotheses', CAUSES.flatMap((c) => next.filter((h) => h.cause === c)));
  const toggle = (cause: Cause, on: boolean) =>
    write(on ? [...list(), { cause, confidence: 'low', note: '' }] : list().filter((h) => h.cause !== cause));
  const change = (cause: Cause, patch: Partial<Hypothesis>) =>
    write(list().map((h) => (h.cause === cause ? { ...h, ...patch } : h)));

  return (
    <fieldset class="field">
      <legend class="visually-hidden">{HYPOTHESES.legend}</legend>
      <Show when={props.fromIncident}>
        <p class="hint">{HYPOTHESES.fromIncident}</p>
      </Show>
      <Show when={props.editor.errorFor('hypotheses')}>
        {(message) => <p class="field-error" role="alert">{message()}</p>}
      </Show>
      <ul class="hypotheses">
        <For each={CAUSES}>{(cause) => <CauseCard cause={cause} current={find(cause)} toggle={toggle} change={change} />}</For>
      </ul>
    </fieldset>
  );
}

function CauseCard(props: {
  cause: Cause;
  current: Hypothesis | undefined;
  toggle: (cause: Cause, on: boolean) => void;
  change: (cause: Cause, patch: Partial<Hypothesis>) => void;
}) {
  const entry = () => DIAGNOSIS_MAP[props.cause];
  const id = () => `hyp-${props.cause}`;
  const looksLike = () => entry().looksLike.map((d) => DOMAIN_LABELS[d].toLowerCase()).join(' and ');
  return (
    <li class="hypothesis" classList={{ chosen: !!props.current }}>
      <label class="choice">
        <input type="checkbox" checked={!!props.current} onChange={(e) => props.toggle(props.cause, e.currentTarget.checked)} />
        <strong>{CAUSE_LABELS[props.cause]}</strong>
        <Show when={looksLike()}><span class="muted">· can look like a lapse in {looksLike()}</span></Show>
      </label>
      <p class="hyp-meaning">{entry().meaning}</p>
      <Show when={props.current}>
        {(h) => (
          <div class="hyp-detail">
            <dl class="hyp-map">
              <dt>{HYPOTHESES.repair}</dt>
              <dd>{entry().repair}</dd>
              <dt>{HYPOTHESES.watch}</dt>
              <dd>{entry().watch}</dd>
            </dl>
            <Field id={`${id()}-confidence`} label={HYPOTHESES.likelihood}>
              <select id={`${id()}-confidence`} value={h().confidence} aria-label={`${HYPOTHESES.likelihood} ${CAUSE_LABELS[props.cause]}`}
                onChange={(e) => props.change(props.cause, { confidence: e.currentTarget.value as Confidence })}>
                <For each={CONFIDENCE_LEVELS}>{(c) => <option value={c}>{CONFIDENCE_LABELS[c]}</option>}</For>
              </select>
            </Field>
            <Field id={`${id()}-note`} label={HYPOTHESES.note}>
              <textarea id={`${id()}-note`} rows={2} value={h().note} aria-label={`${HYPOTHESES.note}: ${CAUSE_LABELS[props.cause]}`}
                onInput={(e) => props.change(props.cause, { note: e.currentTarget.value })} />
            </Field>
          </div>
        )}
      </Show>
    </li>
  );
}
