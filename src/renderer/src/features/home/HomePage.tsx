import { createEffect, createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { onJournalChanged } from '../../lib/live-changes';
import { onLocalChange } from '../../lib/local-changes';
import { call } from '../../lib/api';
import type { HomeData } from '../../../../core/logic/home';
import { PERCEPTION_NOTE } from '../../../../core/logic/verdict-reason';
import { PersonCard } from './PersonCard';
import { DueNow } from './DueNow';
import { FirstRun } from '../first-run/FirstRun';
import { createSlowFlag, ProgressBar } from '../../components/ProgressBar';
import { ComingUp } from './ComingUp';
import { OutcomeDialog, type OutcomeRequest } from '../commitments/OutcomeDialog';
import { showNotice } from '../../lib/notice';
import { COMMITMENT_STATUS_LABELS } from '../../../../core/model/follow-up-labels';
import type { CommitmentOutcome } from '../../../../core/model/trust-items';
import type { DueCommitment } from '../../../../core/logic/reminders';
import { PeopleList } from './PeopleList';
import { HomeFollowUps } from '../follow-ups/HomeFollowUps';
import { SealedLeftovers } from '../security/SealedLeftovers';
import '../../styles/trust.css';
import { href } from '../../lib/router';
import { focusIfLost } from '../../lib/keep-focus';

/**
 * People asked for first: more cards than the tallest window shows at once. With thousands of people
 * the whole answer is megabytes, and crossing to the page was most of Home's time; the first screen
 * is drawn from these while the rest follows.
 */
const FIRST_SCREEN = 120;

/**
 * Home, "where to look": what is due now, what is coming up, and where trust stands with each person.
 * Everything comes from `home:get`, computed from the index, so Home never opens a journal: first for
 * the first screen's people, then, at once, for everyone.
 */
export function HomePage() {
  const [first] = createResource(() => call('home:get', { first: FIRST_SCREEN }));
  // Asked once the first screen is painted, so the whole answer, crossing to the page, does not hold it up.
  const [painted, setPainted] = createSignal(false);
  createEffect(() => {
    if (!first.loading) requestAnimationFrame(() => setTimeout(() => setPainted(true)));
  });
  const [home, { refetch }] = createResource(painted, () => call('home:get', {}));
  // Home only shows: another computer's changes are read in as they arrive.
  onJournalChanged(() => void refetch());
  // A delete, or its Undo used while Home is on view, shows at once.
  onLocalChange(() => void refetch());
  // Reading an errored resource throws in Solid; the error state is shown from `home.error` instead.
  const data = (): HomeData | undefined => (home.error ? undefined : (home() ?? (first.error ? undefined : first())));
  const counts = () => data()?.counts ?? { active: 0, archived: 0 };
  const [showArchived, setShowArchived] = createSignal(false);
  const active = createMemo(() => (data()?.people ?? []).filter((p) => !p.archived));
  const archived = createMemo(() => (data()?.people ?? []).filter((p) => p.archived));
  const slow = createSlowFlag(() => !data() && !home.error);
  const firstRun = () => !!data() && counts().active + counts().archived === 0;
  const anyDue = () => (data()?.now.length ?? 0) > 0;
  const [request, setRequest] = createSignal<OutcomeRequest | null>(null);
  const askOutcome = (c: DueCommitment) => setRequest({ relationshipId: c.relationshipId, id: c.id, text: c.text, status: null });
  const closeOutcome = (saved: CommitmentOutcome | null) => {
    setRequest(null);
    if (!saved) return;
    showNotice(`Marked as ${COMMITMENT_STATUS_LABELS[saved].toLowerCase()}.`);
    // Its row leaves Due now, and the focus on its button with it: focus goes to the next one due, or
    // to the heading, never to the page itself.
    void Promise.resolve(refetch()).then(() => focusIfLost('[aria-labelledby="due-now-title"] button', 'home-title'));
  };

  return (
    <section class="page" aria-labelledby="home-title">
      <header class="page-head">
        <div>
          <h1 id="home-title">Your people</h1>
          <p class="lede">Where trust stands with each person, and what needs you next.</p>
        </div>
        <Show when={!firstRun()}>
          <a class={anyDue() ? 'button' : 'button primary'} href={href('/new')}>
            Add a person
          </a>
        </Show>
      </header>

      <SealedLeftovers level={2} onHome />

      <Show when={slow()}>
        <ProgressBar label="Reading your list of people…" detail="With many people this takes a moment." />
      </Show>
      <Show when={home.error}>
        <p class="error-box" role="alert">
          Mend could not read your list of people. Your journals have not been touched. Restart Mend to try again.
        </p>
      </Show>

      <Show when={data() && active().length === 0 && archived().length === 0}>
        <FirstRun />
      </Show>

      <Show when={data()}>
        {(d) => (
          <>
            <Show when={d().now.length > 0}>
              <DueNow items={d().now} onOutcome={askOutcome} onChange={() => void refetch()} />
            </Show>
            <ComingUp due={d().due} planned={d().planned} onOutcome={askOutcome} />
            <HomeFollowUps items={d().followUps} onChange={() => void refetch()} />
          </>
        )}
      </Show>

      <Show when={active().length > 0}>
        <section class="home-people" aria-labelledby="people-title">
          <h2 id="people-title">Where trust stands</h2>
          <PeopleList people={active()} count={counts().active} />
          <p class="verdict-perception home-perception">{PERCEPTION_NOTE}</p>
        </section>
      </Show>
      <Show when={data() && active().length === 0 && archived().length > 0}>
        <p class="muted">Everyone is archived. Add someone new, or bring someone back from the archive below.</p>
      </Show>

      <Show when={counts().archived > 0}>
        <div class="archive-toggle">
          <button type="button" class="link-button" aria-expanded={showArchived()} onClick={() => setShowArchived(!showArchived())}>
            {showArchived() ? 'Hide archived' : `Show archived (${counts().archived})`}
          </button>
        </div>
        <Show when={showArchived()}>
          <ul class="cards archived" aria-label="Archived people">
            <For each={archived()}>{(p) => <PersonCard person={p} />}</For>
          </ul>
        </Show>
      </Show>
      <OutcomeDialog request={request()} onClose={closeOutcome} />
    </section>
  );
}
