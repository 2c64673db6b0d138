/**
 * Per-check scores. Shared by the verdict and by charts / home, so a sparkline and a verdict never
 * disagree about what a check "scored".
 */
import { HOT_ACTIVATION, TRUST_ITEMS } from '../model/trust-items';
import type { TrustItem } from '../model/trust-items';
import type { RatingsLike } from './verdict-types';

/**
 * A check is hot when made at activation ≥ 2 with no source named: the feeling is driving the number,
 * so it is shown on the chart but left out of the trend (product.md §3).
 */
export function isHotCheck(check: { activation: number; source: string }): boolean {
  const source = typeof check.source === 'string' ? check.source.trim() : '';
  return check.activation >= HOT_ACTIVATION && source === '';
}

/** Mean of the listed items that carry a finite number; null when none do ("no new evidence"). */
export function meanOfItems(ratings: RatingsLike | null | undefined, items: readonly TrustItem[]): number | null {
  if (!ratings) return null;
  let sum = 0;
  let count = 0;
  for (const item of items) {
    const value = ratings[item];
    if (typeof value === 'number' && Number.isFinite(value)) {
      sum += value;
      count += 1;
    }
  }
  return count === 0 ? null : sum / count;
}

/** A check's focus score: the mean of its focus items that have a number; null means skip the check. */
export function focusScore(check: { ratings: RatingsLike }, focusItems: readonly TrustItem[]): number | null {
  return meanOfItems(check.ratings, focusItems);
}

/** A check's overall score: the mean over every rated item; null when nothing was rated. */
export function checkMean(check: { ratings: RatingsLike }): number | null {
  return meanOfItems(check.ratings, TRUST_ITEMS);
}
