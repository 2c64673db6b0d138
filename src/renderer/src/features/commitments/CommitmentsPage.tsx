import { distinctNames } from '../../lib/distinct-names';
import { createEffect, createResource, createSignal, For, on, Show } from 'solid-js';
import { onLocalChange } from '../../lib/local-changes';
import { onJournalChanged } from '../../lib/live-changes';
import { sameJson } from '../../../../core/logic/same-json';
import { call, errorMessage } from '../../lib/api';
import { reopenCommitment } from './reopen';
import { showNotice } from '../../lib/notice';
import { formatDay } from '../../lib/dates';
import { COMMITMENT_STATUS_LABELS, OWNER_LABELS } from '../../../../core/model/follow-up-labels';
import { COMMITMENT_OUTCOMES, type CommitmentOutcome } from '../../../../core/model/trust-items';
import type { CommitmentListItem } from '../../../../core/model/commitment-summary';
import { OutcomeDialog, type OutcomeRequest } from './OutcomeDialog';
import { dueText, isOverdue } from './commitment-dates';
import { QuickCommitmentForm } from '../quick-capture/QuickCommitmentForm';
import { useRelationships } from '../../stores/relationships';
import '../../styles/follow-up.css';
import { href } from '../../lib/router';
import '../../styles/quick-capture.css';
import { focusIfLost } from '../../lib/keep-focus';
import { lookForRewords, openRewordOnArrival, rewordWaits } from './reword-drafts';
import '../../styles/drafts.css';
import { applyFilter, commitmentFilter, EVERYONE, type CommitmentFilter, filterPeople, isFiltered, nothingMatches, setCommitmentFilter } from './commitment-filter';

