import { z } from 'zod';
import { idSchema, isoDateTime, markdown } from '../../model/common';
import { COMMITMENT_OUTCOMES, commitmentFields, commitmentSchema, type Commitment } from '../../model/commitment';
import type { ServiceContext } from '../../services/context';
import * as commitments from '../../services/commitments';
import type { CommitmentLists } from '../../services/commitments';

const target = { relationshipId: idSchema, id: idSchema };

/** Commitments: one promise from one side, followed until it is kept, renegotiated, late or missed. */
export const commitmentsSchemas = {
  'commitments:list': z.strictObject({}),
  'commitments:create': z.strictObject({ relationshipId: idSchema, ...commitmentFields, debriefId: idSchema.nullable() }),
  'commitments:update': z.strictObject({ ...target, ...commitmentFields }),
  'commitments:resolve': z.strictObject({
    ...target,
    status: z.enum(COMMITMENT_OUTCOMES, { message: 'Choose kept, renegotiated early, late or missed.' }),
    note: markdown,
    resolvedAt: isoDateTime.nullable(),
    /** The status the screen showed: when it has changed since (on another computer), nothing is written. */
    from: z.literal('open').optional(),
  }),
  'commitments:reopen': z.strictObject(target),
  'commitments:delete': z.strictObject(target),
  'commitments:restore': z.strictObject({ relationshipId: idSchema, commitment: commitmentSchema }),
};

type In<C extends keyof typeof commitmentsSchemas> = z.output<(typeof commitmentsSchemas)[C]>;

export interface CommitmentsContract {
  /**
   * Every open commitment of every active relationship (soonest due, so overdue, first) and those
   * resolved in the last 30 days (newest first). Read from the index only.
   */
  'commitments:list': (input: In<'commitments:list'>) => CommitmentLists;
  /** Adds an open commitment, optionally linked to a debrief of the same journal. */
  'commitments:create': (input: In<'commitments:create'>) => Commitment;
  /** Edits who, what and by when; the status stays as it is. */
  'commitments:update': (input: In<'commitments:update'>) => Commitment;
  /**
   * Records the outcome, with an optional note and a date (null = now; backdating is fine, the future
   * is not). Also corrects an earlier outcome.
   */
  'commitments:resolve': (input: In<'commitments:resolve'>) => Commitment;
  /** Puts a resolved commitment back to open; `conflict` when it is open already. */
  'commitments:reopen': (input: In<'commitments:reopen'>) => Commitment;
  /** Removes a commitment made by mistake; returns it whole, for Undo. */
  'commitments:delete': (input: In<'commitments:delete'>) => Commitment;
  /** Undo of a removal: the same commitment again, under a new id; `conflict` when it is back already. */
  'commitments:restore': (input: In<'commitments:restore'>) => Commitment;
}

export const commitmentsHandlers = (ctx: ServiceContext) => ({
  'commitments:list': async () => commitments.listCommitments(ctx),
  'commitments:create': ({ relationshipId, debriefId, ...fields }: In<'commitments:create'>) =>
    commitments.createCommitment(ctx, relationshipId, fields, debriefId),
  'commitments:update': ({ relationshipId, id, ...fields }: In<'commitments:update'>) =>
    commitments.updateCommitment(ctx, relationshipId, id, fields),
  'commitments:resolve': ({ relationshipId, id, ...resolution }: In<'commitments:resolve'>) =>
    commitments.resolveCommitment(ctx, relationshipId, id, resolution),
  'commitments:reopen': (i: In<'commitments:reopen'>) => commitments.reopenCommitment(ctx, i.relationshipId, i.id),
  'commitments:delete': (i: In<'commitments:delete'>) => commitments.deleteCommitment(ctx, i.relationshipId, i.id),
  'commitments:restore': (i: In<'commitments:restore'>) => commitments.restoreCommitment(ctx, i.relationshipId, i.commitment),
});
