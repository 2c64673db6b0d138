import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { call } from '../../lib/api';
import { go, href } from '../../lib/router';
import { formatDayTime, fromLocalInput } from '../../lib/dates';
import { Field, describedBy } from '../../components/Field';
import { prepHref } from './prep-data';
import { PREP_SCREENS, PREP_SCREEN_TITLES } from '../../../../core/model/preparation-labels';
import type { Journal } from '../../../../core/model/journal';
import '../../styles/prepare.css';
import { Unavailable } from '../../components/Unavailable';
import { createFormError } from '../../lib/form-error';
import { QuickDates } from '../../components/QuickDates';

/** Before the guided flow: pick up a draft, or start a new plan, about an incident or not. */
export function PrepareStart(props: { id: string }) {
  const [journal] = createResource(() => props.id, (id) => call('journals:get', { relationshipId: id }));
  return (
    <Switch>
      <Match when={journal.error}>
        <Unavailable title="This journal is not available" error={journal.error} />
      </Match>
      <Match when={journal()}>{(j) => <StartForm journal={j()} />}</Match>
    </Switch>
  );
}

function StartForm(props: { journal: Journal }) {
  const rid = props.journal.relationship.id;
  const drafts = () => props.journal.preparations.filter((p) => p.status === 'draft').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const incidents = () => [...props.journal.incidents].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  const [incidentId, setIncidentId] = createSignal(incidents().find((i) => i.status !== 'closed')?.id ?? '');
  const [planned, setPlanned] = createSignal('');
  const { error, setError, fromCaught } = createFormError();
  const [busy, setBusy] = createSignal(false);

  const start = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const plannedAt = planned() ? fromLocalInput(planned()) : null;
      const prep = await call('preparations:start', { relationshipId: rid, incidentId: incidentId() || null, plannedAt });
      go('/r/:id/prepare/:prepId', { id: rid, prepId: prep.id });
    } catch (err) {
      fromCaught(err);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (f: string) => (error()?.field === f ? error()?.message : undefined);

  return (
    <section class="page narrow" aria-labelledby="start-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">{props.journal.relationship.name}</p>
          <h1 id="start-title">Prepare a conversation</h1>
          <p class="lede">Eight short screens, one at a time. Everything saves as you type, so you can stop and come back.</p>
        </div>
      </header>
      <Show when={drafts().length > 0}>
        <section class="section resume" aria-labelledby="resume-title">
          <h2 id="resume-title">Pick up where you left off</h2>
          <ul class="resume-list">
            <For each={drafts()}>
              {(d, i) => (
                <li>
                  <span>
                    Draft from {formatDayTime(d.createdAt)} <span class="muted">· at “{PREP_SCREEN_TITLES[PREP_SCREENS[d.step] ?? 'cool-down']}”</span>
                  </span>
                  <a class={i() === 0 ? 'button primary' : 'button'} href={prepHref(rid, d.id)}>Continue this draft</a>
                </li>
              )}
            </For>
          </ul>
          <h2>Or start a new one</h2>
        </section>
      </Show>
      <form onSubmit={start} novalidate>
        <Field id="start-incident" label="What is it about?" hint="Choosing a logged incident brings its suspected causes along." error={fieldError('incidentId')}>
          <select id="start-incident" value={incidentId()} onChange={(e) => setIncidentId(e.currentTarget.value)}
            aria-describedby={describedBy('start-incident', 'hint', fieldError('incidentId'))}>
            <For each={incidents()}>{(i) => <option value={i.id}>{i.title}</option>}</For>
            <option value="">Nothing logged; just the conversation</option>
          </select>
        </Field>
        <Field id="start-planned" label="When will you talk?" hint="Optional. You can set or change it later." error={fieldError('plannedAt')}>
          <QuickDates label="When will you talk?" direction="ahead" onPick={setPlanned} />
          <input id="start-planned" type="datetime-local" value={planned()} onInput={(e) => setPlanned(e.currentTarget.value)}
            aria-invalid={!!fieldError('plannedAt')} aria-describedby={describedBy('start-planned', 'hint', fieldError('plannedAt'))} />
        </Field>
        <Show when={error() && !error()?.field}>
          <p class="error-box" role="alert">{error()?.message}</p>
        </Show>
        <div class="actions">
          <a class="button" href={href('/r/:id', { id: rid })}>Cancel</a>
          <button type="submit" class={drafts().length > 0 ? 'button' : 'button primary'} disabled={busy()}>
            {busy() ? 'Starting…' : 'Start preparing'}
          </button>
        </div>
      </form>
    </section>
  );
}