/** Every open commitment, both sides, across everyone; overdue first; one click to say how it went. */
export function CommitmentsPage() {
  // Read again, a row whose commitment did not change is the same row: its buttons keep the focus.
  let before: CommitmentLists | undefined;
  const [lists, { refetch }] = createResource(async () => (before = keepUnchanged(before, await call('commitments:list', {}))));
  // An Undo used while this list is on view (a debrief brought back brings its commitments) shows at once.
  onLocalChange(() => void refetch());
  const [request, setRequest] = createSignal<OutcomeRequest | null>(null);
  const [adding, setAdding] = createSignal(false);
  // Another computer's changes show within moments; while "Add a commitment" or "How did it go" is open
  // they wait, so nothing being typed moves, and show once it closes.
  const busy = () => adding() || request() !== null;
  let behind = false;
  onJournalChanged(() => {
    if (!busy()) return void refetch();
    if (!behind) showNotice('Changes from your other computer have arrived. They will show once you finish this; what you typed stays.');
    behind = true;
  });
  createEffect(on(busy, (now) => {
    if (now || !behind) return;
    behind = false;
    void refetch();
  }, { defer: true }));
  const loaded = () => (lists.error ? undefined : lists());
  const { all } = useRelationships();
  // Two people may share a name: the choices say whose (distinct-names.ts).
  const labelled = (list: { id: string; name: string }[]) => {
    const labels = distinctNames(list.map((p) => ({ ...p, role: (all() ?? []).find((r) => r.id === p.id)?.role })));
    return list.map((p) => ({ id: p.id, name: labels.get(p.id) ?? p.name }));
  };
  const people = () => labelled((all() ?? []).filter((r) => !r.archived).map((r) => ({ id: r.id, name: r.name })));
  const listed = () => [...(loaded()?.open ?? []), ...(loaded()?.resolved ?? [])];
  // The list leaves archived people out, so one archived since counts as gone, like one deleted.
  const known = (id: string) => listed().some((c) => c.relationshipId === id) || (all() ?? []).some((r) => r.id === id && !r.archived);
  // A person chosen earlier and archived or deleted since: back to everyone, never a filter that says
  // "nothing open" of promises it only leaves out.
  const current = () => {
    const f = commitmentFilter();
    return f.person !== '' && loaded() !== undefined && !known(f.person) ? { ...f, person: '' } : f;
  };
  const chosenName = () =>
    listed().find((c) => c.relationshipId === current().person)?.relationshipName ?? (all() ?? []).find((r) => r.id === current().person)?.name ?? '';
  const open = () => applyFilter(loaded()?.open ?? [], current());
  const settled = () => applyFilter(loaded()?.resolved ?? [], current());
  const anyAtAll = () => listed().length > 0;
  // A reword typed on someone's timeline and not saved is marked here too, with the way back to it.
  createEffect(() => {
    for (const id of new Set((loaded()?.open ?? []).map((c) => c.relationshipId))) lookForRewords(id);
  });
  const close = (saved: CommitmentOutcome | null) => {
    setRequest(null);
    if (saved) {
      showNotice(`Marked as ${COMMITMENT_STATUS_LABELS[saved].toLowerCase()}.`);
      // Its row leaves the open list, and the focus on its button with it: focus goes to the next open
      // commitment, or to the heading when none is left, never to the page itself.
      void Promise.resolve(refetch()).then(() => focusIfLost('ul[aria-label="Open commitments"] button', 'commitments-title'));
    }
  };
  const reopen = async (c: CommitmentListItem) => {
    if (!(await reopenCommitment(c.relationshipId, c.id))) return;
    showNotice('Open again.');
    void refetch();
  };
  let addButton: HTMLButtonElement | undefined;
  /** The form is gone: focus goes back to "Add a commitment", not to the page's top. */
  const closeAdding = () => {
    setAdding(false);
    addButton?.focus();
  };
  return (
    <section class="page" aria-labelledby="commitments-title">
      <header class="page-head">
        <div>
          <h1 id="commitments-title">Commitments</h1>
          <p class="lede">Every open promise, theirs and yours, with the overdue ones first. Trust is rebuilt one kept commitment at a time.</p>
        </div>
        <Show when={people().length > 0}>
          <button type="button" class="button" ref={addButton} aria-expanded={adding()} onClick={() => setAdding(!adding())}>Add a commitment</button>
        </Show>
      </header>
      <Show when={adding()}>
        <div class="commit-add">
          <QuickCommitmentForm draftKey="commitments-screen" people={people()} onCancel={closeAdding}
            onSaved={() => { closeAdding(); void refetch(); }} />
        </div>
      </Show>
      <Show when={lists.error}>
        <p class="error-box" role="alert">{errorMessage(lists.error)}</p>
      </Show>
      <Show when={loaded() && loaded()!.open.length === 0}>
        <div class="empty">
          <h2>Nothing open right now</h2>
          <p>When a debrief or a 1:1 ends with a promise from either of you, it waits here until you mark how it went.</p>
          <a class="button primary" href={href('/')}>Back to your people</a>
        </div>
      </Show>
      <Show when={anyAtAll()}>
        <FilterBar filter={current()} people={labelled(filterPeople(listed(), current().person, chosenName()))}
          shown={open().length} total={loaded()!.open.length} />
      </Show>
      <Show when={loaded() && loaded()!.open.length > 0 && open().length === 0}>
        <div class="commit-none">
          <p>{nothingMatches(current(), chosenName())}</p>
          <button type="button" class="button" onClick={showAll}>Show every open promise</button>
        </div>
      </Show>
      <Show when={open().length > 0}>
        <ul class="commit-list" aria-label="Open commitments">
          <For each={open()}>{(c) => <OpenRow c={c} onOutcome={(status) => setRequest({ ...c, status })} />}</For>
        </ul>
      </Show>
      <Show when={settled().length > 0}>
        <h2 class="commit-subhead">Settled lately</h2>
        <ul class="commit-list settled" aria-label="Settled lately">
          <For each={settled()}>{(c) => <SettledRow c={c} onReopen={() => void reopen(c)} />}</For>
        </ul>
      </Show>
      <OutcomeDialog request={request()} onClose={close} />
    </section>
  );
}

type CommitmentLists = { open: CommitmentListItem[]; resolved: CommitmentListItem[] };

/** The lists read again, with each commitment that did not change kept as the object already drawn. */
function keepUnchanged<T extends CommitmentLists>(before: CommitmentLists | undefined, now: T): T {
  if (!before) return now;
  const drawn = new Map([...before.open, ...before.resolved].map((c) => [`${c.relationshipId}:${c.id}`, c]));
  const same = (c: CommitmentListItem) => {
    const old = drawn.get(`${c.relationshipId}:${c.id}`);
    return old && sameJson(old, c) ? old : c;
  };
  return { ...now, open: now.open.map(same), resolved: now.resolved.map(same) };
}

