/** Dates as a person reads them, in their own locale. */
import { localIso } from '../../../core/logic/calendar';

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dayTimeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });
const secondsFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' });

export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = iso.length === 10 ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dayFormat.format(d);
}

export function formatDayTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dayTimeFormat.format(d);
}

/**
 * Each moment of a list as formatDayTime says it, with seconds for those that would read the same
 * (two versions saved in one minute must not look like one).
 */
export function distinctDayTimes(isos: readonly string[]): Map<string, string> {
  const plain = new Map(isos.map((iso) => [iso, formatDayTime(iso)]));
  const count = new Map<string, number>();
  for (const label of plain.values()) count.set(label, (count.get(label) ?? 0) + 1);
  return new Map(isos.map((iso) => {
    const label = plain.get(iso)!;
    const d = new Date(iso);
    return [iso, (count.get(label) ?? 0) > 1 && !Number.isNaN(d.getTime()) ? secondsFormat.format(d) : label];
  }));
}

/** Today as YYYY-MM-DD in local time, for date inputs. */
export function todayLocal(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A datetime-local input value (local time) ↔ an ISO instant. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  // Four digits always: a date box shows nothing for "202-02-26T09:00" (a year 0202 saved before the
  // typed-date rule), and the entry could then not be saved without retyping its date.
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Stored with the local offset, so the day the leader lived it survives a move to another time zone. */
export function fromLocalInput(value: string): string | null {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : localIso(d);
}
