import { formatDay, fromLocalInput, todayLocal } from '../../lib/dates';

/** "Overdue" is decided by the leader's own calendar day, not by UTC. */
export const isOverdue = (dueAt: string | null, today = todayLocal()): boolean => dueAt !== null && dueAt < today;

/** How a due date reads in a list: plainly, and overdue said in words, not only colour. */
export function dueText(dueAt: string | null, today = todayLocal()): string {
  if (dueAt === null) return 'No date set';
  if (dueAt === today) return 'Due today';
  return isOverdue(dueAt, today) ? `Was due ${formatDay(dueAt)}` : `Due ${formatDay(dueAt)}`;
}

/** A picked day as the moment it was resolved: today means now; an earlier day means that day at noon. */
export function resolvedAtFor(day: string, today = todayLocal()): string | null {
  if (day === '' || day === today) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? fromLocalInput(`${day}T12:00:00`) : null;
}
