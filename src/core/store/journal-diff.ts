import type { ChangeLine } from './change-line';
import { RELATIONSHIP_KEY, type FieldState, type Plain, type Records } from './sync-state';
import { partsOf, splitFieldsOf } from './split-fields';

/** A line without its clock and device: what changed, before it is stamped. */
export type Change = Omit<ChangeLine, 't' | 'd'> & { isNew?: boolean };

/**
 * The changes that turn `before` into `after`, record by record and field by field. Records are told
 * apart by id; unchanged records cost one comparison of their JSON. `records` gives each field's clock
 * (the value being replaced), so another device can tell this write from a concurrent one.
 */
export function diffJournals(before: Plain | null, after: Plain, collections: readonly string[], records: Records): Change[] {
  const changes: Change[] = [];
  const one = (key: string, prev: Plain | undefined, next: Plain) => {
    const change = diffRecord(key, prev, next, records);
    if (change) changes.push(change);
  };
  one(RELATIONSHIP_KEY, before?.['relationship'] as Plain | undefined, after['relationship'] as Plain);
  for (const c of collections) {
    if (before?.[c] === after[c]) continue; // a list no record of which changed (journal-draft.ts)
    const oldList = (before?.[c] as Plain[] | undefined) ?? [];
    const newList = (after[c] as Plain[] | undefined) ?? [];
    if (sameIdsInPlace(oldList, newList)) {
      // The usual save: records replaced in place. Untouched ones are the same objects: skipped
      // without building a key or a map of the whole list.
      for (let i = 0; i < newList.length; i++) if (oldList[i] !== newList[i]) one(`${c}/${String(newList[i]!['id'])}`, oldList[i], newList[i]!);
      continue;
    }
    const prev = new Map(oldList.map((r) => [`${c}/${String(r['id'])}`, r]));
    for (const next of (after[c] as Plain[] | undefined) ?? []) {
      const key = `${c}/${String(next['id'])}`;
      one(key, prev.get(key), next);
      prev.delete(key);
    }
    for (const key of prev.keys()) changes.push({ k: key, x: 1 });
  }
  return changes;
}

/** Both lists hold the same records (by id) in the same places: nothing added, removed or moved. */
function sameIdsInPlace(a: readonly Plain[], b: readonly Plain[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i]!['id'] !== b[i]!['id']) return false;
  return true;
}

/**
 * Fields written together whenever one of them changes, so that two computers' edits merge (last writer
 * wins per field) into a record one of them wrote, never a mix that breaks a rule: a trust check's or an
 * estimate's numbers need the evidence beside them, and the evidence one computer cleared must not end
 * up beside the numbers the other gave.
 */
export const WRITTEN_TOGETHER: Readonly<Record<string, readonly string[]>> = {
  checks: ['ratings', 'evidence'],
  theirTrust: ['ratings', 'evidence'],
};

function diffRecord(key: string, prev: Plain | undefined, next: Plain, records: Records): Change | null {
  if (prev && same(prev, next)) return null; // most records of a save are untouched: one walk, no strings
  const clocks = records.get(key)?.f ?? {};
  const s: Record<string, [unknown, string]> = {};
  const u: Record<string, string> = {};
  const split = splitFieldsOf(key);
  for (const [field, value] of Object.entries(next)) {
    if (prev && field in prev && same(prev[field], value)) continue;
    if (split?.has(field)) diffParts(field, prev?.[field], value, clocks, s, u);
    else s[field] = [value, clocks[field]?.t ?? ''];
  }
  const group = WRITTEN_TOGETHER[key.slice(0, key.indexOf('/'))];
  if (prev && group?.some((f) => f in s)) for (const f of group) if (!(f in s) && f in next) s[f] = [next[f], clocks[f]?.t ?? ''];
  if (prev) {
    for (const field of Object.keys(prev)) {
      if (field in next) continue;
      if (split?.has(field)) diffParts(field, prev[field], undefined, clocks, s, u);
      else u[field] = clocks[field]?.t ?? '';
    }
  }
  const hasS = Object.keys(s).length > 0;
  const hasU = Object.keys(u).length > 0;
  if (!hasS && !hasU) return null;
  return { k: key, ...(prev ? {} : { isNew: true }), ...(hasS ? { s } : {}), ...(hasU ? { u } : {}) };
}

/**
 * A split group's change as its parts' (split-fields.ts): each part that changed is set with the clock
 * of the part it replaces, and a part no longer there is unset, so a change to one part never carries
 * the others' values (as this computer last saw them) to a computer that changed them meanwhile.
 */
function diffParts(field: string, prev: unknown, next: unknown, clocks: Record<string, FieldState>, s: Record<string, [unknown, string]>, u: Record<string, string>): void {
  const before = new Map(prev === undefined ? [] : partsOf(field, prev));
  if (next !== undefined) {
    for (const [part, value] of partsOf(field, next)) {
      // A part its schema fills in is not written unless it changed: every computer fills it in with the
      // genesis clock (split-fields.ts fillDefaultParts), so it never wins over an answer.
      if (before.has(part) && same(before.get(part), value)) {
        before.delete(part);
        continue;
      }
      before.delete(part);
      s[part] = [value, clocks[part]?.t ?? ''];
    }
  }
  for (const part of before.keys()) u[part] = clocks[part]?.t ?? '';
}

/** Deep equality of JSON values (key order ignored), without building strings. */
export const recordsEqual = (a: unknown, b: unknown): boolean => same(a, b);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !same((a as Plain)[k], (b as Plain)[k])) return false;
  }
  return true;
}
