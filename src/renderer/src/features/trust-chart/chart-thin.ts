import type { ChartPoint } from './chart-data';

/**
 * The chart's plot is 520 units wide (TrustChart: 680 wide, less 56 + 104 of margins); a point per unit
 * is more than the eye can tell apart.
 */
export const PLOT_COLUMNS = 520;

/**
 * Years of checks drawn as the eye sees them: at most two points per column of the plot (the lowest
 * and the highest there, so every dip and peak stays), plus every hot check and the latest points,
 * which the reader looks for first. Short series come back whole. Points are in time order.
 */
export function thinPoints(points: readonly ChartPoint[], start: number, end: number, columns = PLOT_COLUMNS): ChartPoint[] {
  if (points.length <= columns * 2) return [...points];
  const span = end - start || 1;
  // The latest point, and the latest cool one (where the line ends and its label sits).
  const keep = new Set<number>([points.length - 1, points.findLastIndex((p) => !p.hot)]);
  const lowest = new Map<number, number>();
  const highest = new Map<number, number>();
  points.forEach((p, i) => {
    if (p.hot) keep.add(i);
    const column = Math.min(columns - 1, Math.max(0, Math.floor(((p.at - start) / span) * columns)));
    const lo = lowest.get(column);
    if (lo === undefined || p.value < points[lo]!.value) lowest.set(column, i);
    const hi = highest.get(column);
    if (hi === undefined || p.value > points[hi]!.value) highest.set(column, i);
  });
  for (const i of [...lowest.values(), ...highest.values()]) keep.add(i);
  return points.filter((_, i) => keep.has(i));
}

/** Dots are 7 units across: a fourth of the plot's columns is as many as can be told apart. */
export const DOT_COLUMNS = PLOT_COLUMNS / 4;

/**
 * The dots of a long series: the line keeps `thinPoints`' detail, the dots keep the lowest and highest
 * of each dot-wide column (and every hot check, and the latest), so years of checks draw hundreds of
 * dots, not thousands, and look the same.
 */
export function thinDots(points: readonly ChartPoint[], start: number, end: number): ChartPoint[] {
  return thinPoints(points, start, end, DOT_COLUMNS);
}

/**
 * Commitment outcomes as drawn under the axis: one mark per owner, outcome and dot-wide column (the
 * latest there), since marks in one column sit on top of each other. The table keeps every one.
 */
export function thinMarks<M extends { at: number; owner: string; status: string }>(marks: readonly M[], start: number, end: number): M[] {
  if (marks.length <= DOT_COLUMNS) return [...marks];
  const span = end - start || 1;
  const latest = new Map<string, M>();
  for (const m of marks) {
    const column = Math.min(DOT_COLUMNS - 1, Math.max(0, Math.floor(((m.at - start) / span) * DOT_COLUMNS)));
    const key = `${m.owner} ${m.status} ${column}`;
    const seen = latest.get(key);
    if (!seen || m.at >= seen.at) latest.set(key, m);
  }
  return [...latest.values()].sort((a, b) => a.at - b.at);
}
