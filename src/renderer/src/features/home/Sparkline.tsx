import { For } from 'solid-js';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { SparkPoint } from '../../../../core/logic/home';

const W = 120;
const H = 30;

/** A tiny line of the latest check averages; hot checks are hollow dots, off the line. */
export function Sparkline(props: { points: SparkPoint[] }) {
  const x = () => scaleLinear().domain([0, Math.max(1, props.points.length - 1)]).range([3, W - 3]);
  // Scaled to the person's own range (at least two points tall), so a real change is visible at this size.
  const y = () => {
    const means = props.points.map((p) => p.mean);
    const mid = (Math.min(...means) + Math.max(...means)) / 2;
    const half = Math.max(1, (Math.max(...means) - Math.min(...means)) / 2 + 0.25);
    return scaleLinear().domain([mid - half, mid + half]).range([H - 3, 3]);
  };
  const indexed = () => props.points.map((p, i) => ({ ...p, i }));
  const path = () =>
    line<{ i: number; mean: number }>()
      .x((p) => x()(p.i))
      .y((p) => y()(p.mean))(indexed().filter((p) => !p.hot)) ?? '';
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
