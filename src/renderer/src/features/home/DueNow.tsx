import { href } from '../../lib/router';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import type { NowItem } from '../../../../core/logic/home';
import type { DueCommitment } from '../../../../core/logic/reminders';
import { formatDayTime } from '../../lib/dates';
import { dueWords, whose } from './home-text';
import { FollowUpControls } from '../follow-ups/FollowUpControls';

/** How many due items show before "Show all". */
const DUE_NOW_SHOWN = 6;

/**
 * What needs the leader now. The first item is the screen's one primary action: a conversation that
 * has happened and waits for its debrief comes before anything else.
 */
export function DueNow(props: { items: NowItem[]; onOutcome: (c: DueCommitment) => void; onChange: () => void }) {
  // A long list of due items is a wall, not a next step: the first few, and the rest on request.
  const [all, setAll] = createSignal(false);
  const shown = () => (all() ? props.items : props.items.slice(0, DUE_NOW_SHOWN));
  return (
    <section class="banner home-reminders" aria-labelledby="due-now-title">
      <h2 id="due-now-title">Due now</h2>
      <ul class="home-list">
        <For each={shown()}>
          {(item, i) => (
            <li class="home-row">
              <NowRow item={item} id={`due-${i()}`} primary={i() === 0} onOutcome={props.onOutcome} onChange={props.onChange} />
            </li>
          )}
        </For>
      </ul>
      <Show when={props.items.length > DUE_NOW_SHOWN}>
        <button type="button" class="link-button home-more" aria-expanded={all()} onClick={() => setAll(!all())}>
          {all() ? 'Show fewer' : `Show all ${props.items.length}`}
        </button>
      </Show>
    </section>
  );
}

function NowRow(props: { item: NowItem; id: string; primary: boolean; onOutcome: (c: DueCommitment) => void; onChange: () => void }) {
  const cls = () => (props.primary ? 'button primary small' : 'button small');
  return (
    <Switch>
      <Match when={props.item.kind === 'debrief' && props.item.plan}>
        {(p) => (
          <>
            <span id={props.id}>
              <strong>Your conversation with {p().relationshipName}</strong>
              <span class="muted"> · planned for {formatDayTime(p().plannedAt)}</span>
            </span>
            <a class={cls()} href={href('/r/:id/debrief/from/:prepId', { id: p().relationshipId, prepId: p().preparationId })} aria-describedby={props.id}>
              Debrief it
            </a>
          </>
        )}
      </Match>
      <Match when={props.item.kind === 'commitment' && props.item.commitment}>
        {(c) => (
          <>
            <span id={props.id}>
              <span class="badge">{whose(c())}</span> <strong>{c().text}</strong>
              <span class="muted"> · {c().relationshipName} · {dueWords(c().inDays)}</span>
            </span>
            <button type="button" class={cls()} aria-describedby={props.id} onClick={() => props.onOutcome(c())}>
              Mark how it went
            </button>
          </>
        )}
      </Match>
      <Match when={props.item.kind === 'follow-up' && props.item.followUp}>
        {(f) => (
          <FollowUpControls
            place="due-now"
            relationshipId={f().relationshipId}
            id={f().id}
            week={f().week}
            dueAt={f().dueAt}
            who={f().relationshipName}
            primary={props.primary}
            onChange={props.onChange}
          />
        )}
      </Match>
      <Match when={props.item.kind === 'check' && props.item.reminder}>
        {(r) => (
          <>
            <span id={props.id}>
              <strong>{r().title}</strong>
              <span class="muted"> · {r().body}</span>
            </span>
            <a class={cls()} href={href('/r/:id/check/new', { id: r().relationshipId })} aria-describedby={props.id}>
              Take a trust check
            </a>
          </>
        )}
      </Match>
    </Switch>
  );
}
