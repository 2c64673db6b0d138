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
 * The id the entry removed under `removedId` is back under in `journal`, in whichever of its lists it
 * is, or undefined. When it came back more than once (removed again in between), the one written last.
 */
export function broughtBackIdIn(journal: object, removedId: string): string | undefined {
  let found: string | undefined;
  for (const list of Object.values(journal)) {
    if (!Array.isArray(list)) continue;
    for (const entry of list as unknown[]) {
      const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && isBroughtBackFrom(id, removedId)) found = id;
    }
  }
  return found;
}
