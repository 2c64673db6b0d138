/** Home's words for dates and reminders: plain, calm, never alarming. */
import type { DueCommitment, Reminder } from '../../../../core/logic/reminders';
import { href } from '../../lib/router';
import { OWNER_LABELS } from '../../../../core/model/follow-up-labels';

/** "due today", "due tomorrow", "due in 5 days", "3 days past its date". */
export function dueWords(inDays: number): string {
  if (inDays === 0) return 'due today';
  if (inDays === 1) return 'due tomorrow';
  if (inDays > 1) return `due in ${inDays} days`;
  const late = -inDays;
  return `${late} ${late === 1 ? 'day' : 'days'} past its date`;
}

/** The same words as on the Commitments screen and the timeline (OWNER_LABELS): "Mine", not "Yours" here and "Mine" there. */
export const whose = (c: Pick<DueCommitment, 'owner'>): string => OWNER_LABELS[c.owner];

/**
 * Where a reminder's action leads, and what the link says. Only a person's card link carries their name;
 * these links are described by their row instead (aria-describedby), so the name is heard once per row.
 */
export function reminderAction(r: Reminder): { href: string; label: string } {
  if (r.kind === 'check' || r.kind === 'follow-up') return { href: href('/r/:id/check/new', { id: r.relationshipId }), label: 'Take a trust check' };
  return { href: href('/commitments'), label: 'Record how it went' };
}
