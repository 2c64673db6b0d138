import { z } from 'zod';
import { idSchema, isoDateTime } from '../../model/common';
import { draftPatchSchema, type Preparation } from '../../model/preparation';
import type { ServiceContext } from '../../services/context';
import * as preparations from '../../services/preparations';

const target = { relationshipId: idSchema, id: idSchema };

/** Preparations: the guided plan for one repair conversation, autosaved as a draft. */
export const preparationsSchemas = {
  'preparations:start': z.strictObject({
    relationshipId: idSchema,
    incidentId: idSchema.nullable(),
    plannedAt: isoDateTime.nullable(),
  }),
  'preparations:save-draft': z.strictObject({ ...target, patch: draftPatchSchema }),
  'preparations:finish': z.strictObject(target),
  'preparations:discard': z.strictObject(target),
  'preparations:restore': z.strictObject(target),
};

type In<C extends keyof typeof preparationsSchemas> = z.output<(typeof preparationsSchemas)[C]>;

export interface PreparationsContract {
  /**
   * Starts a draft at the first screen, optionally about one incident (whose suspected causes become
   * the first hypotheses). `not-found` when the relationship or the incident is gone.
   */
  'preparations:start': (input: In<'preparations:start'>) => Preparation;
  /**
   * Autosave: patches any editable fields (nested groups merge field by field, lists are replaced).
   * Works on drafts and finished plans; `conflict` on a discarded one.
   */
  'preparations:save-draft': (input: In<'preparations:save-draft'>) => Preparation;
  /** Marks the plan ready for the conversation; it stays editable. */
  'preparations:finish': (input: In<'preparations:finish'>) => Preparation;
  /** Moves it to the Discarded list: kept in the journal with `discardedAt`, never erased. */
  'preparations:discard': (input: In<'preparations:discard'>) => Preparation;
  /** Brings a discarded preparation back, as a draft or ready, as it was before. */
  'preparations:restore': (input: In<'preparations:restore'>) => Preparation;
}

export const preparationsHandlers = (ctx: ServiceContext) => ({
  'preparations:start': ({ relationshipId, ...input }: In<'preparations:start'>) =>
    preparations.startPreparation(ctx, relationshipId, input),
  'preparations:save-draft': (i: In<'preparations:save-draft'>) => preparations.saveDraft(ctx, i.relationshipId, i.id, i.patch),
  'preparations:finish': (i: In<'preparations:finish'>) => preparations.finishPreparation(ctx, i.relationshipId, i.id),
  'preparations:discard': (i: In<'preparations:discard'>) => preparations.discardPreparation(ctx, i.relationshipId, i.id),
  'preparations:restore': (i: In<'preparations:restore'>) => preparations.restorePreparation(ctx, i.relationshipId, i.id),
});
