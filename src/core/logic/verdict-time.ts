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
 * Stamps whose reading depends on the machine's zone (a UTC stamp's local day, a bare day, a stamp
 * without a zone), kept only for work run through `inOneZone`: it checks the zone first (its name and
 * offsets) and drops them all when the zone changed. Home reads thousands of UTC stamps (every record
 * written before 14.11) on every call, and reading them was a third of its time.
 */
const zonedMoments = new Map<string, Instant>();
let zoneOfZoned = '';
let oneZoneDepth = 0;
/** Counts the zones `inOneZone` has seen: work kept for one of them is stale in the next. */
let zoneCount = 0;

const zoneNow = (): string =>
  `${Intl.DateTimeFormat().resolvedOptions().timeZone}|${new Date(2001, 0, 1).getTimezoneOffset()}|${new Date(2001, 6, 1).getTimezoneOffset()}`;

/**
 * Runs `work` (synchronous: the zone cannot change while it runs) with the zone-dependent readings of
 * earlier calls kept and reused, as long as the machine's zone is still the one they were read in.
 */
export function inOneZone<T>(work: () => T): T {
  const zone = zoneNow();
  if (zone !== zoneOfZoned) {
    zonedMoments.clear();
    zoneOfZoned = zone;
    zoneCount++;
  }
  oneZoneDepth++;
  try {
    return work();
  } finally {
    oneZoneDepth--;
  }
}

/**
 * Inside `inOneZone`, which zone the work runs in (a number that changes when the zone does), so work
 * that read zone-dependent days may be kept for it; outside, null: nothing zone-dependent may be kept.
 */
export function currentZone(): number | null {
  return oneZoneDepth > 0 ? zoneCount : null;
}

/**
 * Inside `inOneZone`, the zone itself (its name and offsets): what work kept from one run of Mend to the
 * next is tied to (store/home-rows.ts); outside, null.
 */
export function currentZoneName(): string | null {
  return oneZoneDepth > 0 ? zoneOfZoned : null;
}

function keep(into: Map<string, Instant>, text: string, moment: Instant): Instant {
  if (into.size >= READ_MOMENTS_MAX) into.clear();
  const frozen = Object.isFrozen(moment) ? moment : Object.freeze(moment);
  into.set(text, frozen);
  return frozen;
}

/**
 * Parses 'YYYY-MM-DD' or an ISO date-time; null for anything else (including impossible days such as
 * 2026-02-30, which Date.parse would quietly roll into March). "The same day" means the day the leader was
 * living in: the day as written when the moment carries the local offset (the app stores it so), else
 * the machine's local day. A bare day is the leader's local day, never the UTC one.
 */
export function parseInstant(value: string | null | undefined): Instant | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (oneZoneDepth > 0) {
    // One look-up for both kinds: a stamp with an offset is valid in this zone too, so it is kept here as well.
    const kept = zonedMoments.get(text);
    if (kept) return kept;
    const moment = readMoments.get(text) ?? readOnce(text);
    return moment === null ? null : keep(zonedMoments, text, moment);
  }
  return readMoments.get(text) ?? readOnce(text);
}

/** Reads a stamp; one with an offset is kept for good (it reads the same in every zone). */
function readOnce(text: string): Instant | null {
  const read = readInstant(text);
  if (read !== null && !read.dateOnly && OFFSET_SUFFIX.test(text)) return keep(readMoments, text, read);
  return read;
}

function readInstant(text: string): Instant | null {
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
  return { ms, endMs: ms, day: UTC_SUFFIX.test(text) ? localDay(new Date(ms)) : text.slice(0, 10), dateOnly: false };
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
