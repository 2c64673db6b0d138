import { createMemo, createSignal, For, Show } from 'solid-js';
import { useRelationships } from '../../stores/relationships';
import { KIND_LABELS } from '../../../../core/model/relationship-kinds';
import { formatDay } from '../../lib/dates';
import type { RelationshipSummary } from '../../../../core/model/index-file';

/** Home: the people the leader is rebuilding trust with, and the one obvious next action. */
export function HomePage() {
  const { all, resource } = useRelationships();
  const [showArchived, setShowArchived] = createSignal(false);
  const active = createMemo(() => (all() ?? []).filter((r) => !r.archived));
  const archived = createMemo(() => (all() ?? []).filter((r) => r.archived));

  return (
    <section class="page" aria-labelledby="home-title">
      <header class="page-head">
        <div>
          <h1 id="home-title">Your people</h1>
          <p class="lede">The people you are rebuilding trust with. Pick one to see their journal.</p>
        </div>
        <a class="button primary" href="#/new">
          Add a person
        </a>
      </header>

      <Show when={resource.error}>
        <p class="error-box" role="alert">
          Mend could not read your list of people. Your journals have not been touched. Restart Mend to try again.
        </p>
      </Show>

      <Show when={all() && active().length === 0 && archived().length === 0}>
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

      <Show when={active().length > 0}>
        <ul class="cards" aria-label="People">
          <For each={active()}>{(r) => <PersonCard person={r} />}</For>
        </ul>
      </Show>
      <Show when={all() && active().length === 0 && archived().length > 0}>
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
            <For each={archived()}>{(r) => <PersonCard person={r} />}</For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}

function PersonCard(props: { person: RelationshipSummary }) {
  const meta = () => [props.person.role, KIND_LABELS[props.person.kind]].filter(Boolean).join(' · ');
  return (
    <li class="card">
      <a href={`#/r/${props.person.id}`} class="card-link">
        <span class="card-title">{props.person.name}</span>
        <span class="card-meta">{meta()}</span>
        <Show when={props.person.started}>
          <span class="card-meta">Working together since {formatDay(props.person.started)}</span>
        </Show>
        <Show when={props.person.archived}>
          <span class="badge">Archived</span>
        </Show>
      </a>
    </li>
  );
}
