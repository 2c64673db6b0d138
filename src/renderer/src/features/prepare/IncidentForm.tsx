import { createResource, createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ApiError, call, errorMessage } from '../../lib/api';
import { goOnFrom, href, screenNow } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { createFormDraft } from '../../lib/form-draft';
import { DraftNote } from '../../components/DraftNote';
import { ChangedElsewhereNote } from '../alternatives/ChangedElsewhereNote';
import { EntryAlternativesNote } from '../alternatives/EntryAlternativesNote';
import { Baseline, Outlook, WhatHappened, WhatItTouches } from './IncidentSections';
import { emptyIncident, errorKey, fromIncident, toIncidentFields, type IncidentFormValues } from './incident-form';
import { choiceWords, RewrittenOnBoth, type BothShown } from '../../lib/rewritten-on-both';
import { INCIDENT_STATUS_LABELS } from '../../../../core/model/incident-labels';
import '../../styles/prepare.css';

/** Log a moment when trust broke (no incidentId), or edit one. A refused save keeps everything typed. */
export function IncidentForm(props: { id: string; incidentId?: string }) {
  const [values, setValues] = createStore<IncidentFormValues>(emptyIncident());
  const [failure, setFailure] = createSignal<{ key: string; message: string } | null>(null);
  const [saving, setSaving] = createSignal(false);
  /**
   * When editing: what the incident on screen was written from (Save compares with it): as this visit
   * loaded it, or, for changes kept from an earlier visit, as it was then.
   */
  let opened: IncidentFormValues | undefined;
  let loaded: IncidentFormValues | undefined;
  /** Words rewritten here and on the other computer: both go on screen before anything is saved. */
  const rewritten = new RewrittenOnBoth<IncidentFormValues>(['title', 'facts', 'impact'], undefined, choiceWords({ status: INCIDENT_STATUS_LABELS }));
  const [journal] = createResource(() => props.id, async (id) => {
    const j = await call('journals:get', { relationshipId: id });
    const found = props.incidentId ? j.incidents.find((i) => i.id === props.incidentId) : undefined;
    if (props.incidentId && !found) throw new ApiError('not-found', 'That incident is not in this journal any more.');
    if (found) {
      opened = loaded = fromIncident(found);
      setValues(fromIncident(found));
    }
    return j;
  });
  /**
   * What Save sends when editing: the incident as it is now, with only the fields changed here laid over
   * it, so a change the other computer made meanwhile to another field is not put back. An incident no
   * longer there is sent as typed, and the core says it is gone.
   */
  const toSave = async (incidentId: string): Promise<IncidentFormValues | { both: BothShown<string> }> => {
    if (!opened) return JSON.parse(JSON.stringify(values)) as IncidentFormValues;
    const now = (await call('journals:get', { relationshipId: props.id })).incidents.find((i) => i.id === incidentId);
    // What is on screen is read after the record: a key typed while Save waited for it is in what
    // Save compares and sends, and never replaced by the versions it may put on screen.
    const typed = JSON.parse(JSON.stringify(values)) as IncidentFormValues;
    if (!now) return typed;
    const current = fromIncident(now);
    // Words rewritten here and on the other computer: both go on screen, nothing is saved over either.
    const both = rewritten.check(opened, typed, current, (field, value) => setValues(field as never, value as never));
    return both ? { both } : rewritten.keepOtherChanges(opened, typed, current);
  };
  const draft = createFormDraft({
    key: props.incidentId ? `incident:${props.id}:${props.incidentId}` : `incident:new:${props.id}`,
    label: props.incidentId ? 'changes to an incident' : 'a new incident',
    // Carries what the words were written from (draft-base.ts), for Save after the other computer rewrote them.
    snapshot: () => rewritten.draftOf(JSON.parse(JSON.stringify(values)) as IncidentFormValues, opened),
    restore: (saved) => {
      const back = rewritten.fromDraft(saved, loaded);
      if (props.incidentId) opened = back.opened;
      setValues(back.fields);
    },
    ready: () => journal.state === 'ready',
  });
  const err = (key: string) => (failure()?.key === key ? failure()?.message : undefined);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setFailure(null);
    setSaving(true);
    const from = screenNow();
    try {
      const next = props.incidentId ? await toSave(props.incidentId) : values;
      if ('both' in next) {
        const key = errorKey(next.both.field);
        setFailure({ key, message: next.both.message });
        document.getElementById(`inc-${key.replace('.', '-')}`)?.focus();
        return;
      }
      const fields = toIncidentFields(next);
      await draft.write(() => (props.incidentId
        ? call('incidents:update', { relationshipId: props.id, id: props.incidentId, ...fields })
        : call('incidents:create', { relationshipId: props.id, ...fields })));
      await draft.discard().catch(() => undefined); // the incident is saved; a stale draft only offers it back
      showNotice(props.incidentId ? 'Saved.' : 'Logged. When you’re ready, prepare the conversation.');
      // An edited incident opens where it is on the timeline, where the edit began.
      if (props.incidentId) goOnFrom(from, '/r/:id/entry/:entry', { id: props.id, entry: `incident:${props.incidentId}` });
      else goOnFrom(from, '/r/:id', { id: props.id });
    } catch (ex) {
      const key = errorKey(ex instanceof ApiError ? ex.field : undefined);
      setFailure({ key, message: errorMessage(ex) });
      document.getElementById(`inc-${key.replace('.', '-')}`)?.focus();
    } finally {
      setSaving(false);
    }
  };

  const sections = { values, set: setValues, err };
  return (
    <section class="page narrow" aria-labelledby="inc-page-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">{journal()?.relationship.name ?? ''}</p>
          <h1 id="inc-page-title">{props.incidentId ? 'Edit the incident' : 'Log an incident'}</h1>
          <p class="lede">Write it down while it’s fresh: what happened, what it cost, and what you suspect. You can change any of it later.</p>
        </div>
      </header>
      <Show when={journal.error}>
        <p class="error-box" role="alert">{errorMessage(journal.error)}</p>
      </Show>
      <DraftNote draft={draft} />
      <Show when={props.incidentId}>
        {(incidentId) => (
          <>
            <EntryAlternativesNote relationshipId={props.id} recordId={incidentId()} />
            <ChangedElsewhereNote relationshipId={props.id} />
          </>
        )}
      </Show>
      <form onSubmit={submit} novalidate ref={draft.gate}>
        <WhatHappened {...sections} />
        <WhatItTouches {...sections} />
        <Baseline {...sections} />
        <Outlook {...sections} />
        <Show when={err('form')}>
          <p class="error-box" id="inc-form" tabindex="-1" role="alert">{err('form')}</p>
        </Show>
        <div class="actions">
          <a class="button" href={href('/r/:id', { id: props.id })}>Cancel</a>
          <button type="submit" class="button primary" disabled={saving() || !!journal.error}>
            {saving() ? 'Saving…' : props.incidentId ? 'Save changes' : 'Save incident'}
          </button>
        </div>
      </form>
    </section>
  );
}
