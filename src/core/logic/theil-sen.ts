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
  if (n <= SMALL) return smallSlope(points);
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
  const pairs = { xs, ys, groups };
  if (n > LARGE) {
    const bracketed = bracketedMedian(pairs);
    if (bracketed !== undefined) return bracketed;
  }
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let count = 0;
  forEachSlope(pairs, (slope) => (slopes[count++] = slope));
  if (count === 0) return null;
  return medianOf(slopes, count);
}

/**
 * Up to this many points (Home's usual person: a few dozen checks), the pairs are taken straight from
 * the points: setting up typed arrays and a map of groups cost more than the pairs themselves, for
 * every person on every Home.
 */
const SMALL = 64;

/** The same median over the same pairs as below, for few points. */
function smallSlope(points: readonly SlopePoint[]): number | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    for (let j = i + 1; j < points.length; j++) {
      const b = points[j]!;
      if (a.group !== undefined && a.group === b.group) continue;
      const dx = b.x - a.x;
      if (dx === 0 || !Number.isFinite(dx)) continue;
      const slope = (b.y - a.y) / dx;
      if (Number.isFinite(slope)) slopes.push(slope);
    }
  }
  if (slopes.length === 0) return null;
  return medianOf(Float64Array.from(slopes), slopes.length);
}

/** Above this many points the median is first bracketed from a sample (2,000 checks: 2 million slopes, 16 MB). */
const LARGE = 300;
/** About this many slopes are sampled to bracket the median. */
const SAMPLE = 20_000;

interface Pairs {
  xs: Float64Array;
  ys: Float64Array;
  groups: Int32Array;
}

/** Calls `take` with the slope of every pair in different groups and at different x (the pairs the median is over). */
function forEachSlope({ xs, ys, groups }: Pairs, take: (slope: number) => void): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const slope = slopeOf(xs, ys, groups, i, j);
      if (slope !== null) take(slope);
    }
  }
}

/** One pair's slope, or null for a pair that does not count (same group, same x: no division by zero). */
function slopeOf(xs: Float64Array, ys: Float64Array, groups: Int32Array, i: number, j: number): number | null {
  if (groups[i] === groups[j]) return null;
  const dx = xs[j]! - xs[i]!;
  if (dx === 0 || !Number.isFinite(dx)) return null;
  const slope = (ys[j]! - ys[i]!) / dx;
  return Number.isFinite(slope) ? slope : null;
}

/** About SAMPLE slopes of pairs picked by a fixed pseudo-random sequence (the same answer every time), sorted. */
function sampledSlopes({ xs, ys, groups }: Pairs): number[] {
  const n = xs.length;
  const sample: number[] = [];
  let seed = 0x2545f491;
  const pick = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) % n);
  for (let k = 0; k < SAMPLE; k++) {
    const a = pick();
    const b = pick();
    const slope = a === b ? null : slopeOf(xs, ys, groups, Math.min(a, b), Math.max(a, b));
    if (slope !== null) sample.push(slope);
  }
  return sample.sort((p, q) => p - q);
}

/**
 * Slopes below `lo`; equal to `lo`; strictly between `lo` and `mid` (kept); equal to `mid`; strictly
 * between `mid` and `hi` (kept); equal to `hi`. Ratings are small whole numbers, so a long history has
 * great runs of equal slopes, often right at the median: those are counted, never kept.
 */
interface Tally {
  total: number;
  below: number;
  runs: (number | number[])[];
}

function tally({ xs, ys, groups }: Pairs, lo: number, mid: number, hi: number): Tally {
  let total = 0;
  let below = 0;
  let atLo = 0;
  let atMid = 0;
  let atHi = 0;
  const under: number[] = [];
  const over: number[] = [];
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const gi = groups[i];
    const xi = xs[i]!;
    const yi = ys[i]!;
    for (let j = i + 1; j < n; j++) {
      if (groups[j] === gi) continue;
      const dx = xs[j]! - xi;
      if (dx === 0 || !Number.isFinite(dx)) continue;
      const slope = (ys[j]! - yi) / dx;
      if (!Number.isFinite(slope)) continue;
      total++;
      if (slope < lo) below++;
      else if (slope === lo) atLo++;
      else if (slope < mid) under.push(slope);
      else if (slope === mid) atMid++;
      else if (slope < hi) over.push(slope);
      else if (slope === hi) atHi++;
    }
  }
  // In rank order: a number is a run of equal slopes (lo, mid, hi), an array the slopes between two of them.
  return { total, below, runs: [atLo, under, atMid, over, atHi] };
}

/**
 * The exact median of many slopes without keeping them all: a sample of the slopes gives a range that
 * almost surely holds the median; one more pass counts the slopes below it and at its ends and keeps
 * only those strictly inside, and the median is selected among those. `undefined` when the range missed
 * (the caller then keeps every slope), so the answer is always the true median.
 */
function bracketedMedian(pairs: Pairs): number | null | undefined {
  const sample = sampledSlopes(pairs);
  if (sample.length < 1000) return undefined;
  // ±5 standard deviations of the sample median's rank: the range misses far less than once in a million.
  const margin = Math.ceil((5 * Math.sqrt(sample.length)) / 2);
  const half = sample.length >> 1;
  const ends = [sample[half - margin]!, sample[half]!, sample[half + margin]!] as const;
  const t = tally(pairs, ...ends);
  if (t.total === 0) return null;
  const kept = t.runs.map((run) => (typeof run === 'number' ? run : Float64Array.from(run)));
  /** The slope of rank r (0-based) among all, or undefined when it lies outside the range. */
  const ranked = (r: number): number | undefined => {
    let k = r - t.below;
    if (k < 0) return undefined;
    for (const [i, run] of kept.entries()) {
      const size = typeof run === 'number' ? run : run.length;
      if (k < size) return typeof run === 'number' ? ends[i >> 1]! : nth(run, k);
      k -= size;
    }
    return undefined;
  };
  // The median's rank(s) among all slopes, as medianOf takes them: upper middle, and the lower one when even.
  const upper = ranked(t.total >> 1);
  const lower = t.total % 2 === 1 ? upper : ranked((t.total >> 1) - 1);
  if (upper === undefined || lower === undefined) return undefined;
  return (lower + upper) / 2 + 0;
}

/** The k-th smallest of `values` (reorders them). */
function nth(values: Float64Array, k: number): number {
  selectNth(values, k, 0, values.length - 1);
  return values[k]!;
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
