import type { Journal } from '../model/journal';
import type { FollowUpState } from './follow-up-schedule';

/** How many open follow-ups the index keeps per person (three per conversation is the usual). */
const MAX_OPEN = 60;

/** The text-free follow-up state of one journal, as the index keeps it. */
export function followUpState(journal: Pick<Journal, 'debriefs' | 'followUps'>): FollowUpState {
  let lastHeldAt: string | null = null;
  for (const d of journal.debriefs) {
    if (d.status === 'done' && (lastHeldAt === null || Date.parse(d.heldAt) > Date.parse(lastHeldAt))) lastHeldAt = d.heldAt;
  }
  const open = journal.followUps
    .filter((f) => f.status === 'planned')
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .slice(0, MAX_OPEN)
    .map((f) => ({ id: f.id, dueAt: f.dueAt, week: f.week }));
  return { lastHeldAt, open };
}
