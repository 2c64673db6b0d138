import { entryLists, type Journal } from '../model/journal';

type Entry = Record<string, unknown> & { id: string };

/** A field holding another entry's id (a commitment's `debriefId`, a debrief's `incidentId`…): the model names every link so. */
const isLink = (field: string): boolean => field.endsWith('Id');

/**
 * A version of a journal about to be written back, with a fresh id for every entry `isRemoved` names
 * (by collection and id), and every link to such an entry moved to its new id. Why: a removal is
 * final in the change logs (its tombstone outlives any older copy, on every computer), so an entry
 * written back under its removed id would stay removed, and the restore would quietly leave it out.
 * Under a new id it returns as a new entry, as the Trash and Undo bring things back. Entries not
 * removed keep their ids. `renamed` maps each old id to its new one (empty: the version is returned as is).
 */
export function withFreshIdsForRemoved(
  version: Journal,
  isRemoved: (collection: string, id: string) => boolean,
  /** The new id for an entry's old one (given, so that a restore finished after a kill can give the same). */
  newId: (oldId: string) => string,
): { journal: Journal; renamed: ReadonlyMap<string, string> } {
  const renamed = new Map<string, string>();
  const lists = entryLists(version) as [string, Entry[]][];
  for (const [collection, entries] of lists) {
    for (const entry of entries) if (isRemoved(collection, entry.id) && !renamed.has(entry.id)) renamed.set(entry.id, newId(entry.id));
  }
  if (renamed.size === 0) return { journal: version, renamed };
  const journal: Record<string, unknown> = { ...version };
  for (const [collection, entries] of lists) journal[collection] = entries.map((entry) => relinked(entry, renamed));
  return { journal: journal as Journal, renamed };
}

/** The entry under its new id, if it has one, with its links following the ids that changed. */
function relinked(entry: Entry, renamed: ReadonlyMap<string, string>): Entry {
  let out: Entry | null = null;
  for (const [field, value] of Object.entries(entry)) {
    const to = typeof value === 'string' && (field === 'id' || isLink(field)) ? renamed.get(value) : undefined;
    if (to !== undefined) (out ??= { ...entry })[field] = to;
  }
  return out ?? entry;
}

/**
 * The journal with every link to `oldId` moved to `newId`: an entry brought back under a new id (Undo
 * of a removal, or "bring it back" of an edit that raced one) is named again by what named it (a plan's
 * or a conversation's `incidentId`). Lists with no such link stay the same arrays.
 */
export function withLinksMoved(journal: Journal, oldId: string, newId: string): Journal {
  const renamed = new Map([[oldId, newId]]);
  let out: Record<string, unknown> | null = null;
  for (const [collection, entries] of entryLists(journal) as [string, Entry[]][]) {
    const moved = entries.map((entry) => relinked(entry, renamed));
    if (moved.some((entry, i) => entry !== entries[i])) (out ??= { ...journal })[collection] = moved;
  }
  return (out ?? journal) as Journal;
}
