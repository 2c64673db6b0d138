import { DomainError } from '../errors';
import { newRecordBase } from '../model/common';
import { checkProblem, type TrustCheck, type TrustCheckFields } from '../model/trust-check';
import type { ServiceContext } from './context';
import { findRecord, refuseFuture } from './records';

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
