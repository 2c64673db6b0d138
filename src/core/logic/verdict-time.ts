/**
 * Date handling for the verdict. Records carry user-picked, possibly hand-edited dates, so parsing is
 * strict and a date that cannot be read makes its record drop out instead of poisoning the maths.
 */
import { localDay } from './calendar';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * A readable moment: epoch ms, the leader's local calendar day, and whether only a day was given. A bare
 * day runs from its local midnight (`ms`) to the next (`endMs`); a moment has `endMs === ms`.
 */
export interface Instant {
  ms: number;
  endMs: number;
  day: string;
  dateOnly: boolean;
}

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(T|$)/;
/** A UTC designator: the moment was stored without the leader's offset (records written before 14.11). */
const UTC_SUFFIX = /Z$/i;
/** A moment stored with the leader's offset ("…T10:30:00.000+02:00"): it reads the same in every zone. */
const OFFSET_SUFFIX = /[+-]\d{2}:?\d{2}$/;
/**
 * Moments with an offset, already read. Home and the verdicts read the same few thousand stamps on every
 * call, and parsing them was a third of the verdicts' time. Only zone-free results are kept: a bare day,
 * a UTC stamp and a stamp without any zone depend on the machine's zone, which can change while Mend runs.
 * Frozen, since every caller shares them; bounded, since stamps only ever grow.
 */
const readMoments = new Map<string, Instant>();
const READ_MOMENTS_MAX = 50_000;

/**
 * Parses 'YYYY-MM-DD' or an ISO date-time; null for anything else (including impossible days such as
 * 2026-02-30, which Date.parse would quietly roll into March). "The same day" means the day the leader was
 * living in: the day as written when the moment carries the local offset (the app stores it so), else
 * the machine's local day. A bare day is the leader's local day, never the UTC one.
 */
export function parseInstant(value: string | null | undefined): Instant | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const known = readMoments.get(text);
  if (known) return known;
  const match = ISO_PREFIX.exec(text);
  if (!match) return null;
  const [, y, m, d, sep] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (sep === '') {
    const start = new Date(year, month - 1, day).getTime();
    return { ms: start, endMs: new Date(year, month - 1, day + 1).getTime(), day: text, dateOnly: true };
  }
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return null;
  const moment: Instant = { ms, endMs: ms, day: UTC_SUFFIX.test(text) ? localDay(new Date(ms)) : text.slice(0, 10), dateOnly: false };
  if (OFFSET_SUFFIX.test(text)) {
    if (readMoments.size >= READ_MOMENTS_MAX) readMoments.clear();
    readMoments.set(text, Object.freeze(moment));
  }
  return moment;
}

/**
 * Whether a moment lies in the window (fromMs, toMs]. A bare day counts when any part of it overlaps,
 * so a commitment due "today" is inside the window even though midnight has passed.
 */
export function inWindow(at: Instant, fromMs: number, toMs: number): boolean {
  if (at.dateOnly) return at.ms <= toMs && at.endMs > fromMs;
  return at.ms > fromMs && at.ms <= toMs;
}

/** Whole days from `fromMs` to `toMs`, never negative. */
export function wholeDaysBetween(fromMs: number, toMs: number): number {
  const days = Math.floor((toMs - fromMs) / DAY_MS);
  return Number.isFinite(days) && days > 0 ? days : 0;
}
