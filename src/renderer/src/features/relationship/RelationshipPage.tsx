import { createEffect, createResource, createSignal, For, lazy, Match, Show, Switch } from 'solid-js';
import { ApiError, call, errorMessage } from '../../lib/api';
import { go, href } from '../../lib/router';
import { confirmAction, TIMELINE_HEADING } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { offerUndo } from '../../lib/undo';
import { formatDay } from '../../lib/dates';
import { useRelationships } from '../../stores/relationships';
import { Markdown } from '../../components/Markdown';
import { ExportMarkdownButton } from '../backups/ExportMarkdownButton';
import { Timeline } from './timeline/Timeline';
import { PAGE_ACTIONS, PAGE_SECTIONS } from './extensions';
import './register-features';
import { KIND_LABELS } from '../../../../core/model/relationship-kinds';
import type { Journal } from '../../../../core/model/journal';
import { Unavailable } from '../../components/Unavailable';
import { InTrash } from './InTrash';
import { createSlowFlag, ProgressBar } from '../../components/ProgressBar';
import { refreshOnChange } from '../../lib/live-changes';

// What waits for the person's choice (two versions of a text, an entry removed while another computer
// wrote in it, a change whose entry is gone) is rare: its code loads with the page, not with the app, so
// the window opens on less. No <Suspense> around them (as around no screen here): each draws once its
// code is in, and a refetch of their lists never blanks them, nor takes the focus from their buttons.
const AlternativesNotice = lazy(() => import('../alternatives/AlternativesNotice').then((m) => ({ default: m.AlternativesNotice })));
const RacedRemovalsNotice = lazy(() => import('../alternatives/RacedRemovalsNotice').then((m) => ({ default: m.RacedRemovalsNotice })));
/** Shown only for a damaged journal: loaded then. */
const RecoveryPanel = lazy(() => import('./RecoveryPanel').then((m) => ({ default: m.RecoveryPanel })));
const StrandedChanges = lazy(() => import('./StrandedChanges').then((m) => ({ default: m.StrandedChanges })));

/** An entry being edited in place on the timeline: another computer's change waits until it closes. */
const editingInPlace = (): boolean => document.querySelector('.timeline form') !== null;

