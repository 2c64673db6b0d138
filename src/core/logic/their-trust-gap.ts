/**
 * Their trust in me beside mine in them (product.md §5b). The gap is read only where both were
 * estimated: each estimate of theirs is paired with my latest calm check at or before it. A gap that
 * has grown becomes a topic for the next conversation, never a score about them.
 */
import type { Ratings } from '../model/trust-items';
import { checkMean, isHotCheck } from './verdict-scores';

export interface GapPoint {
  at: string;
  mine: number;
  theirs: number;
  /** mine − theirs: positive when I trust them more than I think they trust me. */
  gap: number;
}

/** A gap at least this wide, and this much wider than the first one, is worth raising. */
export const GAP_RULES = { wide: 1, widening: 0.5 } as const;

interface Check {
  at: string;
  ratings: Ratings;
  activation: number;
  source: string;
}
interface Estimate {
  at: string;
  ratings: Ratings;
}

export function gapSeries(checks: readonly Check[], estimates: readonly Estimate[]): GapPoint[] {
  const mine = checks
    .filter((c) => !isHotCheck(c))
    .map((c) => ({ ms: Date.parse(c.at), mean: checkMean(c) }))
    .filter((c): c is { ms: number; mean: number } => c.mean !== null && Number.isFinite(c.ms))
    .sort((a, b) => a.ms - b.ms);
  const points: GapPoint[] = [];
  for (const e of [...estimates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    const theirs = checkMean(e);
    const ms = Date.parse(e.at);
    const before = mine.filter((c) => c.ms <= ms).at(-1);
    if (theirs === null || !before) continue;
    points.push({ at: e.at, mine: before.mean, theirs, gap: before.mean - theirs });
  }
  return points;
}

/** The topic to raise when the gap is wide and has grown since it was first seen; null otherwise. */
export function gapTopic(points: readonly GapPoint[]): string | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return null;
  const now = Math.abs(last.gap);
  if (now < GAP_RULES.wide || now - Math.abs(first.gap) < GAP_RULES.widening) return null;
  const fmt = (n: number) => n.toFixed(1);
  const direction =
    last.gap > 0
      ? 'You may trust them more than you think they trust you.'
      : 'You think they may trust you more than you trust them right now.';
  return `${direction} The gap has grown from ${fmt(Math.abs(first.gap))} to ${fmt(now)} points. Next time you talk, you could ask what would help from your side.`;
}
