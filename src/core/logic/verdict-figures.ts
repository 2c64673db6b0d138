/**
 * Figures a reason may state. Each is rounded for reading, then kept on the side of every threshold the
 * verdict was decided on: a slope of −0.29 is "down 0.2", not "down 0.3", on a steady verdict, and a
 * recovery of 89.6% is "89%" unless it counted as restored. Thresholds lie on the display grid (0.1 for
 * points, 1 for percentages), which is what makes "shown ≥ threshold" mean the same as the rule.
 */
import { VERDICT_THRESHOLDS as T, atLeast, atMost, below } from './verdict-thresholds';

/** Inclusive display bounds. */
interface Band {
  min: number;
  max: number;
}

const OPEN: Band = { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };

/** Rounds to the grid, then clamps into the band the verdict allows. */
function shownIn(value: number, grid: number, band: Band): number {
  const rounded = Math.round(value / grid) * grid;
  return Math.min(band.max, Math.max(band.min, rounded));
}

/** One decimal, never "-0.0"; a non-finite value (which should not occur) reads as "unknown", not "NaN". */
export function fmt1(n: number): string {
  if (!Number.isFinite(n)) return 'unknown';
  const rounded = Math.round(n * 10) / 10;
  return (rounded === 0 ? 0 : rounded).toFixed(1);
}

/** A slope as shown, on the same side of `down` and `up` (points a month) as the rules that read them. */
export function shownSlope(slope: number, down: number = T.decliningSlope, up: number = T.recoveringSlope): number {
  const band = { ...OPEN };
  if (atMost(slope, down)) band.max = down;
  else band.min = down + 0.1;
  if (atLeast(slope, up)) band.min = Math.max(band.min, up);
  else band.max = Math.min(band.max, up - 0.1);
  return shownIn(slope, 0.1, band);
}

/** "up 0.6 a month", "down 0.3 a month", or "flat" when it shows as 0.0. */
export function slopeWords(slope: number, down?: number, up?: number): string {
  const shown = shownSlope(slope, down, up);
  const text = fmt1(Math.abs(shown));
  return text === '0.0' ? 'flat' : `${shown > 0 ? 'up' : 'down'} ${text} a month`;
}

/** The recovery ratio as a whole percentage that agrees with "restored" and "stalled". */
export function percentBack(ratio: number): number {
  const band = { ...OPEN };
  if (atLeast(ratio, T.restoredRatio)) band.min = T.restoredRatio * 100;
  else band.max = T.restoredRatio * 100 - 1;
  if (below(ratio, T.stalledRatio)) band.max = Math.min(band.max, T.stalledRatio * 100 - 1);
  else band.min = Math.max(band.min, T.stalledRatio * 100);
  return Math.round(shownIn(ratio * 100, 1, band));
}

/** How far the now-level sits above the low, agreeing with the recovering rule's lift. */
export function shownLift(nowLevel: number, low: number): number {
  const lifted = atLeast(nowLevel, low + T.recoveringLift);
  const band = lifted ? { ...OPEN, min: T.recoveringLift } : { ...OPEN, max: T.recoveringLift - 0.1 };
  return Math.max(0, shownIn(nowLevel - low, 0.1, band));
}

/** A plain level (no incident) that agrees with its word: high, mixed or low. */
export function shownLevel(level: number): number {
  if (atLeast(level, T.summaryHighLevel)) return shownIn(level, 0.1, { ...OPEN, min: T.summaryHighLevel });
  if (atMost(level, T.summaryLowLevel)) return shownIn(level, 0.1, { ...OPEN, max: T.summaryLowLevel });
  return shownIn(level, 0.1, { min: T.summaryLowLevel + 0.1, max: T.summaryHighLevel - 0.1 });
}