/** One person's journal: who they are, what happened, and what to do next. */
export function RelationshipPage(props: { id: string }) {
  const { refresh, all } = useRelationships();
  // A journal of years is megabytes: its first screen (the latest entries) is drawn at once, the whole
  // journal a moment later. A refresh reads the whole journal straight away.
  const [firstScreen, setFirstScreen] = createSignal<Journal | null>(null);
  const [journal, { refetch, mutate }] = createResource<Journal, string>(() => props.id, async (id, info) => {
    if (!info.refetching) {
      const first = await call('journals:first-screen', { relationshipId: id });
      if (first.whole) return first.journal;
      setFirstScreen(first.journal);
    }
    return call('journals:get', { relationshipId: id });
  });
  // Shown only while the whole journal is on its way; gone once it came, so a refresh never falls back to it.
  const partial = (): Journal | null => {
    const first = firstScreen();
    return journal.loading && first?.relationship.id === props.id ? first : null;
  };
  createEffect(() => {
    if (!journal.loading) setFirstScreen(null);
  });
  const shown = (): Journal | undefined => partial() ?? journal();
  // A journal of years can take a moment to open: say so, rather than showing an empty window.
  const slow = createSlowFlag(() => journal.state === 'pending' && !partial());
  const name = () => all()?.find((r) => r.id === props.id)?.name;
  const damaged = () => journal.error instanceof ApiError && journal.error.code === 'damaged';
  // Another computer's changes show within moments; forms keep their text (their drafts are their own).
  refreshOnChange({
    relationshipId: () => props.id,
    refresh: () => void refetch(),
    busy: editingInPlace,
    onWaiting: () => showNotice('Changes from your other computer have arrived. They will show once you finish this edit; what you typed stays.'),
  });

  const setArchived = async (j: Journal, archived: boolean) => {
    try {
      const relationship = await call('relationships:archive', { id: j.relationship.id, archived });
      mutate({ ...j, relationship });
      await refresh();
      showNotice(archived ? `${relationship.name} is archived. You can bring them back from Home.` : `${relationship.name} is back on Home.`);
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    }
  };

  const remove = async (j: Journal) => {
    const ok = await confirmAction({
      title: `Delete ${j.relationship.name}’s journal?`,
      body: 'It leaves Mend and moves to the Trash (in Settings), where you can bring it back whenever you like. Archiving keeps it in Mend instead.',
      confirmLabel: 'Move to trash',
      tone: 'danger',
    });
    if (!ok) return;
    try {
      const { trashedTo } = await call('relationships:delete', { id: j.relationship.id });
      await refresh();
      go('/');
      offerUndo(`${j.relationship.name}’s journal is in the Trash.`, async () => {
        // Brought back from the Trash screen meanwhile: the core answers with them, once (alreadyBack).
        const back = await call('trash:restore', { file: trashedTo.replace(/^trash\//, '') });
        await refresh();
        go('/r/:id', { id: back.id });
      }, `${j.relationship.name} is back.`);
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    }
  };

  /** The journal is back: the page it opens to takes the focus (the recovery screen's button went with it). */
  const restored = async () => {
    await refetch();
    queueMicrotask(() => {
      const heading = document.getElementById('rel-title');
      if (!heading) return;
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    });
  };

  return (
    <Switch>
      <Match when={slow()}>
        <section class="page" aria-busy="true">
          <ProgressBar label={name() ? `Opening ${name()}’s journal…` : 'Opening the journal…'} detail="A long history takes a moment. Nothing is lost while you wait." />
        </section>
      </Match>
      <Match when={damaged()}>
        <RecoveryPanel id={props.id} message={errorMessage(journal.error)} error={journal.error} onRestored={() => void restored()} />
      </Match>
      <Match when={journal.error}>
        <InTrash id={props.id} error={journal.error} fallback={<Unavailable title="This journal is not available" error={journal.error} />} />
      </Match>
      <Match when={shown()}>
        {(j) => (
          <section class="page" aria-labelledby="rel-title">
            <header class="page-head">
              <div>
                <p class="eyebrow">{[KIND_LABELS[j().relationship.kind], j().relationship.role].filter(Boolean).join(' · ')}</p>
                <h1 id="rel-title">{j().relationship.name}</h1>
                <p class="lede">
                  <Show when={j().relationship.started} fallback="Their journal: what happened, what you said, and whether trust is coming back.">
                    Working together since {formatDay(j().relationship.started)}.
                  </Show>
                </p>
              </div>
              <div class="head-actions">
                <For each={PAGE_ACTIONS}>
                  {(action) => (
                    <a class={action.primary?.(j()) ? 'button primary' : 'button'} href={action.href(j())}>
                      {action.label}
                    </a>
                  )}
                </For>
                <a class="button" href={href('/r/:id/edit', { id: j().relationship.id })}>Edit details</a>
              </div>
            </header>
            <Show when={j().relationship.archived}>
              <p class="banner">This person is archived. Their journal is kept; bring them back to see them on Home again.</p>
            </Show>

            {/* The sections (chart, verdict, commitments) read the whole history: they wait for it. */}
            <Show when={!partial()} fallback={<p class="muted first-screen-note" role="status">Reading the rest of {j().relationship.name}’s history…</p>}>
              <AlternativesNotice journal={j()} onResolved={() => void refetch()} />
              <RacedRemovalsNotice journal={j()} onResolved={() => void refetch()} />
              <StrandedChanges journal={j()} />
              <For each={PAGE_SECTIONS}>{(section) => section.render(j, () => void refetch())}</For>
            </Show>

            <section class="section" aria-labelledby="notes-title">
              <h2 id="notes-title">Notes</h2>
              <Markdown text={j().relationship.notes} empty="No notes yet. Edit details to add what you want to remember." />
            </section>

            <section class="section" aria-labelledby="timeline-title">
              <h2 id={TIMELINE_HEADING} tabindex="-1">Timeline</h2>
              <Timeline journal={j()} refresh={() => void refetch()} />
            </section>

            <footer class="page-foot">
              <ExportMarkdownButton relationshipId={j().relationship.id} />
              <button type="button" class="button" onClick={() => void setArchived(j(), !j().relationship.archived)}>
                {j().relationship.archived ? 'Bring back from archive' : 'Archive'}
              </button>
              <button type="button" class="button danger-quiet" onClick={() => void remove(j())}>
                Delete…
              </button>
            </footer>
          </section>
        )}
      </Match>
    </Switch>
  );
}
