import { z } from 'zod';
import { idSchema, isoDate } from '../../model/common';
import {
  FOLLOW_UP_STATUSES,
  repairBidFields,
  theirTrustFields,
  type FollowUp,
  type RepairBid,
  type TheirTrust,
} from '../../model/leader-side';
import type { ServiceContext } from '../../services/context';
import * as bids from '../../services/repair-bids';
import * as followUps from '../../services/follow-ups';
import * as theirs from '../../services/their-trust';

const target = { relationshipId: idSchema, id: idSchema };

/** The leader's own side of a repair: repair bids, follow-ups after a conversation, their trust in me. */
export const leaderSideSchemas = {
  'repair-bids:create': z.strictObject({ relationshipId: idSchema, ...repairBidFields }),
  'repair-bids:update': z.strictObject({ ...target, ...repairBidFields }),
  'repair-bids:delete': z.strictObject(target),
  'follow-ups:move': z.strictObject({ ...target, dueAt: isoDate }),
  'follow-ups:resolve': z.strictObject({ ...target, status: z.enum(FOLLOW_UP_STATUSES, { message: 'Choose done, set aside or planned.' }) }),
  'their-trust:create': z.strictObject({ relationshipId: idSchema, ...theirTrustFields }),
  'their-trust:update': z.strictObject({ ...target, ...theirTrustFields }),
  'their-trust:delete': z.strictObject(target),
};

type In<C extends keyof typeof leaderSideSchemas> = z.output<(typeof leaderSideSchemas)[C]>;

export interface LeaderSideContract {
  /** Logs a small repair attempt by either side and how it was received; the future is refused. */
  'repair-bids:create': (input: In<'repair-bids:create'>) => RepairBid;
  /** Rewords a repair attempt, or records later how it was received. */
  'repair-bids:update': (input: In<'repair-bids:update'>) => RepairBid;
  /** Removes a repair attempt logged by mistake. */
  'repair-bids:delete': (input: In<'repair-bids:delete'>) => { deleted: true };
  /** Moves a follow-up to another local day; `invalid-input` on `dueAt` before the conversation. */
  'follow-ups:move': (input: In<'follow-ups:move'>) => FollowUp;
  /** Marks a follow-up done, sets it aside (`dismissed`), or brings it back (`planned`). */
  'follow-ups:resolve': (input: In<'follow-ups:resolve'>) => FollowUp;
  /** Saves an estimate of their trust in me; a number needs evidence, as with my own checks. */
  'their-trust:create': (input: In<'their-trust:create'>) => TheirTrust;
  /** Changes an estimate (numbers, evidence, moment) by the same rules as saving it; a date left as saved is never refused. */
  'their-trust:update': (input: In<'their-trust:update'>) => TheirTrust;
  /** Removes an estimate made by mistake. */
  'their-trust:delete': (input: In<'their-trust:delete'>) => { deleted: true };
}

export const leaderSideHandlers = (ctx: ServiceContext) => ({
  'repair-bids:create': ({ relationshipId, ...fields }: In<'repair-bids:create'>) => bids.createRepairBid(ctx, relationshipId, fields),
  'repair-bids:update': ({ relationshipId, id, ...fields }: In<'repair-bids:update'>) => bids.updateRepairBid(ctx, relationshipId, id, fields),
  'repair-bids:delete': (i: In<'repair-bids:delete'>) => bids.deleteRepairBid(ctx, i.relationshipId, i.id),
  'follow-ups:move': (i: In<'follow-ups:move'>) => followUps.moveFollowUp(ctx, i.relationshipId, i.id, i.dueAt),
  'follow-ups:resolve': (i: In<'follow-ups:resolve'>) => followUps.resolveFollowUp(ctx, i.relationshipId, i.id, i.status),
  'their-trust:create': ({ relationshipId, ...fields }: In<'their-trust:create'>) => theirs.createTheirTrust(ctx, relationshipId, fields),
  'their-trust:update': ({ relationshipId, id, ...fields }: In<'their-trust:update'>) => theirs.updateTheirTrust(ctx, relationshipId, id, fields),
  'their-trust:delete': (i: In<'their-trust:delete'>) => theirs.deleteTheirTrust(ctx, i.relationshipId, i.id),
});
