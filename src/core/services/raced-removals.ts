import type { ServiceContext } from './context';
import { DomainError } from '../errors';
import { crc32Hex } from '../store/crc32';
import { splitKey, versionDescriber, type TextVersion } from './alternatives';
import { isBroughtBackFrom, stemOf } from '../logic/brought-back';

/**
 * An entry removed on one computer while another, not yet in step, was still writing in it. The
 * removal stands (no copy brings an entry back on its own), so the words written meanwhile wait here,
 * on every computer, until the person brings the entry back or lets it go.
 */
export interface RacedRemoval {
  /** "<collection>/<record id>" (e.g. "repairBids/abc"). */
  record: string;
  collection: string;
  recordId: string;
  /** The entry as every computer's writes left it, the later words included. */
  entry: Record<string, unknown>;
  /** Who removed it and when (`text` empty). */
  removedOn: TextVersion;
  /** Who wrote in it after that and when (`text` empty). */
  changedOn: TextVersion;
  /**
   * Texts written at the same time as the ones in `entry`, by field: shown so nothing is lost, but an
   * entry brought back takes the versions in `entry` (copy any of these you want to keep).
   */
  alsoWritten: (TextVersion & { field: string })[];
}

export type RacedRemovalChoice = 'bring-back' | 'let-go';

/** The id an entry removed under `record` comes back under: named after it, so a look at the list tells it is back (isBroughtBackFrom). */
function idNamedAfter(record: string, seed: string): string {
  const recordId = splitKey(record)[1] ?? record;
  return `${stemOf(recordId)}${crc32Hex(new TextEncoder().encode(seed))}`;
}

/**
 * The id an entry comes back under: the same on every computer for the same raced write, so two
 * computers that both bring it back before hearing of each other write one entry, not two copies.
 */
const broughtBackId = (record: string, racedClock: string): string => idNamedAfter(record, `${record} ${racedClock}`);

/**
 * The id Undo of a removal writes the entry back under: named after the removed one as broughtBackId's
 * are, so either way back is seen by the other (isBroughtBackFrom), and the entry never comes back twice.
 */
export const undoneId = (record: string): string => idNamedAfter(record, `${record} undo`);

export async function listRacedRemovals(ctx: ServiceContext, relationshipId: string): Promise<RacedRemoval[]> {
  const raced = await ctx.store.racedRemovals(relationshipId);
  if (raced.length === 0) return [];
  const describe = await versionDescriber(ctx);
  return raced.map((r) => {
    const [collection, recordId] = splitKey(r.key);
    return {
      record: r.key, collection: collection ?? '', recordId: recordId ?? '', entry: r.value,
      removedOn: describe('', r.removed.device, r.removed.clock),
      changedOn: describe('', r.changed.device, r.changed.clock),
      alsoWritten: r.also.filter((a) => typeof a.value === 'string').map((a) => ({ field: a.field, ...describe(a.value, a.device, a.clock) })),
    };
  });
}

/**
 * Brings the entry back (as a new entry, with a new id: a removal is final under its old one) or
 * lets it go. Either way every computer stops offering it. What is refused names why.
 */
export async function resolveRacedRemoval(
  ctx: ServiceContext,
  input: { relationshipId: string; record: string; choice: RacedRemovalChoice },
): Promise<{ remaining: RacedRemoval[]; broughtBack: string | null }> {
  const raced = (await ctx.store.racedRemovals(input.relationshipId)).find((r) => r.key === input.record);
  const newId = input.choice === 'bring-back' && raced ? broughtBackId(input.record, raced.changed.clock) : null;
  if (newId !== null && (await isBackAlready(ctx, input.relationshipId, input.record))) {
    // Undo brought it back before the other computer's words arrived: a second copy would show it twice.
    throw new DomainError(
      'conflict',
      'It is back already: Undo brought it back. Copy any words you want from here into it, then let this go.',
      { field: 'record', alreadyBack: true },
    );
  }
  const saved = await ctx.store.settleRaced(input.relationshipId, input.record, newId);
  if (saved === null) {
    throw new DomainError('not-found', 'This entry is settled already. It may have been brought back or let go on another computer.', { field: 'record' });
  }
  if (saved === 'incomplete') {
    throw new DomainError(
      'invalid-input',
      'Only part of this entry is left, so it cannot come back as it was. Copy the words you want to keep, then let it go.',
      { field: 'record' },
    );
  }
  return { remaining: await listRacedRemovals(ctx, input.relationshipId), broughtBack: newId };
}

/** Whether the entry `record` names is back already under an id named after it (Undo, or a bring-back). */
async function isBackAlready(ctx: ServiceContext, relationshipId: string, record: string): Promise<boolean> {
  const [collection, recordId] = splitKey(record);
  if (!collection || !recordId) return false;
  const list = (await ctx.store.journal(relationshipId)) as unknown as Record<string, { id: string }[] | undefined>;
  return (list[collection] ?? []).some((e) => isBroughtBackFrom(e.id, recordId));
}
