/** Home's words for dates and reminders: plain, calm, never alarming. */
import type { DueCommitment } from '../../../../core/logic/reminders';

/** "due today", "due tomorrow", "due in 5 days", "3 days past its date". */
export function dueWords(inDays: number): string {
  if (inDays === 0) return 'due today';
  if (inDays === 1) return 'due tomorrow';
  if (inDays > 1) return `due in ${inDays} days`;
  const late = -inDays;
  return `${late} ${late === 1 ? 'day' : 'days'} past its date`;
}

export const whose = (c: Pick<DueCommitment, 'owner'>): string => (c.owner === 'me' ? 'Yours' : 'Theirs');
