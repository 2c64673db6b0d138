import { TRUST_ITEMS, type Ratings } from '../model/trust-items';

/** What the rule looks at: the numbers and the facts behind them (a trust check, an estimate of their trust). */
export interface RatedFields {
  ratings: Ratings;
  evidence: string;
}

/** True when at least one item carries a number (not "no new evidence"). */
export const hasAnyRating = (ratings: Ratings): boolean => TRUST_ITEMS.some((item) => typeof ratings[item] === 'number');

/**
 * The rule a check must meet beyond its field types: a number needs at least one observable fact.
 * Returns the field and a message to show beside it, or null when the check is sound.
 */
export function checkProblem(fields: RatedFields): { field: string; message: string } | null {
  if (hasAnyRating(fields.ratings) && fields.evidence.trim() === '') {
    return {
      field: 'evidence',
      message: 'A rating needs at least one thing you saw or heard. Add it under evidence, or choose “no new evidence”.',
    };
  }
  return null;
}
