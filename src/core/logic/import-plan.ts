import { countEntries, entryLists, type Journal } from '../model/journal';
import { sameJson } from './same-json';

/**
 * What importing a backup would do, decided before anything changes. For a person who is both in Mend
 * and in the backup, the two copies are merged entry by entry: each entry (and the person's own
 * details) comes from whichever copy changed it more recently, entries only in the backup are added
 * (unless they were removed in Mend: a removal is final), and entries only in Mend stay. An import
 * never removes anything from Mend.
 *
 * - add: new to Mend, added whole.
 * - merge: Mend takes what the backup has newer or lacks here; nothing in Mend is removed.
 * - replace: the copy in Mend cannot be read; the backup's copy takes its place (the file is set aside).
 * - keep: Mend already has everything in the backup (or newer versions of it), or removed the person.
 * - same: identical in both.
 */
export type ImportAction = 'add' | 'merge' | 'replace' | 'keep' | 'same';

export const IMPORT_RULE =
  'Importing never removes anything from Mend. When someone is both in Mend and in the backup, each entry comes from whichever copy changed it more recently, and entries only in the backup are added, unless you removed them in Mend. Older versions that lose are kept in the trash folder inside your data folder.';

/** What merging would change, entry by entry. */
export interface MergeCounts {
  /** Entries only in the backup, to be added. */
  added: number;
  /** Entries in both, where the backup's version is newer. */
  updated: number;
  /** The person's own details (name, role, notes…) come from the backup. */
  details: boolean;
  /** Entries in both (or the person's details) where the copy in Mend is newer: Mend's stays. */
  mineNewer: number;
  /** Entries only in the backup that were removed in Mend: they stay removed. */
  removedHere: number;
}

export interface ImportItem {
  relationshipId: string;
  /** The name in the backup. */
  name: string;
  entries: number;
  /** The latest change anywhere in the backup's copy (ISO), as the backup says. */
  lastChanged: string;
  action: ImportAction;
  /** The copy already in Mend, when there is one; `null` fields when it cannot be read. */
  current: { name: string | null; entries: number | null; lastChanged: string | null } | null;
  /** For a person in both: what the merge takes from the backup (`null` otherwise). */
  changes: MergeCounts | null;
  /** The backup's times run more than a day ahead of this computer's clock: they were counted as now. */
  clockAhead: boolean;
  /** Why, in a sentence or two. */
  reason: string;
  /**
   * The copy in Mend cannot be read, but the change logs hold all of it: the import first puts it back
   * as they make it (the unreadable file set aside), then takes from the backup what this item says.
   */
  fromLogs?: true;
}

/**
 * The copy in Mend: a readable journal, one whose file cannot be read, or a person removed (on any
 * computer) after Mend knew them. For a readable one, which of its entries were removed: `removedEntries`
 * ("collection/id" keys) when the store can say exactly; otherwise `lastRemoval`, when an entry was last
 * removed (a removal has no updatedAt), and an entry only in the backup last changed before it is taken
 * to be one of those removed.
 */
export type CurrentCopy =
  | { journal: Journal; lastRemoval?: string | null; removedEntries?: ReadonlySet<string>; fromLogs?: true }
  | { unreadable: true; name: string }
  | { removed: string; name: string };

const DAY_MS = 86_400_000;

/** A record as every collection holds it: an id and when it was last changed. */
interface Entry {
  id: string;
  updatedAt: string;
}

const listNames = (journal: Journal): string[] => entryLists(journal).map(([name]) => name);
const listOf = (journal: Journal, c: string): Entry[] => ((journal as Record<string, unknown>)[c] as Entry[] | undefined) ?? [];

/**
 * How the merge compares times: as moments, and a time more than a day past this computer's now (a
 * clock that was badly wrong) counts as now, so it cannot win over everything written since.
 */
function clockOf(now: Date | undefined) {
  const limit = now ? now.getTime() + DAY_MS : Infinity;
  return (at: string): number => {
    const t = Date.parse(at);
    return t > limit ? now!.getTime() : t;
  };
}

/**
 * The merge of `theirs` (the backup) into `mine` (Mend): the journal it makes and what it takes from
 * the backup. Mend's records keep their places; added ones follow, in the backup's order. Nothing of
 * Mend's is left out. `removed` says whether an entry only in the backup was removed in Mend.
 */
export function mergeJournals(mine: Journal, theirs: Journal, removed: (key: string, entry: Entry) => boolean, now?: Date): { journal: Journal; counts: MergeCounts } {
  const at = clockOf(now);
  const counts: MergeCounts = { added: 0, updated: 0, details: false, mineNewer: 0, removedHere: 0 };
  const merged = { ...mine } as Record<string, unknown>;
  if (!sameJson(mine.relationship, theirs.relationship)) {
    if (at(theirs.relationship.updatedAt) > at(mine.relationship.updatedAt)) {
      merged['relationship'] = structuredClone(theirs.relationship);
      counts.details = true;
    } else counts.mineNewer++;
  }
  for (const c of new Set([...listNames(mine), ...listNames(theirs)])) {
    const ours = listOf(mine, c);
    const incoming = new Map(listOf(theirs, c).map((e) => [e.id, e]));
    let list: Entry[] | null = null;
    ours.forEach((entry, i) => {
      const other = incoming.get(entry.id);
      incoming.delete(entry.id);
      if (!other || sameJson(entry, other)) return;
      if (at(other.updatedAt) > at(entry.updatedAt)) {
        (list ??= [...ours])[i] = structuredClone(other);
        counts.updated++;
      } else counts.mineNewer++;
    });
    for (const [id, entry] of incoming) {
      if (removed(`${c}/${id}`, entry)) {
        counts.removedHere++;
        continue;
      }
      (list ??= [...ours]).push(structuredClone(entry));
      counts.added++;
    }
    if (list) merged[c] = list;
  }
  return { journal: merged as Journal, counts };
}

