import { z } from 'zod';
import { idSchema, isoDateTime, markdown, recordBase } from './common';
import { commitmentFields } from './commitment';
import { CAUSES, CONVERSATION_STEPS, type ConversationStep } from './trust-items';
import { DEBRIEF_STATUSES, DIAGNOSIS_OUTCOMES, STEP_HAPPENED } from './debrief-vocabulary';
import { apologyPlanSchema, ownSideField, ownSideSchema } from './leader-side';

export { DEBRIEF_STATUSES, DIAGNOSIS_OUTCOMES, STEP_HAPPENED } from './debrief-vocabulary';

const stepOutcome = z.strictObject({
  happened: z.enum(STEP_HAPPENED, { message: 'Choose yes, partly or no.' }).nullable(),
  notes: markdown,
});

const cause = z.enum(CAUSES, { message: 'Choose one of the causes in the list.' });

export const debriefDiagnosis = z.strictObject({
  /** The leading hypothesis going in, prefilled from the preparation or the incident. */
  guessed: cause.nullable(),
  outcome: z.enum(DIAGNOSIS_OUTCOMES, { message: 'Choose whether your guess held or changed.' }).nullable(),
  /** What it turned out to be: the guess when confirmed, another cause when revised. */
  actual: cause.nullable(),
});

/**
 * A commitment written during a debrief. It stays inside the draft until the debrief is finished,
 * so a half-written promise never shows on the Commitments screen. `key` is only for the form.
 */
export const commitmentDraftSchema = z.strictObject({
  key: z.string().min(1).max(100),
  owner: commitmentFields.owner,
  // Blank is fine while drafting; finishing skips blank ones.
  text: z.string().max(2_000, 'Keep a commitment under 2,000 characters.'),
  dueAt: commitmentFields.dueAt,
});

/** Everything the leader types in a debrief; saved as a whole on each autosave. */
export const debriefFields = {
  heldAt: isoDateTime,
  steps: z.strictObject(
    Object.fromEntries(CONVERSATION_STEPS.map((s) => [s, stepOutcome])) as Record<ConversationStep, typeof stepOutcome>,
  ),
  /** What they said about their experience (step 1). */
  theirView: markdown,
  diagnosis: debriefDiagnosis,
  surprised: markdown,
  learned: markdown,
  differently: markdown,
  /** Required to finish with fewer than one commitment from each side. */
  fewerCommitmentsReason: markdown,
  commitmentDrafts: z.array(commitmentDraftSchema).max(20, 'Twenty commitments is plenty for one conversation.'),
  /** The leader's own side: how hot the talk was, the apology and how it landed, what they really did. */
  ownSide: ownSideField,
};

export const debriefSchema = z.strictObject({
  ...recordBase,
  preparationId: idSchema.nullable(),
  incidentId: idSchema.nullable(),
  status: z.enum(DEBRIEF_STATUSES),
  ...debriefFields,
});

export type Debrief = z.infer<typeof debriefSchema>;
export type DebriefFields = Pick<Debrief, keyof typeof debriefFields>;
export type CommitmentDraft = z.infer<typeof commitmentDraftSchema>;
export type DebriefDiagnosis = z.infer<typeof debriefDiagnosis>;

/**
 * An autosave of the debrief screen: only what was changed there, down to the one answer (a step's
 * notes, a part of the apology). The store lays it over the debrief as stored, in the same turn as the
 * save, so what the other computer wrote meanwhile in any other answer stays. Lists (the drafted
 * commitments, the reactions) are replaced whole.
 */
export const debriefPatchSchema = z.strictObject({
  heldAt: debriefFields.heldAt.optional(),
  steps: z
    .strictObject(
      Object.fromEntries(CONVERSATION_STEPS.map((s) => [s, stepOutcome.partial().optional()])) as Record<ConversationStep, z.ZodOptional<ReturnType<typeof stepOutcome.partial>>>,
    )
    .optional(),
  theirView: markdown.optional(),
  diagnosis: debriefDiagnosis.partial().optional(),
  surprised: markdown.optional(),
  learned: markdown.optional(),
  differently: markdown.optional(),
  fewerCommitmentsReason: markdown.optional(),
  commitmentDrafts: debriefFields.commitmentDrafts.optional(),
  ownSide: ownSideSchema.extend({ apology: apologyPlanSchema.partial() }).partial().optional(),
});
export type DebriefPatch = z.infer<typeof debriefPatchSchema>;
