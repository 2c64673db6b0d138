import { z } from 'zod';
import { idSchema, isoDateTime, markdown, NAME_MAX, recordBase } from './common';
import { RATING_MAX, RATING_MIN, TRUST_ITEMS, type TrustItem } from './trust-items';

export { isHotCheck } from '../logic/verdict';

const rating = (item: TrustItem) =>
  z
    .number({ message: `Rate ${item} from ${RATING_MIN} to ${RATING_MAX}, or choose “no new evidence”.` })
    .int(`Rate ${item} with a whole number from ${RATING_MIN} to ${RATING_MAX}.`)
    .min(RATING_MIN, `Rate ${item} from ${RATING_MIN} to ${RATING_MAX}.`)
    .max(RATING_MAX, `Rate ${item} from ${RATING_MIN} to ${RATING_MAX}.`)
    .nullable();

/** One rating per item: 1–7, or null for "no new evidence". Every item must be answered. */
export const ratingsSchema = z.strictObject(
  Object.fromEntries(TRUST_ITEMS.map((item) => [item, rating(item)])) as Record<TrustItem, ReturnType<typeof rating>>,
);

/** What the leader fills in for a trust check. */
export const trustCheckFields = {
  at: isoDateTime,
  ratings: ratingsSchema,
  /** Observable facts: what a camera would have seen. Required when any rating is a number. */
  evidence: markdown,
  /** What the leader makes of those facts, kept apart from them. */
  interpretation: markdown,
  activation: z.literal([0, 1, 2, 3], { message: 'Choose how stirred up you feel, from 0 (calm) to 3.' }),
  emotion: z.string().trim().max(NAME_MAX, `Keep the feeling under ${NAME_MAX} characters.`),
  /** Where the feeling comes from. Blank at activation 2+ makes the check hot. */
  source: markdown,
  debriefId: idSchema.nullable(),
};

export const trustCheckSchema = z.strictObject({ ...recordBase, ...trustCheckFields });

export type TrustCheck = z.infer<typeof trustCheckSchema>;
export type TrustCheckFields = Omit<TrustCheck, 'id' | 'createdAt' | 'updatedAt'>;

// The rule beyond the field types lives apart from zod, so the renderer can check it too (a mix of two
// computers' edits, rewritten-on-both.ts) without carrying zod in its bundle.
export { checkProblem, hasAnyRating } from '../logic/rating-evidence';
