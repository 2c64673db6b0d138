/**
 * Calendar days as the leader lives them. Due dates are bare days ("2026-03-14"), so "due today" and
 * "overdue" are decided in the machine's own time zone, the one the leader picked the day in.
 */
import { DAY_MS } from './verdict-time';

/** Today (in local time) as YYYY-MM-DD. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
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
