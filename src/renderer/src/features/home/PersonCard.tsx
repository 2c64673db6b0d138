import { Show, type JSX } from 'solid-js';
import type { HomePerson } from '../../../../core/logic/home';
import { KIND_LABELS } from '../../../../core/model/relationship-kinds';
import { VerdictBadge, VerdictWhy } from '../verdict/VerdictBadge';
import { Sparkline, sparkWords } from './Sparkline';
import { href } from '../../lib/router';

/** Where a card sits in a list that draws only what is on screen (see PeopleList). */
export interface CardPlace {
  index: number;
  of: number;
  style: JSX.CSSProperties;
  ref: (el: HTMLLIElement) => void;
}

/** One person on Home: who, where trust stands and why, and a nudge when a check is due. */
export function PersonCard(props: { person: HomePerson; place?: CardPlace }) {
  const p = () => props.person;
  const meta = () => [p().role, KIND_LABELS[p().kind]].filter(Boolean).join(' · ');
  return (
    <li class="card home-card" data-key={p().id} data-index={props.place?.index} aria-setsize={props.place?.of}
      aria-posinset={props.place ? props.place.index + 1 : undefined} style={props.place?.style} ref={props.place?.ref}>
      <a href={href('/r/:id', { id: p().id })} class="card-link">
        <span class="card-title">{p().name}</span>
        <span class="card-meta">{meta()}</span>
      </a>
      <div class="home-card-body">
        <div class="home-card-trend">
          <VerdictBadge verdict={p().verdict} />
          <Show when={p().spark.length > 0}>
            <Sparkline points={p().spark} />
            <span class="tc-sr-only">{sparkWords(p().spark)}</span>
          </Show>
        </div>
        <VerdictWhy verdict={p().verdict} class="home-reason" />
        <Show when={p().verdict.lagNote}>{(note) => <p class="verdict-lag">{note()}</p>}</Show>
        <Show when={!p().archived && p().check.level !== 'none'}>
          <p class="home-nudge" data-level={p().check.level}>
            <span id={`nudge-${p().id}`}>
              {p().check.level === 'overdue' ? `No trust check for ${p().check.days} days.` : 'A trust check is due.'}
            </span>{' '}
            <a href={href('/r/:id/check/new', { id: p().id })} aria-describedby={`nudge-${p().id}`}>
              Take a trust check
            </a>
          </p>
        </Show>
        <Show when={p().archived}>
          <span class="badge">Archived</span>
        </Show>
      </div>
    </li>
  );
}
