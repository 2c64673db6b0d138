import { z } from 'zod';
import { isoDateTime, markdown, NAME_MAX, recordBase } from './common';
import { CAUSES, CONFIDENCE_LEVELS, INCIDENT_STATUSES, RATING_MAX, RATING_MIN, TRUST_DOMAINS } from './trust-items';

/** A 1–7 rating, or null for "no evidence". */
export const ratingSchema = z
  .number({ message: 'Use a number from 1 to 7, or “no evidence”.' })
  .int('Use a whole number from 1 to 7.')
  .min(RATING_MIN, 'Use a number from 1 to 7, or “no evidence”.')
  .max(RATING_MAX, 'Use a number from 1 to 7, or “no evidence”.')
  .nullable();

export const domainSchema = z.enum(TRUST_DOMAINS, { message: 'Choose reliability, competence, sincerity or care.' });
export const causeSchema = z.enum(CAUSES, { message: 'That cause is not one Mend knows. Pick one from the list.' });
export const confidenceSchema = z.enum(CONFIDENCE_LEVELS, { message: 'Choose how sure you are: a hunch, fairly likely or quite sure.' });

/** The five before-ratings; every item present, each a number or null. */
export const baselineSchema = z.strictObject({
  reliability: ratingSchema,
  competence: ratingSchema,
  sincerity: ratingSchema,
  care: ratingSchema,
  reliance: ratingSchema,
});

/** Adds an issue at the second and later copy of the same value, naming the list. */
export function uniqueBy<T>(key: (item: T) => string, what: string, at: (i: number) => (string | number)[]) {
  return (items: T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `${what} is listed twice. Keep one.`, path: at(i) });
      seen.add(k);
    });
  };
}

/** The fields a leader fills in; shared by create, edit and the stored record. */
export const incidentFields = {
  title: z
    .string({ message: 'Say in a line what happened.' })
    .trim()
    .min(1, 'Say in a line what happened.')
    .max(NAME_MAX, `Keep the title under ${NAME_MAX} characters.`),
  occurredAt: isoDateTime,
  facts: markdown,
  impact: markdown,
  domains: z.array(domainSchema).max(TRUST_DOMAINS.length).superRefine(uniqueBy((d) => d, 'A domain', (i) => [i])),
  causes: z
    .array(z.strictObject({ cause: causeSchema, confidence: confidenceSchema }))
    .max(CAUSES.length)
    .superRefine(uniqueBy((c) => c.cause, 'A cause', (i) => [i, 'cause'])),
  baseline: baselineSchema,
  stability: ratingSchema,
  status: z.enum(INCIDENT_STATUSES, { message: 'Choose open, repairing or closed.' }),
};

export const incidentSchema = z.strictObject({ ...recordBase, ...incidentFields });

export type Incident = z.infer<typeof incidentSchema>;
export type IncidentFields = Omit<Incident, 'id' | 'createdAt' | 'updatedAt'>;
