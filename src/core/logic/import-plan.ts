import { countEntries, type Journal } from '../model/journal';
import { sameJson } from './same-json';

/**
 * What importing a backup would do, decided before anything changes. The rule for a person who is
 * both in Mend and in the backup: the copy changed most recently wins, and the other copy is kept
 * in the trash folder, so an import never drops anything.
 */
export type ImportAction = 'add' | 'replace' | 'keep' | 'same';

export const IMPORT_RULE =
  'When someone is both in Mend and in the backup, the copy changed most recently wins. The other copy is kept in the trash folder inside your data folder, so nothing is lost.';

export interface ImportItem {
  relationshipId: string;
  /** The name in the backup. */
  name: string;
  entries: number;
  /** The latest change anywhere in the backup's copy (ISO). */
  lastChanged: string;
  action: ImportAction;
  /** The copy already in Mend, when there is one; `null` fields when it cannot be read. */
  current: { name: string | null; entries: number | null; lastChanged: string | null } | null;
  /** Why, in a sentence. */
  reason: string;
}

/**
 * The copy in Mend: a readable journal (with when an entry of it was last removed: a removal has no
 * updatedAt), one whose file cannot be read, or a person removed (on any computer) after Mend knew them.
 */
export type CurrentCopy = { journal: Journal; lastRemoval?: string | null } | { unreadable: true; name: string } | { removed: string; name: string };

export function planImport(incoming: readonly Journal[], current: ReadonlyMap<string, CurrentCopy>): ImportItem[] {
  return incoming.map((journal) => {
    const id = journal.relationship.id;
    const base = { relationshipId: id, name: journal.relationship.name, entries: countEntries(journal), lastChanged: lastChange(journal) };
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
    if (sameJournal(journal, mine.journal)) {
      return { ...base, action: 'same', current: here, reason: 'Already in Mend exactly as in the backup: nothing to do.' };
    }
    if (Date.parse(base.lastChanged) > Date.parse(here.lastChanged)) {
      return { ...base, action: 'replace', current: here, reason: 'The backup’s copy was changed more recently, so it replaces the one in Mend. The copy in Mend goes to the trash folder.' };
    }
    return { ...base, action: 'keep', current: here, reason: 'The copy in Mend was changed more recently, so it stays. The backup’s copy goes to the trash folder.' };
  });
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
