import { z } from 'zod';
import { idSchema } from '../../model/common';
import { debriefFields, debriefPatchSchema, debriefSchema, type Debrief } from '../../model/debrief';
import type { Commitment } from '../../model/commitment';
import { ownSideSchema } from '../../model/leader-side';
import type { ServiceContext } from '../../services/context';
import * as debriefs from '../../services/debriefs';

const target = { relationshipId: idSchema, id: idSchema };

/** Debriefs: what really happened in a repair conversation, and what each side committed to. */
export const debriefsSchemas = {
  'debriefs:start': z.strictObject({
    relationshipId: idSchema,
    preparationId: idSchema.nullable(),
    incidentId: idSchema.nullable(),
  }),
  'debriefs:save': z.strictObject({ ...target, ...debriefFields, ownSide: ownSideSchema.optional() }),
  'debriefs:patch': z.strictObject({ ...target, patch: debriefPatchSchema }),
  'debriefs:finish': z.strictObject(target),
  'debriefs:discard': z.strictObject(target),
  'debriefs:restore': z.strictObject({ relationshipId: idSchema, debrief: debriefSchema }),
};

type In<C extends keyof typeof debriefsSchemas> = z.output<(typeof debriefsSchemas)[C]>;

export interface DebriefsContract {
  /**
   * Starts a draft debrief from a preparation (its leading hypothesis becomes the guess, the leader's
   * offered commitment is prefilled) or from scratch, optionally about an incident. For a preparation
   * that already has a debrief, returns that one. `not-found` when the relationship, preparation or
   * incident is gone.
   */
  'debriefs:start': (input: In<'debriefs:start'>) => Debrief;
  /** Autosave: replaces every field the leader types, on a draft or a finished debrief. */
  'debriefs:save': (input: In<'debriefs:save'>) => Debrief;
  /**
   * Autosave of the debrief screen: only the answers changed there, laid over the debrief as stored
   * in the same turn, so what another computer wrote in any other answer stays.
   */
  'debriefs:patch': (input: In<'debriefs:patch'>) => Debrief;
  /**
   * Finishes the draft: the diagnosis must be answered, and fewer than one commitment from each side
   * needs `fewerCommitmentsReason`. Drafted commitments become open commitments linked to it.
   */
  'debriefs:finish': (input: In<'debriefs:finish'>) => { debrief: Debrief; commitments: Commitment[] };
  /** Deletes a draft debrief; `conflict` for a finished one, which stays in the journal. */
  'debriefs:discard': (input: In<'debriefs:discard'>) => { discarded: true };
  /** Undo of a discard: the same unfinished debrief back in the journal. */
  'debriefs:restore': (input: In<'debriefs:restore'>) => Debrief;
}

export const debriefsHandlers = (ctx: ServiceContext) => ({
  'debriefs:start': ({ relationshipId, ...from }: In<'debriefs:start'>) => debriefs.startDebrief(ctx, relationshipId, from),
  'debriefs:save': ({ relationshipId, id, ...fields }: In<'debriefs:save'>) => debriefs.saveDebrief(ctx, relationshipId, id, fields),
  'debriefs:patch': (i: In<'debriefs:patch'>) => debriefs.patchDebrief(ctx, i.relationshipId, i.id, i.patch),
  'debriefs:finish': (i: In<'debriefs:finish'>) => debriefs.finishDebrief(ctx, i.relationshipId, i.id),
  'debriefs:discard': (i: In<'debriefs:discard'>) => debriefs.discardDebrief(ctx, i.relationshipId, i.id),
  'debriefs:restore': (i: In<'debriefs:restore'>) => debriefs.restoreDebrief(ctx, i.relationshipId, i.debrief),
});
