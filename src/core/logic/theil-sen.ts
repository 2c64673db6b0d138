/**
 * Theil–Sen slope: the median of all pairwise slopes. Chosen for trust checks because one rating made on
 * a bad afternoon cannot swing it the way it swings a least-squares line.
 */

/** One observation. Points sharing a `group` (e.g. the same calendar day) are never paired. */
export interface SlopePoint {
  x: number;
  y: number;
  group?: string;
}

/** The median of finite values; null when there are none. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  const upper = sorted[mid] ?? 0;
  if (n % 2 === 1) return upper;
  const lower = sorted[mid - 1] ?? upper;
  return (lower + upper) / 2;
}

/**
 * Median of the slopes (Δy/Δx) over every pair of points in different groups and at different x.
 * Returns null when no such pair exists, so callers can say "no trend yet" rather than show 0.
 */
export function theilSenSlope(points: readonly SlopePoint[]): number | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const slope = pairSlope(points[i], points[j]);
      if (slope !== null) slopes.push(slope);
    }
  }
  return median(slopes);
}

function pairSlope(a: SlopePoint | undefined, b: SlopePoint | undefined): number | null {
  if (!a || !b) return null;
  if (a.group !== undefined && a.group === b.group) return null;
  const dx = b.x - a.x;
  // Same instant under two different day labels (time zones) would divide by zero.
  if (dx === 0 || !Number.isFinite(dx)) return null;
  const slope = (b.y - a.y) / dx;
  return Number.isFinite(slope) ? slope : null;
}
