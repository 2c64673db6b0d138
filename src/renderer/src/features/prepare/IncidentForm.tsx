import { createResource, createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ApiError, call, errorMessage } from '../../lib/api';
import { go, goOnFrom, href, screenNow } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { createFormDraft } from '../../lib/form-draft';
import { DraftNote } from '../../components/DraftNote';
import { ChangedElsewhereNote } from '../alternatives/ChangedElsewhereNote';
import { EntryAlternativesNote } from '../alternatives/EntryAlternativesNote';
import { Baseline, Outlook, WhatHappened, WhatItTouches } from './IncidentSections';
import { emptyIncident, errorKey, fromIncident, toIncidentFields, type IncidentFormValues } from './incident-form';
import { choiceWords, RewrittenOnBoth, type BothShown } from '../../lib/rewritten-on-both';
import { INCIDENT_STATUS_LABELS } from '../../../../core/model/incident-labels';
import { createGoneWords, EntryGoneAlert, focusEntryGone, onlyBack, type Gone } from '../../components/EntryGone';
import { followEntryBack } from '../../lib/follow-back';
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
  /**
   * Editing an incident that is not in the journal (any more: removed here, or on the other computer):
   * said, and words kept for it can be saved as a new incident, as on every other entry's edit screen.
   */
  const [gone, setGone] = createSignal<Gone>(null);
  const [journal] = createResource(() => props.id, async (id) => {
    const j = await call('journals:get', { relationshipId: id });
    const found = props.incidentId ? j.incidents.find((i) => i.id === props.incidentId) : undefined;
    if (props.incidentId && !found) setGone('opened');
    if (found) {
      opened = loaded = fromIncident(found);
      setValues(fromIncident(found));
    }
    return j;
  });
  /** The person's name, once read; never the failed read itself (reading a failed resource throws it again). */
  const personName = (): string => (journal.state === 'ready' ? journal().relationship.name : '');
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
  const draftKey = props.incidentId ? `incident:${props.id}:${props.incidentId}` : `incident:new:${props.id}`;
  const draft = createFormDraft({
    key: draftKey,
    label: props.incidentId ? 'changes to an incident' : 'a new incident',
    // Carries what the words were written from (draft-base.ts), for Save after the other computer rewrote them.
    snapshot: () => rewritten.draftOf(JSON.parse(JSON.stringify(values)) as IncidentFormValues, opened),
    restore: (saved) => {
      const back = rewritten.fromDraft(saved, loaded);
      if (props.incidentId && gone() === null) opened = back.opened;
      setValues(back.fields);
    },
    ready: () => journal.state === 'ready',
  });
  const err = (key: string) => (failure()?.key === key ? failure()?.message : undefined);
  const words = createGoneWords(gone, draft);
  /** The incident is back under a new id: the screen goes on to it, with the words (Save waits meanwhile). */
  const follow = followEntryBack({ relationshipId: props.id, entryId: props.incidentId, gone, words, saving, draft, draftKey });
  const back = () => go('/r/:id', { id: props.id });
  /** Cancel with the incident gone: the alert has just said Cancel lets the words go (no Edit link leads to them). */
  const cancelGone = async () => {
    await draft.letGo().catch(() => undefined);
    back();
  };
  const saveLabel = () => (saving() ? 'Saving…' : follow.stuck() ? 'Try again' : gone() ? 'Save as a new incident' : props.incidentId ? 'Save changes' : 'Save incident');

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (follow.moving()) return;
    setFailure(null);
    setSaving(true);
    const from = screenNow();
    const editing = gone() === null ? props.incidentId : undefined;
    try {
      // Back already (the screen not told yet): it goes on to the incident with the words, never a second one.
      if (!editing && props.incidentId && (await follow.backInsteadOfNew())) return;
      const next = editing ? await toSave(editing) : values;
      if ('both' in next) {
        const key = errorKey(next.both.field);
        setFailure({ key, message: next.both.message });
        document.getElementById(`inc-${key.replace('.', '-')}`)?.focus();
        return;
      }
      const fields = toIncidentFields(next);
      const saved = await draft.write(() => (editing
        ? call('incidents:update', { relationshipId: props.id, id: editing, ...fields })
        : call('incidents:create', { relationshipId: props.id, ...fields })));
      await draft.discard().catch(() => undefined); // the incident is saved; a stale draft only offers it back
      showNotice(editing ? 'Saved.' : gone() ? 'Saved as a new incident.' : 'Logged. When you’re ready, prepare the conversation.');
      // An edited incident, or one saved anew from an edit, opens where it is on the timeline, where the edit began.
      if (props.incidentId) goOnFrom(from, '/r/:id/entry/:entry', { id: props.id, entry: `incident:${saved.id}` });
      else goOnFrom(from, '/r/:id', { id: props.id });
    } catch (ex) {
      if (ex instanceof ApiError && ex.code === 'not-found' && editing && ex.field === 'incidentId') {
        // Removed while it was being edited (here, or on the other computer): said, the words stay.
        setFailure(null);
        setGone('saving');
        focusEntryGone();
        return;
      }
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
          <p class="eyebrow">{personName()}</p>
          <h1 id="inc-page-title">{props.incidentId ? 'Edit the incident' : 'Log an incident'}</h1>
          <p class="lede">Write it down while it’s fresh: what happened, what it cost, and what you suspect. You can change any of it later.</p>
        </div>
      </header>
      <Show when={journal.error}>
        <p class="error-box" role="alert">{errorMessage(journal.error)}</p>
      </Show>
      {/* With the incident gone, "Start over" would only throw the words away: the alert says what to do. */}
      <Show when={!gone()} fallback={<EntryGoneAlert kind="incident" words={words()!} stuck={follow.stuck()} />}>
        <DraftNote draft={draft} />
        <Show when={props.incidentId}>
          {(incidentId) => (
            <>
              <EntryAlternativesNote relationshipId={props.id} recordId={incidentId()} />
              <ChangedElsewhereNote relationshipId={props.id} />
            </>
          )}
        </Show>
      </Show>
      <Show when={onlyBack(words())}>
        <div class="actions">
          <button type="button" class="button primary" onClick={back}>Back to {personName() || 'their page'}</button>
        </div>
      </Show>
      <Show when={words() === null || words() === 'kept'}>
      <form onSubmit={submit} novalidate ref={draft.gate}>
        <WhatHappened {...sections} />
        <WhatItTouches {...sections} />
        <Baseline {...sections} />
        <Outlook {...sections} />
        <Show when={err('form')}>
          <p class="error-box" id="inc-form" tabindex="-1" role="alert">{err('form')}</p>
        </Show>
        <div class="actions">
          <Show when={gone()} fallback={<a class="button" href={href('/r/:id', { id: props.id })}>Cancel</a>}>
            <button type="button" class="button" onClick={() => void cancelGone()}>Cancel</button>
          </Show>
          <button type="submit" class="button primary" disabled={saving() || !!journal.error}>
            {saveLabel()}
          </button>
        </div>
      </form>
      </Show>
    </section>
  );
}
