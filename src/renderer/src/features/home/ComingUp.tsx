import { For, Show } from 'solid-js';
import type { DueCommitment } from '../../../../core/logic/reminders';
import type { PlannedItem } from '../../../../core/logic/home';
import { formatDayTime } from '../../lib/dates';
import { dueWords, whose } from './home-text';
import { href } from '../../lib/router';

/** Commitments due in the coming week (both sides) and conversations planned for later: nothing past. */
export function ComingUp(props: { due: DueCommitment[]; planned: PlannedItem[]; onOutcome: (c: DueCommitment) => void }) {
  return (
    <Show when={props.due.length > 0 || props.planned.length > 0}>
      <section class="section home-soon" aria-labelledby="soon-title">
        <h2 id="soon-title">Coming up</h2>
        <Show when={props.due.length > 0}>
          <h3 class="home-subhead">Commitments, both sides</h3>
          <ul class="home-list" aria-label="Commitments due soon">
            <For each={props.due}>
              {(c) => (
                <li class="home-row">
                  <span id={`soon-${c.id}`}>
                    <span class="badge">{whose(c)}</span> {c.text}
                    <span class="muted"> · {c.relationshipName} · {dueWords(c.inDays)}</span>
                  </span>
                  <button type="button" class="link-button" aria-describedby={`soon-${c.id}`} onClick={() => props.onOutcome(c)}>
                    Mark how it went
                  </button>
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
          {' '}· {formatDayTime(p().plannedAt)} · {p().status === 'ready' ? 'plan ready' : 'plan in draft'}
        </span>
      </span>
      <a href={href('/r/:id/prepare/:prepId', { id: p().relationshipId, prepId: p().preparationId })} aria-describedby={`plan-${p().preparationId}`}>
        Open the plan
      </a>
    </li>
  );
}
