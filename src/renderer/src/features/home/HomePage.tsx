import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { call } from '../../lib/api';
import type { HomeData } from '../../../../core/logic/home';
import { PERCEPTION_NOTE } from '../../../../core/logic/verdict-reason';
import { PersonCard } from './PersonCard';
import { ReminderBanner } from './ReminderBanner';
import { ComingUp } from './ComingUp';
import { HomeFollowUps } from '../follow-ups/HomeFollowUps';
import '../../styles/trust.css';

/**
 * Home, "where to look": what is due now, what is coming up, and where trust stands with each person.
 * Everything comes from one `home:get`, computed from the index, so Home never opens a journal.
 */
export function HomePage() {
  const [home, { refetch }] = createResource(() => call('home:get', {}));
  // Reading an errored resource throws in Solid; the error state is shown from `home.error` instead.
  const data = (): HomeData | undefined => (home.error ? undefined : home());
  const [showArchived, setShowArchived] = createSignal(false);
  const active = createMemo(() => (data()?.people ?? []).filter((p) => !p.archived));
  const archived = createMemo(() => (data()?.people ?? []).filter((p) => p.archived));
  const anyDue = () => (data()?.reminders.length ?? 0) > 0;

  return (
    <section class="page" aria-labelledby="home-title">
      <header class="page-head">
        <div>
          <h1 id="home-title">Your people</h1>
          <p class="lede">Where trust stands with each person, and what needs you next.</p>
        </div>
        <a class={anyDue() ? 'button' : 'button primary'} href="#/new">
          Add a person
        </a>
      </header>

      <Show when={home.error}>
        <p class="error-box" role="alert">
          Mend could not read your list of people. Your journals have not been touched. Restart Mend to try again.
        </p>
      </Show>

      <Show when={data() && active().length === 0 && archived().length === 0}>
        <div class="empty">
          <h2>Start with one person</h2>
          <p>
            Who is on your mind? Add the person whose trust you want to rebuild. A first name is enough; everything
            stays on this computer.
          </p>
          <a class="button primary" href="#/new">
            Add a person
          </a>
        </div>
      </Show>

      <Show when={data()}>
        {(d) => (
          <>
            <ReminderBanner reminders={d().reminders} />
            <ComingUp due={d().due} planned={d().planned} />
            <HomeFollowUps items={d().followUps} onChange={() => void refetch()} />
          </>
        )}
      </Show>

      <Show when={active().length > 0}>
        <section class="home-people" aria-labelledby="people-title">
          <h2 id="people-title">Where trust stands</h2>
          <ul class="cards" aria-label="People">
            <For each={active()}>{(p) => <PersonCard person={p} />}</For>
          </ul>
          <p class="verdict-perception home-perception">{PERCEPTION_NOTE}</p>
        </section>
      </Show>
      <Show when={data() && active().length === 0 && archived().length > 0}>
        <p class="muted">Everyone is archived. Add someone new, or bring someone back from the archive below.</p>
      </Show>

      <Show when={archived().length > 0}>
        <div class="archive-toggle">
          <button type="button" class="link-button" aria-expanded={showArchived()} onClick={() => setShowArchived(!showArchived())}>
            {showArchived() ? 'Hide archived' : `Show archived (${archived().length})`}
          </button>
        </div>
        <Show when={showArchived()}>
          <ul class="cards archived" aria-label="Archived people">
            <For each={archived()}>{(p) => <PersonCard person={p} />}</For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}
