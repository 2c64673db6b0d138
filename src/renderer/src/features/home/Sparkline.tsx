import { For } from 'solid-js';
import type { SparkPoint } from '../../../../core/logic/home';

const W = 120;
const H = 30;

/**
 * `from` mapped onto `to` in a straight line. Home draws a sparkline per person and is the first screen:
 * two lines of arithmetic here keep d3 (about 15 KB gzip) out of what the start reads; the person
 * page's chart, which needs d3's time scale and ticks, loads with the later screens.
 */
function linear(from: [number, number], to: [number, number]): (v: number) => number {
  const k = (to[1] - to[0]) / (from[1] - from[0]);
  return (v) => to[0] + (v - from[0]) * k;
}

/** A tiny line of the latest check averages; hot checks are hollow dots, off the line. */
export function Sparkline(props: { points: SparkPoint[] }) {
  const x = () => linear([0, Math.max(1, props.points.length - 1)], [3, W - 3]);
  // Scaled to the person's own range (at least two points tall), so a real change is visible at this size.
  const y = () => {
    const means = props.points.map((p) => p.mean);
    const mid = (Math.min(...means) + Math.max(...means)) / 2;
    const half = Math.max(1, (Math.max(...means) - Math.min(...means)) / 2 + 0.25);
    return linear([mid - half, mid + half], [H - 3, 3]);
  };
  const indexed = () => props.points.map((p, i) => ({ ...p, i }));
  const path = () => {
    const [fx, fy] = [x(), y()];
    return indexed()
      .filter((p) => !p.hot)
      .map((p, n) => `${n === 0 ? 'M' : 'L'}${fx(p.i)},${fy(p.mean)}`)
      .join('');
  };
  const last = () => indexed().filter((p) => !p.hot).at(-1);
  return (
    <svg class="spark" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <path class="spark-line" d={path()} />
      <For each={indexed().filter((p) => p.hot)}>{(p) => <circle class="spark-hot" cx={x()(p.i)} cy={y()(p.mean)} r="2.5" />}</For>
      {last() && <circle class="spark-last" cx={x()(last()!.i)} cy={y()(last()!.mean)} r="2.75" />}
    </svg>
  );
}

/** The sparkline in words, for screen readers. */
export function sparkWords(points: SparkPoint[]): string {
  const cool = points.filter((p) => !p.hot);
  if (cool.length === 0) return 'No calm checks yet.';
  const first = cool[0]!.mean.toFixed(1);
  const last = cool[cool.length - 1]!.mean.toFixed(1);
  return cool.length === 1 ? `One calm check, at ${last} of 7.` : `Last ${cool.length} calm checks: from ${first} to ${last} of 7.`;
}
