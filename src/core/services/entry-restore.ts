import { DomainError } from '../errors';
import { sameJson } from '../logic/same-json';
import { entryLists, type Journal } from '../model/journal';
import type { ServiceContext } from './context';

/** The lists whose entries come back whole with Undo through `entries:restore`. */
export type RestorableList = 'repairBids' | 'theirTrust' | 'meetingNotes' | 'monitoringNotes' | 'incidents';
type Entry = Journal[RestorableList][number];

/** Everything but its id and last edit: two such alike are one entry written twice (a second Undo). */
const body = (e: { id: string; updatedAt: string }) => ({ ...e, id: '', updatedAt: '' });

/**
 * Undo of a removal: the same entry, as it was saved, back in its list. A removal is final in the
 * change logs, so it is written again under a new id. Written whole, it is never held to rules made
 * after it was saved (a year the typed-date rule now refuses): Undo through the create channels was,
 * and the entry was lost. `conflict` when it is back already.
 */
export async function restoreEntry<E extends Entry>(ctx: ServiceContext, relationshipId: string, list: RestorableList, entry: E): Promise<E> {
  return ctx.store.update(relationshipId, (journal) => {
    const entries = journal[list] as Entry[];
    if (entries.some((e) => e.id === entry.id || sameJson(body(e), body(entry)))) throw new DomainError('conflict', 'That entry is already back.');
    const back = { ...entry, id: ctx.newId() };
    entries.push(back);
    pointLinksAt(journal, entry.id, back.id);
    return back;
  });
}

/**
 * Entries that named the removed one (a plan's or a conversation's `incidentId`) name it again under
 * its new id: the model names every link `…Id` (fresh-ids-for-removed.ts). Ids are random, so no other
 * field holds the old one.
 */
function pointLinksAt(journal: Journal, oldId: string, newId: string): void {
  const draft = journal as unknown as Record<string, unknown>;
  for (const [list, entries] of entryLists(journal) as [string, Record<string, unknown>[]][]) {
    if (!entries.some((e) => Object.entries(e).some(([field, value]) => field !== 'id' && field.endsWith('Id') && value === oldId))) continue;
    draft[list] = entries.map((e) => {
      const fields = Object.entries(e).filter(([field, value]) => field !== 'id' && field.endsWith('Id') && value === oldId);
      return fields.length === 0 ? e : { ...e, ...Object.fromEntries(fields.map(([field]) => [field, newId])) };
    });
  }
}
