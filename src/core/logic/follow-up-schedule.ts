/**
 * Follow-ups that count from the conversation (product.md §5b): check-ins 1, 3 and 6 weeks after a
 * debrief. While a person has a recent conversation, these replace the fixed 7/21-day check rule
 * (logic/reminders.ts asks `followUpsGovern`), so there is one rule, never two.
 */
import { addDays, daysBetween, localDay } from './calendar';

export const FOLLOW_UP_WEEKS = [1, 3, 6] as const;

/** A conversation stays "recent" this long after it was held: the last follow-up plus a week's grace. */
export const RECENT_CONVERSATION_DAYS = 7 * 7;

/** The days the follow-ups of a conversation held at `heldAt` fall on, in the leader's local time. */
export function followUpDays(heldAt: string): { week: number; dueAt: string }[] {
  const held = localDay(new Date(heldAt));
  return FOLLOW_UP_WEEKS.map((week) => ({ week, dueAt: addDays(held, week * 7) }));
}

/** A follow-up cannot come before the conversation it follows. */
export function followUpDateProblem(dueAt: string, heldAt: string): { field: string; message: string } | null {
  const held = localDay(new Date(heldAt));
  if (dueAt >= held) return null;
  return { field: 'dueAt', message: `A follow-up comes after the conversation. Pick ${held} or a later day.` };
}

export interface OpenFollowUp {
  id: string;
  dueAt: string;
  week: number;
}

export interface FollowUpState {
  /** When the latest finished conversation was held; null without one. */
  lastHeldAt: string | null;
  /** Follow-ups neither done nor set aside. */
  open: OpenFollowUp[];
}

/** Follow-ups decide when a check is due while any is open or the last conversation is recent. */
export function followUpsGovern(state: FollowUpState | undefined, now: Date): boolean {
  if (!state) return false;
  if (state.open.length > 0) return true;
  if (state.lastHeldAt === null) return false;
  const held = localDay(new Date(state.lastHeldAt));
  const since = recentSince(now);
  // Days as YYYY-MM-DD compare as text; "held on or after the first recent day" is "within the window".
  if (held.length === 10 && since.length === 10) return held >= since;
  return daysBetween(held, localDay(now)) <= RECENT_CONVERSATION_DAYS;
}

/**
 * The first day a conversation still counts as recent, for this `now`: Home asks once per person with
 * the same moment, and working the day out each time was a fifth of Home's time. Kept for one moment,
 * and for the zone it was worked out in.
 */
let recentFor = { ms: Number.NaN, zone: Number.NaN, day: '' };
function recentSince(now: Date): string {
  const ms = now.getTime();
  const zone = now.getTimezoneOffset();
  if (recentFor.ms !== ms || recentFor.zone !== zone) recentFor = { ms, zone, day: addDays(localDay(now), -RECENT_CONVERSATION_DAYS) };
  return recentFor.day;
}

/** Open follow-ups due today or earlier, soonest first, with how many days late (0 = today). */
export function dueFollowUps(state: FollowUpState | undefined, now: Date): (OpenFollowUp & { lateDays: number })[] {
  const today = localDay(now);
  return (state?.open ?? [])
    .filter((f) => f.dueAt <= today)
    .map((f) => ({ ...f, lateDays: daysBetween(f.dueAt, today) }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** How a follow-up reads in a list: "3 weeks after your conversation". */
export const followUpTitle = (week: number): string => (week === 1 ? '1 week after your conversation' : `${week} weeks after your conversation`);
