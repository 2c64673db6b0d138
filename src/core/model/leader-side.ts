import { z } from 'zod';
import { idSchema, isoDate, isoDateTime, markdown, NAME_MAX, recordBase } from './common';
import { ratingsSchema } from './trust-check';
import {
  APOLOGISED,
  APOLOGY_PARTS,
  BID_SIDES,
  emptyApology,
  emptyExpectation,
  FOLLOW_UP_STATUSES,
  REACTIONS,
  RECEPTIONS,
  type ApologyPart,
} from './leader-side-labels';
import { uniqueBy } from './incident';

export * from './leader-side-labels';

/**
 * Schemas for the leader's own side of a repair (product.md §5b). Fields added to existing records
 * carry defaults, so journals written before them still validate unchanged.
 */
export const reactionSchema = z.enum(REACTIONS, { message: 'Choose a reaction from the list.' });
export const reactionsSchema = z.array(reactionSchema).max(REACTIONS.length).superRefine(uniqueBy((r) => r, 'A reaction', (i) => [i]));

const apologyShape = {
  ...(Object.fromEntries(APOLOGY_PARTS.map((p) => [p, markdown])) as Record<ApologyPart, typeof markdown>),
  wanted: z.boolean(),
  skipped: z.boolean(),
};

/** An apology plan in the leader's own words; every part may be blank while drafting. */
export const apologyPlanSchema = z.strictObject(apologyShape);

/** What I expect they'll say or feel: some of the listed reactions, plus my own words. */
export const expectationSchema = z.strictObject({ reactions: reactionsSchema, words: markdown });

export const apologyPlanField = apologyPlanSchema.default(emptyApology);
export const expectationField = expectationSchema.default(emptyExpectation);

/** What the debrief adds about the leader's own side: how hot the talk was, the apology, what happened. */
export const ownSideSchema = z.strictObject({
  /** How stirred up I was during the talk, 0–3; null when not answered. */
  talkActivation: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { message: 'Choose from 0 (calm) to 3.' }).nullable(),
  apologised: z.enum(APOLOGISED, { message: 'Choose yes, partly or not this time.' }).nullable(),
  received: z.enum(RECEPTIONS, { message: 'Choose how it was received.' }).nullable(),
  apologyNote: markdown,
  /** An apology planned here, when the need showed only in the debrief. */
  apology: apologyPlanSchema,
  /** How they actually reacted, from the same list as the guess. */
  happened: reactionsSchema,
  happenedWords: markdown,
});
export type OwnSide = z.infer<typeof ownSideSchema>;

export const emptyOwnSide = (): OwnSide => ({
  talkActivation: null,
  apologised: null,
  received: null,
  apologyNote: '',
  apology: emptyApology(),
  happened: [],
  happenedWords: '',
});

export const ownSideField = ownSideSchema.default(emptyOwnSide);

/** A small attempt to repair, by either side, and whether it was received. */
export const repairBidFields = {
  at: isoDateTime,
  by: z.enum(BID_SIDES, { message: 'Choose who made it: you or them.' }),
  what: z
    .string({ message: 'Say in a line what was done.' })
    .trim()
    .min(1, 'Say in a line what was done, for instance “They flagged a risk early.”')
    .max(NAME_MAX, `Keep it under ${NAME_MAX} characters; the note has room for more.`),
  received: z.enum(RECEPTIONS, { message: 'Choose how it was received.' }),
  note: markdown,
};
export const repairBidSchema = z.strictObject({ ...recordBase, ...repairBidFields });
export type RepairBid = z.infer<typeof repairBidSchema>;
export type RepairBidFields = Pick<RepairBid, 'at' | 'by' | 'what' | 'received' | 'note'>;

/** A check-in suggested after a debrief, counted from the conversation. */
export const followUpSchema = z.strictObject({
  ...recordBase,
  debriefId: idSchema,
  /** Weeks after the conversation it was first suggested at (1, 3 or 6). */
  week: z.number().int().min(1).max(52),
  /** The leader's local day it is due. */
  dueAt: isoDate,
  status: z.enum(FOLLOW_UP_STATUSES),
  resolvedAt: isoDateTime.nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** An occasional estimate of how much they trust me, on the same items, with the evidence behind it. */
export const theirTrustFields = {
  at: isoDateTime,
  ratings: ratingsSchema,
  evidence: markdown,
  interpretation: markdown,
};
export const theirTrustSchema = z.strictObject({ ...recordBase, ...theirTrustFields });
export type TheirTrust = z.infer<typeof theirTrustSchema>;
export type TheirTrustFields = Pick<TheirTrust, 'at' | 'ratings' | 'evidence' | 'interpretation'>;

/**
 * What the index keeps about follow-ups, text-free, so Home and reminders never open a journal:
 * the open ones and when the latest finished conversation was held.
 */
export const followUpStateSchema = z.strictObject({
  lastHeldAt: z.string().max(40).nullable(),
  open: z.array(z.strictObject({ id: idSchema, dueAt: z.string().max(10), week: z.number().int() })).max(60),
});
