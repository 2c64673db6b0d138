import { DomainError } from '../errors';
import { newRecordBase, nowIso } from '../model/common';
import { checkProblem, type TrustCheck, type TrustCheckFields } from '../model/trust-check';
import type { ServiceContext } from './context';
import { findRecord, refuseFuture, refuseMistypedChange } from './records';
import { undoneId } from './raced-removals';
import { bringBackRaced } from './entry-restore';
import { isBroughtBackFrom } from '../logic/brought-back';

/**
 * Saves a trust check. A number needs at least one observable fact; the check is dated when it was
 * taken (backdating is fine, the future is not); a linked debrief must exist in the same journal.
 */
export async function createCheck(ctx: ServiceContext, relationshipId: string, fields: TrustCheckFields): Promise<TrustCheck> {
  const problem = checkProblem(fields);
  if (problem) throw new DomainError('invalid-input', problem.message, { field: problem.field });
  refuseFuture(ctx.now(), fields.at, 'at', 'A trust check is about what has already happened. Pick now or an earlier time.');
  return ctx.store.update(relationshipId, (journal) => {
    if (fields.debriefId !== null) findRecord(journal.debriefs, fields.debriefId, 'debrief', 'debriefId');
    const check: TrustCheck = { ...newRecordBase(ctx), ...fields };
    journal.checks.push(check);
    return check;
  });
}

/** Corrects a check (a mis-click changes the verdict); the same rules as a new one, the id and date of entry kept. */
export async function updateCheck(ctx: ServiceContext, relationshipId: string, id: string, fields: TrustCheckFields): Promise<TrustCheck> {
  const problem = checkProblem(fields);
  if (problem) throw new DomainError('invalid-input', problem.message, { field: problem.field });
  refuseFuture(ctx.now(), fields.at, 'at', 'A trust check is about what has already happened. Pick now or an earlier time.');
  return ctx.store.update(relationshipId, (journal) => {
    const found = findRecord(journal.checks, id, 'trust check', 'id');
    refuseMistypedChange(found, fields);
    if (fields.debriefId !== null) findRecord(journal.debriefs, fields.debriefId, 'debrief', 'debriefId');
    const check: TrustCheck = { ...found, ...fields, updatedAt: nowIso(ctx) };
    journal.checks = journal.checks.map((c) => (c === found ? check : c));
    return check;
  });
}

/** Removes a check; returns it whole so Undo can put the very same record back. */
export async function deleteCheck(ctx: ServiceContext, relationshipId: string, id: string): Promise<TrustCheck> {
  return ctx.store.update(relationshipId, (journal) => {
    const found = findRecord(journal.checks, id, 'trust check', 'id');
    journal.checks = journal.checks.filter((c) => c !== found);
    return found;
  });
}

/** Undo of a removal: the same check back in the journal, under an id named after its old one (refused if it is already back). */
export async function restoreCheck(ctx: ServiceContext, relationshipId: string, check: TrustCheck): Promise<TrustCheck> {
  // Removed here while the other computer was still correcting it: back with those words, once.
  const brought = await bringBackRaced(ctx, relationshipId, 'checks', check.id);
  if (brought) return brought as TrustCheck;
  return ctx.store.update(relationshipId, (journal) => {
    if (journal.checks.some((c) => c.id === check.id || isSameRecord(c, check) || isBroughtBackFrom(c.id, check.id))) throw new DomainError('conflict', 'That trust check is already back.', { alreadyBack: true });
    if (check.debriefId !== null) findRecord(journal.debriefs, check.debriefId, 'debrief', 'debriefId');
    // A removal is final in the change logs (no synced copy may bring it back), so Undo writes the same
    // check again as a new record, its id named after the removed one (as every entry's Undo names it):
    // an edit screen left showing the check gone finds it back and goes on to it. Its creation time is
    // kept too, which is how a second Undo of an older copy is recognised.
    const back = { ...check, id: undoneId(`checks/${check.id}`) };
    journal.checks.push(back);
    return back;
  });
}

/** The same record written again (Undo): created at the same moment, about the same moment. */
export const isSameRecord = (a: { createdAt: string; at?: string; heldAt?: string }, b: { createdAt: string; at?: string; heldAt?: string }): boolean =>
  a.createdAt === b.createdAt && a.at === b.at && a.heldAt === b.heldAt;
