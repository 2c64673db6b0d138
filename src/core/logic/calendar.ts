/**
 * Calendar days as the leader lives them. Due dates are bare days ("2026-03-14"), so "due today" and
 * "overdue" are decided in the machine's own time zone, the one the leader picked the day in. Moments
 * are stored with the local offset ("2026-03-14T09:00:00.000+01:00"), so the day they were written on
 * can be read back wherever the journal is opened later.
 */

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(Math.trunc(n)).padStart(width, '0');

/** An instant as ISO 8601 in the machine's local time, with its offset: the wall clock the leader saw. */
export function localIso(at: Date): string {
  const offset = -at.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const date = `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}.${pad(at.getMilliseconds(), 3)}`;
  return `${date}T${time}${sign}${pad(abs / 60)}:${pad(abs % 60)}`;
}

/** The local calendar day of an instant (today, given now), as YYYY-MM-DD. */
export function localDay(at: Date): string {
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The local day `days` after `day` (negative goes back). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return localDay(new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days, 12));
}

/** Whole days between two local days (b − a); DST-safe because both are taken at noon. */
export function daysBetween(a: string, b: string): number {
  const noon = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12).getTime();
  };
  return Math.round((noon(b) - noon(a)) / DAY_MS);
}

/** Whole days elapsed from an instant to now, never negative; null when the instant cannot be read. */
export function daysSince(iso: string | null, now: Date): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  return Math.max(0, Math.floor((now.getTime() - ms) / DAY_MS));
}
