import { DomainError, isDomainError } from '../errors';
import { sameJson } from '../logic/same-json';
import type { Journal } from '../model/journal';
import { withLinksMoved } from '../logic/fresh-ids-for-removed';
import type { ServiceContext } from './context';
import { resolveRacedRemoval, undoneId } from './raced-removals';
import { isBroughtBackFrom } from '../logic/brought-back';

/** The lists whose entries come back whole with Undo through `entries:restore`. */
export type RestorableList = 'repairBids' | 'theirTrust' | 'meetingNotes' | 'monitoringNotes' | 'incidents';
type Entry = Journal[RestorableList][number];

/** Everything but its id and last edit: two such alike are one entry written twice (a second Undo). */
const body = (e: { id: string; updatedAt: string }) => ({ ...e, id: '', updatedAt: '' });

/**
 * Undo of an entry removed here while another computer, not yet in step, was still writing in it: the
 * person's page offers it too ("Bring it back"). Undo does just that, with the later words, and settles
 * it there, so the entry never comes back twice (found by a helper: Undo and the card each made a
 * copy). The entry as it came back, or null when no such race is known, or it was settled meanwhile
 * (the card pressed at the same moment), or too little is left of it to come back that way: then the
 * plain restore answers (back already, or the entry as Undo holds it).
 */
export async function bringBackRaced(ctx: ServiceContext, relationshipId: string, list: RestorableList | 'checks', id: string): Promise<{ id: string } | null> {
  const record = `${list}/${id}`;
  if (!(await ctx.store.racedRemovals(relationshipId)).some((r) => r.key === record)) return null;
  const brought = await resolveRacedRemoval(ctx, { relationshipId, record, choice: 'bring-back' }).catch((error: unknown) => {
    if (isDomainError(error) && error.detail?.['field'] === 'record') return null;
    throw error;
  });
  if (!brought) return null;
  return ((await ctx.store.journal(relationshipId))[list] as { id: string }[]).find((e) => e.id === brought.broughtBack) ?? null;
}

/**
 * Undo of a removal: the same entry, as it was saved, back in its list. A removal is final in the
 * change logs, so it is written again under a new id. Written whole, it is never held to rules made
 * after it was saved (a year the typed-date rule now refuses): Undo through the create channels was,
 * and the entry was lost. `conflict` when it is back already.
 */
export async function restoreEntry<E extends Entry>(ctx: ServiceContext, relationshipId: string, list: RestorableList, entry: E): Promise<E> {
  const record = `${list}/${entry.id}`;
  const brought = await bringBackRaced(ctx, relationshipId, list, entry.id);
  if (brought) return brought as E;
  return ctx.store.update(relationshipId, (journal) => {
    const entries = journal[list] as Entry[];
    if (entries.some((e) => e.id === entry.id || sameJson(body(e), body(entry)) || isBroughtBackFrom(e.id, entry.id))) throw new DomainError('conflict', 'That entry is already back.', { alreadyBack: true });
    // Named after the removed one (raced-removals.ts), so a raced edit of it arriving later is seen to
    // be back already, and "Bring it back" does not make it twice.
    const back = { ...entry, id: undoneId(record) };
    entries.push(back);
    // What named the removed entry (a plan's `incidentId`) names it again under its new id.
    const moved = withLinksMoved(journal, entry.id, back.id) as unknown as Record<string, unknown>;
    const draft = journal as unknown as Record<string, unknown>;
    for (const key of Object.keys(moved)) if (moved[key] !== draft[key]) draft[key] = moved[key];
    return back;
  });
}
