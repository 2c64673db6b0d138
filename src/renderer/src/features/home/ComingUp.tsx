import { For, Show } from 'solid-js';
import type { DueCommitment } from '../../../../core/logic/reminders';
import type { PlannedItem } from '../../../../core/logic/home';
import { formatDayTime } from '../../lib/dates';
import { dueWords, whose } from './home-text';
import { href } from '../../lib/router';

/** Commitments due within a week (both sides) and planned conversations. */
export function ComingUp(props: { due: DueCommitment[]; planned: PlannedItem[] }) {
  return (
    <Show when={props.due.length > 0 || props.planned.length > 0}>
      <section class="section home-soon" aria-labelledby="soon-title">
        <h2 id="soon-title">Coming up</h2>
        <Show when={props.due.length > 0}>
          <h3 class="home-subhead">Commitments, both sides</h3>
          <ul class="home-list" aria-label="Commitments due soon">
            <For each={props.due}>
              {(c) => (
                <li class="home-row" data-late={c.inDays < 0 ? 'yes' : undefined}>
                  <span>
                    <span class="badge">{whose(c)}</span> {c.text}
                    <span class="muted"> · {c.relationshipName} · {dueWords(c.inDays)}</span>
                  </span>
                </li>
              )}
            </For>
          </ul>
          <p class="home-more">
            <a href={href('/commitments')}>All commitments</a>
          </p>
        </Show>
        <Show when={props.planned.length > 0}>
          <h3 class="home-subhead">Conversations</h3>
          <ul class="home-list" aria-label="Planned conversations">
            <For each={props.planned}>{(p) => <PlannedRow item={p} />}</For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}

function PlannedRow(props: { item: PlannedItem }) {
  const p = () => props.item;
  return (
    <li class="home-row">
      <span id={`plan-${p().preparationId}`}>
        With {p().relationshipName}
        <span class="muted">
          {' '}· {p().past ? 'was planned for' : ''} {formatDayTime(p().plannedAt)} · {p().status === 'ready' ? 'plan ready' : 'plan in draft'}
        </span>
      </span>
      <Show
        when={p().past}
        fallback={
          <a href={href('/r/:id/prepare/:prepId', { id: p().relationshipId, prepId: p().preparationId })} aria-describedby={`plan-${p().preparationId}`}>
            Open the plan
          </a>
        }
      >
        <a href={href('/r/:id/debrief/from/:prepId', { id: p().relationshipId, prepId: p().preparationId })} aria-describedby={`plan-${p().preparationId}`}>
          Debrief it
        </a>
      </Show>
    </li>
  );
}
