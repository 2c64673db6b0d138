import { z } from 'zod';
import { idSchema } from './common';
import {
  COMMITMENT_OWNERS,
  COMMITMENT_STATUSES,
  INCIDENT_STATUSES,
  RATING_MAX,
  RATING_MIN,
  TRUST_DOMAINS,
} from './trust-items';

/**
 * The compact, text-free "trust inputs" each index summary carries, so Home can compute every verdict,
 * sparkline and reminder without opening a single journal. Only what the verdict can use is kept, and
 * each list is bounded (see logic/trust-inputs.ts for the pruning rules and why pruning at save time is
 * safe).
 *
 * Dates are stored as written and checked only for length here: this file is read at start-up for every
 * relationship, and the verdict engine already parses dates strictly, dropping any it cannot read.
 */
const when = z.string().max(40);

const rating = z.number().int().min(RATING_MIN).max(RATING_MAX).nullable();

export const trustRatingsSchema = z.strictObject({
  reliability: rating,
  competence: rating,
  sincerity: rating,
  care: rating,
  reliance: rating,
});

import { TRUST_INPUT_LIMITS } from './trust-input-limits';

export { TRUST_INPUT_LIMITS };

export const trustIncidentSchema = z.strictObject({
  id: idSchema,
  occurredAt: when,
  status: z.enum(INCIDENT_STATUSES),
  domains: z.array(z.enum(TRUST_DOMAINS)).max(TRUST_DOMAINS.length),
  baseline: trustRatingsSchema,
});

/** A check without its id or any text: `sourceNamed` says whether a source was written, never what. */
export const trustCheckInputSchema = z.strictObject({
  at: when,
  ratings: trustRatingsSchema,
  activation: z.number().int().min(0).max(3),
  sourceNamed: z.boolean(),
});

/** A resolved commitment, without its text. Open ones live in the summary's `commitments`. */
export const trustCommitmentSchema = z.strictObject({
  owner: z.enum(COMMITMENT_OWNERS),
  status: z.enum(COMMITMENT_STATUSES),
  dueAt: when.nullable(),
  resolvedAt: when.nullable(),
});

/** A conversation that is planned and not yet debriefed; the incident's title stays in the journal. */
export const plannedConversationSchema = z.strictObject({
  id: idSchema,
  plannedAt: when,
  status: z.enum(['draft', 'ready']),
});

export const trustInputsSchema = z.strictObject({
  incidents: z.array(trustIncidentSchema).max(TRUST_INPUT_LIMITS.incidents),
  checks: z.array(trustCheckInputSchema).max(TRUST_INPUT_LIMITS.checks),
  resolved: z.array(trustCommitmentSchema).max(TRUST_INPUT_LIMITS.commitments),
  /** When each recent monitoring note was logged. */
  monitoring: z.array(when).max(TRUST_INPUT_LIMITS.monitoringNotes),
  planned: z.array(plannedConversationSchema).max(TRUST_INPUT_LIMITS.planned),
  /** The latest trust check of all, even when older checks were pruned. */
  lastCheckAt: when.nullable(),
});

export type TrustInputs = z.infer<typeof trustInputsSchema>;
export type TrustIncidentInput = z.infer<typeof trustIncidentSchema>;
export type TrustCheckInput = z.infer<typeof trustCheckInputSchema>;
export type TrustCommitmentInput = z.infer<typeof trustCommitmentSchema>;
export type PlannedConversation = z.infer<typeof plannedConversationSchema>;

export const EMPTY_TRUST_INPUTS: TrustInputs = {
  incidents: [],
  checks: [],
  resolved: [],
  monitoring: [],
  planned: [],
  lastCheckAt: null,
};