/** Back to every open promise; the button goes with the narrowing, so the focus goes to the Person picker. */
function showAll(): void {
  setCommitmentFilter(EVERYONE);
  queueMicrotask(() => document.getElementById('cf-person')?.focus());
}

/** Whose promises to show: one person or everyone, theirs, mine or both; says how many it hides. */
function FilterBar(props: { filter: CommitmentFilter; people: { id: string; name: string }[]; shown: number; total: number }) {
  const f = () => props.filter;
  return (
    <div class="commit-filter" role="group" aria-label="Which promises to show">
      <label for="cf-person">Person</label>
      <select id="cf-person" class="short" value={f().person} onChange={(e) => setCommitmentFilter({ ...f(), person: e.currentTarget.value })}>
        <option value="">Everyone</option>
        <For each={props.people}>{(p) => <option value={p.id}>{p.name}</option>}</For>
      </select>
      <label for="cf-owner">Whose promise</label>
      <select id="cf-owner" class="short" value={f().owner}
        onChange={(e) => setCommitmentFilter({ ...f(), owner: e.currentTarget.value as typeof EVERYONE.owner })}>
        <option value="both">Both of you</option>
        <option value="them">Theirs</option>
        <option value="me">Mine</option>
      </select>
      <p class="commit-count" aria-live="polite">
        <Show when={isFiltered(f())}>
          {props.shown} of {props.total} open
          <Show when={props.shown > 0}>
            <button type="button" class="link-button" onClick={showAll}>Show all</button>
          </Show>
        </Show>
      </p>
    </div>
  );
}

function Who(props: { c: CommitmentListItem }) {
  return (
    <>
      <span class="badge" classList={{ mine: props.c.owner === 'me' }}>{OWNER_LABELS[props.c.owner]}</span>
      <a href={href('/r/:id', { id: props.c.relationshipId })}>{props.c.relationshipName}</a>
    </>
  );
}

function OpenRow(props: { c: CommitmentListItem; onOutcome: (status: CommitmentOutcome) => void }) {
  const overdue = () => isOverdue(props.c.dueAt);
  return (
    <li class="commit-row" classList={{ overdue: overdue() }}>
      <div class="commit-main">
        <p class="commit-meta">
          <Who c={props.c} />
          <span class="commit-due">
            <Show when={overdue()}><strong>Overdue</strong> · </Show>
            {dueText(props.c.dueAt)}
          </span>
        </p>
        <p class="commit-text" id={`commit-${props.c.id}`}>{props.c.text}</p>
        <Show when={rewordWaits(props.c.relationshipId, props.c.id)}>
          <p class="draft-note commit-reword">
            <span>You started changing this commitment and have not saved it yet.</span>
            <a href={href('/r/:id/entry/:entry', { id: props.c.relationshipId, entry: `commitment:${props.c.id}` })}
              onClick={(e) => {
                // A click that opens no page here (a new window, refused) asks for nothing.
                if (e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey) openRewordOnArrival(props.c.relationshipId, props.c.id);
              }}>Go on with it</a>
          </p>
        </Show>
      </div>
      {/* Named by its commitment: forty rows of "Kept" read out alone say nothing about which one. */}
      <div class="commit-outcomes" role="group" aria-labelledby={`commit-q-${props.c.id} commit-${props.c.id}`}>
        <span class="sr-only" id={`commit-q-${props.c.id}`}>How did it go:</span>
        <For each={COMMITMENT_OUTCOMES}>
          {(status) => (
            <button type="button" class="button small" onClick={() => props.onOutcome(status)}>
              {COMMITMENT_STATUS_LABELS[status]}
            </button>
          )}
        </For>
      </div>
    </li>
  );
}

function SettledRow(props: { c: CommitmentListItem; onReopen: () => void }) {
  return (
    <li class="commit-row">
      <div class="commit-main">
        <p class="commit-meta">
          <Who c={props.c} />
          <span class="commit-due">
            <strong class="commit-outcome">{COMMITMENT_STATUS_LABELS[props.c.status]}</strong> · {formatDay(props.c.resolvedAt)}
          </span>
        </p>
        <p class="commit-text">{props.c.text}</p>
        <Show when={props.c.note}>
          <p class="commit-note"><span class="sr-only">Note: </span>{props.c.note}</p>
        </Show>
      </div>
      <button type="button" class="link-button" onClick={() => props.onReopen()}>Reopen</button>
    </li>
  );
}
