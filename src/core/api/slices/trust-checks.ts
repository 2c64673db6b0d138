import { z } from 'zod';
import { idSchema } from '../../model/common';
import { trustCheckFields, trustCheckSchema, type TrustCheck } from '../../model/trust-check';
import type { ServiceContext } from '../../services/context';
import * as checks from '../../services/trust-checks';

/** Trust checks: a dated, evidence-first rating of the relationship. */
export const trustChecksSchemas = {
  'checks:create': z.strictObject({ relationshipId: idSchema, ...trustCheckFields }),
  'checks:update': z.strictObject({ relationshipId: idSchema, id: idSchema, ...trustCheckFields }),
  'checks:delete': z.strictObject({ relationshipId: idSchema, id: idSchema }),
  'checks:restore': z.strictObject({ relationshipId: idSchema, check: trustCheckSchema }),
};

type In<C extends keyof typeof trustChecksSchemas> = z.output<(typeof trustChecksSchemas)[C]>;

export interface TrustChecksContract {
  /**
   * Saves a check: each item 1–7 or null ("no new evidence"); any number needs `evidence`; the moment
   * may be backdated, not in the future; `debriefId` must name a debrief of the same journal.
   */
  'checks:create': (input: In<'checks:create'>) => TrustCheck;
  /** Corrects a check under the same rules; its id and date of entry stay. */
  'checks:update': (input: In<'checks:update'>) => TrustCheck;
  /** Removes a check (the UI confirms first); returns it whole so Undo can put it back. */
  'checks:delete': (input: In<'checks:delete'>) => TrustCheck;
  /** Undo of a removal: the same check, same id, back in the journal. */
  'checks:restore': (input: In<'checks:restore'>) => TrustCheck;
}

export const trustChecksHandlers = (ctx: ServiceContext) => ({
  'checks:create': ({ relationshipId, ...fields }: In<'checks:create'>) => checks.createCheck(ctx, relationshipId, fields),
  'checks:update': ({ relationshipId, id, ...fields }: In<'checks:update'>) => checks.updateCheck(ctx, relationshipId, id, fields),
  'checks:delete': (i: In<'checks:delete'>) => checks.deleteCheck(ctx, i.relationshipId, i.id),
  'checks:restore': (i: In<'checks:restore'>) => checks.restoreCheck(ctx, i.relationshipId, i.check),
});
