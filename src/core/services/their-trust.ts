import { DomainError } from '../errors';
import { newRecordBase, nowIso } from '../model/common';
import type { TheirTrust, TheirTrustFields } from '../model/leader-side';
import { hasAnyRating } from '../model/trust-check';
import type { ServiceContext } from './context';
import { editRecord, findRecord, refuseFuture } from './records';

/** A number needs something seen or heard; the moment must have happened. Checked on save and on edit. */
function refuseUnfounded(ctx: ServiceContext, fields: TheirTrustFields): void {
  if (hasAnyRating(fields.ratings) && fields.evidence.trim() === '') {
    throw new DomainError('invalid-input', 'An estimate needs at least one thing you saw or heard. Add it under evidence, or choose “no new evidence”.', { field: 'evidence' });
  }
  refuseFuture(ctx.now(), fields.at, 'at', 'An estimate is about what has already happened. Pick now or an earlier time.');
}

/**
 * Saves an estimate of how much they trust me. As with my own checks, a number needs something I saw
 * or heard; it is my reading, never a measurement of them.
 */
export async function createTheirTrust(ctx: ServiceContext, relationshipId: string, fields: TheirTrustFields): Promise<TheirTrust> {
  refuseUnfounded(ctx, fields);
  return ctx.store.update(relationshipId, (journal) => {
    const estimate: TheirTrust = { ...newRecordBase(ctx), ...fields };
    journal.theirTrust.push(estimate);
    return estimate;
  });
}

/** Changes an estimate: its numbers, the evidence, what I make of it, or its moment. Same rules as saving it. */
export async function updateTheirTrust(ctx: ServiceContext, relationshipId: string, id: string, fields: TheirTrustFields): Promise<TheirTrust> {
  refuseUnfounded(ctx, fields);
  return ctx.store.update(relationshipId, (journal) => {
    const { list, next } = editRecord(journal.theirTrust, id, 'estimate', fields, nowIso(ctx));
    journal.theirTrust = list;
    return next;
  });
}

/** Removes an estimate made by mistake. */
export async function deleteTheirTrust(ctx: ServiceContext, relationshipId: string, id: string): Promise<{ deleted: true }> {
  return ctx.store.update(relationshipId, (journal) => {
    const current = findRecord(journal.theirTrust, id, 'estimate', 'id');
    journal.theirTrust = journal.theirTrust.filter((t) => t !== current);
    return { deleted: true as const };
  });
}
