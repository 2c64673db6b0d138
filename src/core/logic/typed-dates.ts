import { isPlain } from './same-json';

/**
 * A year typed by mistake: a date field takes any year from 0001 to 9999, so "0202" for 2026 or a
 * stray extra digit cut short saves an entry that sorts to the far end of every list and bends every
 * trend. One rule for every form, checked where each call comes in (api/dispatch.ts), so no form can
 * be left out. Entries already saved are never refused: a call that edits a saved entry (EDITS) is
 * checked by its service, on the dates it changes only (mistypedChange), and Undo hands entries back
 * whole (their dates nested, never checked).
 */
export const EARLIEST_YEAR = 1950;
export const LATEST_YEAR = 2099;
export const MISTYPED_YEAR = `That year looks like a typing slip. Pick a date between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`;

/** The contract's names for the dates a person types or picks (see api/slices). */
const DATE_FIELDS = new Set(['started', 'occurredAt', 'heldAt', 'at', 'dueAt', 'resolvedAt', 'plannedAt']);

/**
 * Calls that send a saved entry's dates back with the rest (an edit, a debrief's autosave, a plan's
 * draft): an old date, saved before this rule, must not block them. Their services check what changed.
 */
export const EDITS: ReadonlySet<string> = new Set([
  'incidents:update', 'checks:update', 'commitments:update', 'repair-bids:update', 'relationships:update', 'debriefs:save', 'preparations:save-draft',
  'monitoring-notes:update', 'capture:update-note', 'their-trust:update',
]);

const outOfRange = (value: unknown): boolean => {
  if (typeof value !== 'string' || !/^\d{4}-/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  return year < EARLIEST_YEAR || year > LATEST_YEAR;
};

function inFields(fields: Record<string, unknown>, prefix: string): string | null {
  for (const [key, value] of Object.entries(fields)) if (DATE_FIELDS.has(key) && outOfRange(value)) return prefix + key;
  return null;
}

/**
 * The path of the first typed date whose year is out of range ("heldAt", "commitmentDrafts.1.dueAt",
 * "patch.plannedAt"), or null. Looks at a call's own fields, the rows of its lists (a debrief's
 * commitments) and a draft's patch; not into whole records handed back (an undo restores a record as
 * it was saved).
 */
export function mistypedDate(input: unknown): string | null {
  if (!isPlain(input)) return null;
  const top = inFields(input, '');
  if (top) return top;
  for (const [key, value] of Object.entries(input)) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const row = value[i];
        const found = isPlain(row) ? inFields(row, `${key}.${i}.`) : null;
        if (found) return found;
      }
    } else if (key === 'patch' && isPlain(value)) {
      const found = inFields(value, 'patch.');
      if (found) return found;
    }
  }
  return null;
}

/**
 * The same date, however it is written: an edit screen sends a saved moment back in this computer's
 * offset ("…T10:00:00.000+01:00" for a stored "…T09:00:00.000Z"), which is no change.
 */
function sameDate(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return !Number.isNaN(x) && x === y;
}

/**
 * For an edit: the path of the first date it changes to a year out of range, or null. Rows of a list
 * (a debrief's commitments) are matched by their `key`, so a row typed long ago is left alone.
 */
export function mistypedChange(before: Record<string, unknown>, after: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(after)) {
    if (DATE_FIELDS.has(key) && !sameDate(value, before[key]) && outOfRange(value)) return key;
    if (!Array.isArray(value)) continue;
    const was = Array.isArray(before[key]) ? (before[key] as unknown[]).filter(isPlain) : [];
    for (let i = 0; i < value.length; i++) {
      const row = value[i];
      if (!isPlain(row)) continue;
      const old = was.find((w) => w['key'] !== undefined && w['key'] === row['key']) ?? {};
      const found = mistypedChange(old, Object.fromEntries(Object.entries(row).filter(([k]) => DATE_FIELDS.has(k))));
      if (found) return `${key}.${i}.${found}`;
    }
  }
  return null;
}
