import { z } from 'zod';
import { idSchema } from '../../model/common';
import { trustCheckFields, type TrustCheck } from '../../model/trust-check';
import type { ServiceContext } from '../../services/context';
import * as checks from '../../services/trust-checks';

/** Trust checks: a dated, evidence-first rating of the relationship. */
export const trustChecksSchemas = {
  'checks:create': z.strictObject({ relationshipId: idSchema, ...trustCheckFields }),
};

type In<C extends keyof typeof trustChecksSchemas> = z.output<(typeof trustChecksSchemas)[C]>;

export interface TrustChecksContract {
  /**
   * Saves a check: each item 1–7 or null ("no new evidence"); any number needs `evidence`; the moment
   * may be backdated, not in the future; `debriefId` must name a debrief of the same journal.
   */
  'checks:create': (input: In<'checks:create'>) => TrustCheck;
}

export const trustChecksHandlers = (ctx: ServiceContext) => ({
  'checks:create': ({ relationshipId, ...fields }: In<'checks:create'>) => checks.createCheck(ctx, relationshipId, fields),
});
