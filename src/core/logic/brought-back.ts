import type { Journal } from '../model/journal';

/**
 * How an entry that came back is told from others. A removal is final under the removed id (no synced
 * copy may bring it back), so Undo and "Bring it back" write the entry again under an id named after
 * the removed one: its first 80 characters, a dash, and eight hex digits (services/raced-removals.ts
 * makes them). Pure, so the edit screens can follow an entry that came back while they showed it gone.
 */

/** The part every id an entry removed under `removedId` comes back under begins with. */
export const stemOf = (removedId: string): string => `${removedId.slice(0, 80)}-`;

/** Whether `id` is one an entry removed under `removedId` came back under: it is back already. */
export function isBroughtBackFrom(id: string, removedId: string): boolean {
  const stem = stemOf(removedId);
  return id.length === stem.length + 8 && id.startsWith(stem) && /^[0-9a-f]{8}$/.test(id.slice(stem.length));
}

/**
 * Whether `id` is the entry removed under `removedId`, come back once or more: removed again after it
 * came back, and back again, its id is named after the one between, and so on. Each step adds "-" and
 * eight hex digits to the first 80 characters of the id before, so the chain is told by its start.
 */
export function isDescendedFrom(id: string, removedId: string): boolean {
  const stem = stemOf(removedId);
  return id.startsWith(stem) && /^(?:[0-9a-f]{1,8}-)*[0-9a-f]{8}$/.test(id.slice(stem.length));
}

/**
 * The id the entry removed under `removedId` is back under in `journal`, in whichever of its lists it
 * is, or undefined: after more than one removal and return, the latest (the longest chain).
 */
export function broughtBackIdIn(journal: Journal, removedId: string): string | undefined {
  let found: string | undefined;
  // The lists read as model/journal's entryLists reads them, which this may not import: the renderer
  // uses this, and that module's value imports bring zod into its bundle (renderer-zod-free.test.ts).
  for (const entries of Object.values(journal as Record<string, unknown>)) {
    if (!Array.isArray(entries)) continue;
    for (const { id } of entries as { id: string }[]) {
      if (id !== removedId && isDescendedFrom(id, removedId) && (found === undefined || id.length >= found.length)) found = id;
    }
  }
  return found;
}
