/**
 * Date handling for the verdict. Records carry user-picked, possibly hand-edited dates, so parsing is
 * strict and a date that cannot be read makes its record drop out instead of poisoning the maths.
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** A readable moment: epoch ms, the calendar day as written, and whether only a day was given. */
export interface Instant {
  ms: number;
  day: string;
  dateOnly: boolean;
}

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(T|$)/;

/**
 * Parses 'YYYY-MM-DD' or an ISO date-time; null for anything else (including impossible days such as
 * 2026-02-30, which Date.parse would quietly roll into March). The day is taken as written, so "the same
 * day" means the day the leader was living in when they wrote it, whatever the machine's time zone.
 */
export function parseInstant(value: string | null | undefined): Instant | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const match = ISO_PREFIX.exec(text);
  if (!match) return null;
  const [, y, m, d, sep] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return null;
  return { ms, day: text.slice(0, 10), dateOnly: sep === '' };
}

/**
 * Whether a moment lies in the window (fromMs, toMs]. A bare day counts when any part of it overlaps,
 * so a commitment due "today" is inside the window even though midnight has passed.
 */
export function inWindow(at: Instant, fromMs: number, toMs: number): boolean {
  if (at.dateOnly) return at.ms <= toMs && at.ms + DAY_MS > fromMs;
  return at.ms > fromMs && at.ms <= toMs;
}

/** Whole days from `fromMs` to `toMs`, never negative. */
export function wholeDaysBetween(fromMs: number, toMs: number): number {
  const days = Math.floor((toMs - fromMs) / DAY_MS);
  return Number.isFinite(days) && days > 0 ? days : 0;
}
