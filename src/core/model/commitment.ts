import { z } from 'zod';
import { idSchema, isoDate, isoDateTime, markdown, recordBase } from './common';
import { COMMITMENT_OWNERS, COMMITMENT_STATUSES } from './trust-items';

export { COMMITMENT_OUTCOMES, type CommitmentOutcome } from './trust-items';

/** A commitment's text is a single promise, so it is kept shorter than a journal entry. */
export const COMMITMENT_TEXT_MAX = 2_000;

/** The fields a person types for a commitment; shared by the debrief's drafts and the stored record. */
export const commitmentFields = {
  owner: z.enum(COMMITMENT_OWNERS, { message: 'Choose whose commitment this is: theirs or yours.' }),
  text: z
    .string({ message: 'Write the commitment.' })
    .trim()
    .min(1, 'Write the commitment in a few words.')
    .max(COMMITMENT_TEXT_MAX, `Keep a commitment under ${COMMITMENT_TEXT_MAX.toLocaleString('en')} characters.`),
  dueAt: isoDate.nullable(),
};

export const commitmentSchema = z.strictObject({
  ...recordBase,
  ...commitmentFields,
  status: z.enum(COMMITMENT_STATUSES),
  /** What happened, written when it was resolved. */
  note: markdown,
  /** When it was resolved (may be backdated); null while open. */
  resolvedAt: isoDateTime.nullable(),
  /** The debrief it came out of, when there was one. */
  debriefId: idSchema.nullable(),
});

export type Commitment = z.infer<typeof commitmentSchema>;
export type CommitmentFields = Pick<Commitment, 'owner' | 'text' | 'dueAt'>;
