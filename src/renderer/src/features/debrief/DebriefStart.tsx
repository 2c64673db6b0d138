import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { formatDay, formatDayTime } from '../../lib/dates';
import type { Journal } from '../../../../core/model/journal';
import type { Preparation } from '../../../../core/model/preparation';
import '../../styles/follow-up.css';
import { href } from '../../lib/router';

/** Starts (or resumes) a debrief and replaces this screen with it, so Back skips the hop. */
async function open(relationshipId: string, preparationId: string | null): Promise<void> {
  const d = await call('debriefs:start', { relationshipId, preparationId, incidentId: null });
  window.location.replace(href('/r/:id/debrief/:debriefId', { id: relationshipId, debriefId: d.id }));
}

/** Which conversation to debrief: a planned one, a draft to continue, or one with no plan. */
export function DebriefStart(props: { relationshipId: string }) {
  const [journal] = createResource(() => props.relationshipId, (id) => call('journals:get', { relationshipId: id }));
  const [error, setError] = createSignal<string | null>(null);
  const start = (prepId: string | null) => open(props.relationshipId, prepId).catch((e) => setError(errorMessage(e)));
  return (
    <section class="page narrow" aria-labelledby="db-start-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">Debrief{journal() ? ` · ${journal()!.relationship.name}` : ''}</p>
          <h1 id="db-start-title">Which conversation?</h1>
          <p class="lede">Pick the plan you talked from, and it will sit beside your notes. No plan is fine too.</p>
        </div>
      </header>
      <Show when={journal.error || error()}>
        <p class="error-box" role="alert">{error() ?? errorMessage(journal.error)}</p>
      </Show>
      <Show when={journal()}>{(j) => <Choices journal={j()} start={start} />}</Show>
    </section>
  );
}

function Choices(props: { journal: Journal; start: (prepId: string | null) => void }) {
  const j = () => props.journal;
  const drafts = () => j().debriefs.filter((d) => d.status === 'draft');
  const debriefed = (p: Preparation) => j().debriefs.some((d) => d.preparationId === p.id);
  const plans = () => j().preparations.filter((p) => p.status !== 'discarded' && !debriefed(p));
  const title = (p: Preparation) => {
    const incident = j().incidents.find((i) => i.id === p.incidentId);
    const when = p.plannedAt ? `planned for ${formatDay(p.plannedAt)}` : `started ${formatDay(p.createdAt)}`;
    return incident ? `About “${incident.title}”, ${when}` : `A conversation ${when}`;
  };
  const draftTitle = (d: Journal['debriefs'][number]) => {
    const incident = j().incidents.find((i) => i.id === d.incidentId);
    return `${incident ? `About “${incident.title}”` : 'A conversation'}, held ${formatDayTime(d.heldAt)}`;
  };
  const first = () => drafts().length === 0 && plans().length > 0;
  return (
    <>
      <Show when={drafts().length > 0}>
        <h2>Continue where you left off</h2>
        <ul class="choice-list">
          <For each={drafts()}>
            {(d, i) => (
              <li>
                <span>{draftTitle(d)}</span>
                <a class={i() === 0 ? 'button primary' : 'button'} href={href('/r/:id/debrief/:debriefId', { id: j().relationship.id, debriefId: d.id })}>Continue</a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={plans().length > 0}>
        <h2>From a plan</h2>
        <ul class="choice-list">
          <For each={plans()}>
            {(p, i) => (
              <li>
                <span>{title(p)}</span>
                <button type="button" class={first() && i() === 0 ? 'button primary' : 'button'} onClick={() => props.start(p.id)}>
                  Debrief this one
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <div class="actions start">
        <button type="button" class={drafts().length === 0 && plans().length === 0 ? 'button primary' : 'button'} onClick={() => props.start(null)}>
          Start without a plan
        </button>
      </div>
    </>
  );
}

/** `/r/:id/debrief/from/:prepId`: the preparation screen's "Debrief this conversation" link lands here. */
export function DebriefFromPlan(props: { relationshipId: string; preparationId: string }) {
  const [error, setError] = createSignal<string | null>(null);
  onMount(() => void open(props.relationshipId, props.preparationId).catch((e) => setError(errorMessage(e))));
  return (
    <section class="page narrow">
      <h1>Opening the debrief…</h1>
      <Show when={error()}>
        <p class="error-box" role="alert">{error()}</p>
        <a class="button" href={href('/r/:id', { id: props.relationshipId })}>Back to the journal</a>
      </Show>
    </section>
  );
}