/** Whether an entry only in the backup was removed in Mend, from what the copy in Mend can say. */
export function removedIn(copy: { lastRemoval?: string | null; removedEntries?: ReadonlySet<string> }, now?: Date): (key: string, entry: Entry) => boolean {
  if (copy.removedEntries) return (key) => copy.removedEntries!.has(key);
  const at = clockOf(now);
  const last = copy.lastRemoval ?? null;
  return (_key, entry) => last !== null && at(entry.updatedAt) <= Date.parse(last);
}

/** `now`: this computer's clock, to tell a backup whose clock ran far ahead. */
export function planImport(incoming: readonly Journal[], current: ReadonlyMap<string, CurrentCopy>, now?: Date): ImportItem[] {
  return incoming.map((journal): ImportItem => {
    const id = journal.relationship.id;
    const lastChanged = lastChange(journal);
    const clockAhead = now !== undefined && Date.parse(lastChanged) > now.getTime() + DAY_MS;
    const base = { relationshipId: id, name: journal.relationship.name, entries: countEntries(journal), lastChanged, changes: null, clockAhead };
    const mine = current.get(id);
    if (!mine) return { ...base, action: 'add', current: null, reason: 'New to Mend: it will be added.' };
    if ('removed' in mine) {
      return {
        ...base,
        action: 'keep',
        current: { name: mine.name, entries: null, lastChanged: mine.removed },
        reason: 'You removed this person from Mend after this backup was made, so they stay removed. The backup’s copy goes to the trash folder.',
      };
    }
    if ('unreadable' in mine) {
      return {
        ...base,
        action: 'replace',
        current: { name: mine.name, entries: null, lastChanged: null },
        reason: 'The copy in Mend cannot be read, so the backup’s copy takes its place. The unreadable file is set aside in the damaged folder.',
      };
    }
    const changed = lastChange(mine.journal);
    const removal = mine.lastRemoval ?? null;
    const here = { name: mine.journal.relationship.name, entries: countEntries(mine.journal), lastChanged: removal !== null && removal > changed ? removal : changed };
    if (sameJournal(journal, mine.journal) && !mine.fromLogs) {
      return { ...base, action: 'same', current: here, reason: 'Already in Mend exactly as in the backup: nothing to do.' };
    }
    const { counts } = mergeJournals(mine.journal, journal, removedIn(mine, now), now);
    const action = counts.added + counts.updated > 0 || counts.details ? 'merge' : 'keep';
    const clock = clockAhead ? ' This backup’s clock looked wrong (its times are more than a day ahead of this computer’s), so Mend counted them as now.' : '';
    if (!mine.fromLogs) return { ...base, action, changes: counts, current: here, reason: mergeReason(counts) + clock };
    return { ...base, action, changes: counts, current: here, reason: FROM_LOGS_REASON + mergeReason(counts) + clock, fromLogs: true };
  });
}

const FROM_LOGS_REASON =
  'Mend’s own file for this person cannot be read, but every change you saved is still there: Mend puts it back from those first (the unreadable file is set aside in the damaged folder). ';

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** The merge in words: what comes in, and that nothing already in Mend goes. */
export function mergeReason(c: MergeCounts): string {
  const takes = [c.added > 0 && `add ${entries(c.added)}`, c.updated > 0 && `update ${entries(c.updated)}`, c.details && 'update their details']
    .filter((p): p is string => typeof p === 'string');
  const said =
    takes.length > 0
      ? `From the backup, Mend will ${takes.length > 1 ? `${takes.slice(0, -1).join(', ')} and ${takes.at(-1)!}` : takes[0]!}. Everything already in Mend stays.`
      : 'Mend already has everything in this backup, or newer versions of it, so nothing here changes.';
  const removed = c.removedHere > 0 ? ` ${entries(c.removedHere)} you removed in Mend ${c.removedHere === 1 ? 'stays' : 'stay'} removed.` : '';
  return said + removed;
}

/** The latest updatedAt anywhere in a journal: the person or any entry, whatever its collection. */
export function lastChange(journal: Journal): string {
  let latest = journal.relationship.updatedAt;
  for (const value of Object.values(journal)) {
    if (!Array.isArray(value)) continue;
    for (const entry of value as unknown[]) {
      const at = (entry as { updatedAt?: unknown } | null)?.updatedAt;
      if (typeof at === 'string' && Date.parse(at) > Date.parse(latest)) latest = at;
    }
  }
  return latest;
}

/** Deep equality that does not depend on the order keys were written in. */
export function sameJournal(a: Journal, b: Journal): boolean {
  return sameJson(a, b);
}
