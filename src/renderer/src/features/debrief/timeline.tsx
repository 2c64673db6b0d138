import { For, Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { CAUSE_LABELS } from '../../../../core/model/incident-labels';
import { STEP_TITLES } from '../../../../core/model/preparation-labels';
import { STEP_HAPPENED_LABELS } from '../../../../core/model/follow-up-labels';
import { CONVERSATION_STEPS } from '../../../../core/model/trust-items';
import type { Debrief } from '../../../../core/model/debrief';
import type { Journal } from '../../../../core/model/journal';
import type { TimelineEntry } from '../relationship/extensions';
import { debriefHref, preparationHref } from './links';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The diagnosis in one line: confirmed, revised, or not settled. */
export function diagnosisLine(d: Debrief['diagnosis']): string | null {
  if (d.outcome === 'confirmed' && d.guessed) return `Guess confirmed: ${lower(CAUSE_LABELS[d.guessed])}.`;
  if (d.outcome === 'revised' && d.actual) {
    return d.guessed
      ? `First guess: ${lower(CAUSE_LABELS[d.guessed])}. It turned out to be ${lower(CAUSE_LABELS[d.actual])}.`
      : `It turned out to be ${lower(CAUSE_LABELS[d.actual])}.`;
  }
  return d.actual ? `Best guess now: ${lower(CAUSE_LABELS[d.actual])}.` : null;
}

export function debriefEntries(journal: Journal): TimelineEntry[] {
  return journal.debriefs.map((d) => ({
    key: `debrief:${d.id}`,
    at: d.heldAt,
    kind: 'Debrief',
    title: d.status === 'draft' ? 'Debrief in progress' : 'Conversation debriefed',
    badges: d.status === 'draft' ? ['Draft'] : [],
    render: () => <DebriefEntry journal={journal} debrief={d} />,
  }));
}

function DebriefEntry(props: { journal: Journal; debrief: Debrief }) {
  const d = props.debrief;
  const rel = props.journal.relationship.id;
  return (
    <div class="entry-body">
      <Show when={diagnosisLine(d.diagnosis)}>{(line) => <p>{line()}</p>}</Show>
      <ol class="entry-steps">
        <For each={CONVERSATION_STEPS}>
          {(s) => (
            <li>
              {STEP_TITLES[s]}: <span class="muted">{d.steps[s].happened ? STEP_HAPPENED_LABELS[d.steps[s].happened!] : 'not noted'}</span>
            </li>
          )}
        </For>
      </ol>
      <Show when={d.theirView.trim()}>
        <h3>What they said</h3>
        <Markdown text={d.theirView} />
      </Show>
      <Show when={d.learned.trim()}>
        <h3>What I learned</h3>
        <Markdown text={d.learned} />
      </Show>
      <p class="entry-links">
        <a href={debriefHref(rel, d.id)}>{d.status === 'draft' ? 'Continue the debrief' : 'Open the debrief'}</a>
        <Show when={d.preparationId}>{(p) => <a href={preparationHref(rel, p())}>Open the plan</a>}</Show>
      </p>
    </div>
  );
}
