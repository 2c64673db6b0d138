import { z } from 'zod';
import { idSchema, isoDateTime, markdown, NAME_MAX, recordBase } from './common';
import { causeSchema, confidenceSchema, uniqueBy } from './incident';
import { FEARS } from './trust-items';
import { LAST_PREP_STEP, PREPARATION_STATUSES } from './preparation-labels';
import { apologyPlanField, apologyPlanSchema, expectationField, expectationSchema } from './leader-side';

export {
  PREPARATION_STATUSES,
  PREP_SCREENS,
  LAST_PREP_STEP,
  type PreparationStatus,
  type PrepScreen,
  EMPTY_PLAN,
  EMPTY_FACTS,
  EMPTY_COOL_DOWN,
} from './preparation-labels';

const fearSchema = z.enum(FEARS, { message: 'That fear is not one Mend knows. Pick one from the list.' });

export const activationSchema = z
  .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { message: 'Choose how stirred up you are, from 0 to 3.' })
  .nullable();

export const coolDownSchema = z.strictObject({
  activation: activationSchema,
  emotion: z.string().max(NAME_MAX, `Keep the feeling under ${NAME_MAX} characters; the source has room for more.`),
  source: markdown,
  fears: z.array(fearSchema).max(FEARS.length).superRefine(uniqueBy((f) => f, 'A fear', (i) => [i])),
});

export const factsSchema = z.strictObject({
  camera: markdown,
  story: markdown,
  otherExplanations: markdown,
  trustedColleague: markdown,
});

export const hypothesisSchema = z.strictObject({ cause: causeSchema, confidence: confidenceSchema, note: markdown });
export const hypothesesSchema = z
  .array(hypothesisSchema)
  .max(20)
  .superRefine(uniqueBy((h) => h.cause, 'A cause', (i) => [i, 'cause']));

const planSteps = {
  perspective: markdown,
  permission: markdown,
  experience: markdown,
  forward: markdown,
  commitment: markdown,
};

/**
 * One markdown plan per conversation step (sub-prompts live in the UI), plus the leader's own side:
 * an apology plan and what I expect they'll say or feel. Those two default, so older plans validate.
 */
export const planSchema = z.strictObject({ ...planSteps, apology: apologyPlanField, expect: expectationField });

/** A patch of the plan: no defaults here, so a patch that leaves a part out never blanks it. */
const planPatchSchema = z.strictObject({ ...planSteps, apology: apologyPlanSchema, expect: expectationSchema }).partial();

export const stepSchema = z
  .number({ message: 'That step does not exist.' })
  .int('That step does not exist.')
  .min(0, 'That step does not exist.')
  .max(LAST_PREP_STEP, 'That step does not exist.');

/** What the leader edits while preparing; every draft save patches some of these. */
export const preparationEditable = {
  incidentId: idSchema.nullable(),
  plannedAt: isoDateTime.nullable(),
  step: stepSchema,
  coolDown: coolDownSchema,
  facts: factsSchema,
  hypotheses: hypothesesSchema,
  plan: planSchema,
  myCommitment: markdown,
};

export const preparationSchema = z.strictObject({
  ...recordBase,
  ...preparationEditable,
  status: z.enum(PREPARATION_STATUSES),
  /** When it was last marked ready; kept while it is reopened and edited. */
  finishedAt: isoDateTime.nullable(),
  /** When it went to the Discarded list; null while it is in use. */
  discardedAt: isoDateTime.nullable(),
});

export type Preparation = z.infer<typeof preparationSchema>;
export type CoolDown = Preparation['coolDown'];
export type PrepFacts = Preparation['facts'];
export type Hypothesis = Preparation['hypotheses'][number];
export type Plan = Preparation['plan'];

/**
 * A draft save: any editable field; the nested groups may be partial, so one keystroke sends one field.
 * Lists (fears, hypotheses) are replaced whole.
 */
export const draftPatchSchema = z.strictObject({
  incidentId: preparationEditable.incidentId.optional(),
  plannedAt: preparationEditable.plannedAt.optional(),
  step: stepSchema.optional(),
  coolDown: coolDownSchema.partial().optional(),
  facts: factsSchema.partial().optional(),
  hypotheses: hypothesesSchema.optional(),
  plan: planPatchSchema.optional(),
  myCommitment: markdown.optional(),
});

export type DraftPatch = z.infer<typeof draftPatchSchema>;
