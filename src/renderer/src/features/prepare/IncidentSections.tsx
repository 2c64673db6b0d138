import { For, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { Field, describedBy } from '../../components/Field';
import { CausePicker, DomainPicker, RatingSelect } from './IncidentPickers';
import type { IncidentFormValues } from './incident-form';
import { INCIDENT_STATUSES, TRUST_ITEMS } from '../../../../core/model/trust-items';
import { INCIDENT_STATUS_LABELS, RATING_ANCHORS, STABILITY_ANCHORS, TRUST_ITEM_HINTS, TRUST_ITEM_LABELS } from '../../../../core/model/incident-labels';

export interface SectionProps {
  values: IncidentFormValues;
  set: SetStoreFunction<IncidentFormValues>;
  err: (key: string) => string | undefined;
}

type TextKey = 'title' | 'occurredAt' | 'facts' | 'impact';

/** What happened, when, the facts and the impact. */
export function WhatHappened(props: SectionProps) {
  const text = (key: TextKey) => (e: { currentTarget: { value: string } }) => props.set(key, e.currentTarget.value);
  const aria = (key: TextKey) => ({ 'aria-invalid': !!props.err(key), 'aria-describedby': describedBy(`inc-${key}`, 'hint', props.err(key)) });
  return (
    <>
      <Field id="inc-title" label="What happened, in a line" hint="For example: the client proposal went out three days late." error={props.err('title')}>
        <input id="inc-title" type="text" value={props.values.title} onInput={text('title')} maxLength={400} {...aria('title')} />
      </Field>
      <Field id="inc-occurredAt" label="When did it happen?" hint="Roughly is fine. You can pick a day in the past." error={props.err('occurredAt')}>
        <input id="inc-occurredAt" type="datetime-local" value={props.values.occurredAt} onInput={text('occurredAt')} {...aria('occurredAt')} />
      </Field>
      <Field id="inc-facts" label="The facts" hint="What a camera would have seen: times, words, documents. Markdown works." error={props.err('facts')}>
        <textarea id="inc-facts" rows={5} value={props.values.facts} onInput={text('facts')} {...aria('facts')} />
      </Field>
      <Field id="inc-impact" label="The impact" hint="On you, the team, the client." error={props.err('impact')}>
        <textarea id="inc-impact" rows={4} value={props.values.impact} onInput={text('impact')} {...aria('impact')} />
      </Field>
    </>
  );
}

/** The domains it touches and the causes that might be behind it. */
export function WhatItTouches(props: SectionProps) {
  return (
    <>
      <fieldset class="field" id="inc-domains" tabindex="-1" aria-describedby="inc-domains-hint">
        <legend>Which kind of trust does it touch?</legend>
        <p class="hint" id="inc-domains-hint">Tick what it looks like for now; the conversation may change your mind.</p>
        <DomainPicker value={props.values.domains} onChange={(d) => props.set('domains', d)} />
        <Show when={props.err('domains')}><p class="field-error" role="alert">{props.err('domains')}</p></Show>
      </fieldset>
      <fieldset class="field" id="inc-causes" tabindex="-1" aria-describedby="inc-causes-hint">
        <legend>What might be behind it?</legend>
        <p class="hint" id="inc-causes-hint">Guesses are welcome. They stay hypotheses until you’ve talked.</p>
        <CausePicker value={props.values.causes} onChange={(c) => props.set('causes', c)} />
        <Show when={props.err('causes')}><p class="field-error" role="alert">{props.err('causes')}</p></Show>
      </fieldset>
    </>
  );
}

/** Trust before it happened, item by item, or "no evidence". */
export function Baseline(props: SectionProps) {
  return (
    <fieldset class="field" aria-describedby="inc-baseline-hint">
      <legend>How much did you trust them before this?</legend>
      <p class="hint" id="inc-baseline-hint">Think of the weeks before it happened. 1 means you’d double-check everything; 7, without a second thought.</p>
      <div class="rating-grid">
        <For each={TRUST_ITEMS}>
          {(item) => (
            <Field id={`inc-baseline-${item}`} label={TRUST_ITEM_LABELS[item]} hint={TRUST_ITEM_HINTS[item]} error={props.err(`baseline.${item}`)}>
              <RatingSelect id={`inc-baseline-${item}`} value={props.values.baseline[item]} none="No evidence" anchors={RATING_ANCHORS} hint
                error={props.err(`baseline.${item}`)} onChange={(v) => props.set('baseline', item, v)} />
            </Field>
          )}
        </For>
      </div>
    </fieldset>
  );
}

/** How likely it is to happen again, and where things stand. */
export function Outlook(props: SectionProps) {
  return (
    <>
      <Field id="inc-stability" label="How likely is this to happen again?" error={props.err('stability')}>
        <RatingSelect id="inc-stability" value={props.values.stability} none="Not sure yet" anchors={STABILITY_ANCHORS}
          error={props.err('stability')} onChange={(v) => props.set('stability', v)} />
      </Field>
      <fieldset class="field" id="inc-status" tabindex="-1">
        <legend>Where things stand</legend>
        <div class="choice-row">
          <For each={INCIDENT_STATUSES}>
            {(s) => (
              <label class="choice">
                <input type="radio" name="inc-status" value={s} checked={props.values.status === s} onChange={() => props.set('status', s)} />
                {INCIDENT_STATUS_LABELS[s]}
              </label>
            )}
          </For>
        </div>
        <Show when={props.err('status')}><p class="field-error" role="alert">{props.err('status')}</p></Show>
      </fieldset>
    </>
  );
}
