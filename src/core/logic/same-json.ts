/**
 * Deep equality of JSON data that does not depend on the order keys were written in (a summary built
 * by code and the same summary read back through its schema list their keys differently). Keys whose
 * value is undefined count as absent, as they do once written. Values are compared as they would be
 * written (JSON.stringify), walked side by side: no text is built for data that is equal, which is
 * what a summary check finds nearly every time (one for each person after the search build).
 */
/** A JSON object (not an array, not null): a record, or a group of answers inside one. */
export const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const aList = Array.isArray(a);
  if (aList || Array.isArray(b)) return aList && Array.isArray(b) && sameItems(a, b);
  const aObject = a !== null && typeof a === 'object';
  if (aObject || (b !== null && typeof b === 'object')) return aObject && b !== null && typeof b === 'object' && sameMembers(a as Record<string, unknown>, b as Record<string, unknown>);
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
  return true;
}

function sameMembers(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let count = 0;
  for (const [key, value] of Object.entries(a)) {
    if (value === undefined) continue;
    count++;
    if (!Object.prototype.propertyIsEnumerable.call(b, key) || b[key] === undefined || !sameJson(value, b[key])) return false;
  }
  for (const value of Object.values(b)) if (value !== undefined) count--;
  return count === 0;
}
