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
  // Home computes a slope for every relationship at start-up, so this is a hot path (60 checks are
  // 1,770 pairs): plain numeric arrays in the loop, and a typed array that sorts natively.
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const groups = new Int32Array(n);
  const ids = new Map<string, number>();
  points.forEach((p, i) => {
    xs[i] = p.x;
    ys[i] = p.y;
    // Points without a group are never "the same day" as any other: each gets its own negative id.
    groups[i] = p.group === undefined ? -1 - i : (ids.get(p.group) ?? ids.set(p.group, ids.size).size - 1);
  });
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (groups[i] === groups[j]) continue;
      const dx = xs[j]! - xs[i]!;
      // Same instant under two different day labels (time zones) would divide by zero.
      if (dx === 0 || !Number.isFinite(dx)) continue;
      const slope = (ys[j]! - ys[i]!) / dx;
      if (Number.isFinite(slope)) slopes[count++] = slope;
    }
  }
  if (count === 0) return null;
  return medianOf(slopes, count);
}

/**
 * The median of the first `count` values, found by selection rather than a full sort: a long history
 * has millions of pairwise slopes (2,000 checks give 2 million), and sorting them took a quarter of a
 * second on every chart. Reorders `values`. The result is exactly the sorted median.
 */
function medianOf(values: Float64Array, count: number): number {
  const mid = count >> 1;
  selectNth(values, mid, 0, count - 1);
  const upper = values[mid]!;
  // `+ 0` so a median of signed zeros is 0, never -0.
  if (count % 2 === 1) return upper + 0;
  // After selection everything left of `mid` is ≤ values[mid]: the lower middle is their maximum.
  let lower = values[0]!;
  for (let i = 1; i < mid; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2 + 0;
}

/** Hoare's selection: moves the k-th smallest of values[lo..hi] to index k, smaller ones before it. */
function selectNth(values: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const pivot = medianOfThree(values[lo]!, values[(lo + hi) >> 1]!, values[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
