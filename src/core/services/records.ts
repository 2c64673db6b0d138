import { DomainError } from '../errors';
import { mistypedChange, MISTYPED_YEAR } from '../logic/typed-dates';

/**
 * Small helpers shared by the services that keep lists of records inside a journal.
 * Messages name what is missing, never what was written in it.
 */
export function findRecord<T extends { id: string }>(list: readonly T[], id: string, what: string, field?: string): T {
  const found = list.find((r) => r.id === id);
  if (!found) throw missingRecord(what, field);
  return found;
}

/** The error for a record that is not (or no longer) in the journal. */
export function missingRecord(what: string, field?: string): DomainError {
  return new DomainError('not-found', `That ${what} no longer exists. It may have been removed.`, field ? { field } : undefined);
}

/** Clock skew allowed between the window and the core when "now" was picked. */
const FUTURE_SLACK_MS = 5 * 60 * 1000;

/** Refuses a moment that has not happened yet: outcomes and checks are about what already took place. */
export function refuseFuture(now: Date, iso: string, field: string, message: string): void {
  if (Date.parse(iso) > now.getTime() + FUTURE_SLACK_MS) {
    throw new DomainError('invalid-input', message, { field });
  }
}

/** An edit that changes a date to a year typed by mistake is refused on that field (typed-dates.ts); dates left as saved pass. */
export function refuseMistypedChange(before: object, after: object): void {
  const field = mistypedChange(before as Record<string, unknown>, after as Record<string, unknown>);
  if (field) throw new DomainError('invalid-input', MISTYPED_YEAR, { field });
}

/**
 * One record of a journal's list, edited: found (or `not-found`, naming `what`), its changed dates checked
 * for a typing slip, and replaced by a new object with `updatedAt` now, so the store sees that one record
 * changed. The caller puts `list` back in the journal.
 */
export function editRecord<T extends { id: string; updatedAt: string }>(
  list: readonly T[],
  id: string,
  what: string,
  fields: Partial<T>,
  now: string,
): { list: T[]; next: T } {
  const current = findRecord(list, id, what, 'id');
  refuseMistypedChange(current, fields);
  const next: T = { ...current, ...fields, updatedAt: now };
  return { list: list.map((r) => (r === current ? next : r)), next };
}
