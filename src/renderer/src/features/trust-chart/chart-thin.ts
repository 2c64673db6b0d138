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
