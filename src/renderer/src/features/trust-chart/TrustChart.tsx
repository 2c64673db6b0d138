import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { scaleLinear, scaleTime, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { axisTicks } from './chart-axis';
import { line } from 'd3-shape';
import { TRUST_ITEM_LABELS } from '../../../../core/model/incident-labels';
import type { ChartModel, ChartPoint, ChartSeries } from './chart-data';
import { CommitmentRows } from './ChartMarks';
import { thinDots } from './chart-thin';

/** The drawing area, in SVG units; the SVG scales to the column's width. */
const W = 680;
const H = 330;
const M = { top: 22, right: 104, bottom: 84, left: 56 };
const PLOT_BOTTOM = H - M.bottom;

export interface Scales {
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
  /** SVG units per CSS pixel on screen (1 at the full 680 px, more in a narrow window). */
  unit: number;
  /** Where the plot ends on the right: room for the item names at the text's size on screen. */
  right: number;
}

/**
 * The chart's width on screen, followed as the window changes. The words keep their size on screen
 * (trust.css), so in a narrow window they take more of the drawing: the names at the lines' ends need
 * more room and more space between them, and fewer dates fit under it (seen at 480 px: the names on top
 * of one another and the dates run together, in the review of 5 December).
 */
function widthOnScreen(): { ref: (el: SVGSVGElement) => void; px: () => number } {
  const [px, setPx] = createSignal(W);
  let observer: ResizeObserver | null = null;
  onCleanup(() => observer?.disconnect());
  return {
    px,
    ref: (el) => {
      observer = new ResizeObserver(([entry]) => {
        const width = entry?.contentRect.width ?? 0;
        if (width > 0) setPx(width);
      });
      observer.observe(el);
    },
  };
}

/** Four domains and reliance over time, the focus items strong, the others faint. */
export function TrustChart(props: { model: ChartModel; label: string }) {
  const screen = widthOnScreen();
  const scales = createMemo<Scales>(() => {
    const unit = Math.max(1, W / screen.px());
    // "Competence", the longest name, is about 74 px at its size on screen.
    const right = Math.max(M.right, Math.round(74 * unit) + 10);
    return {
      x: scaleTime().domain([new Date(props.model.start), new Date(props.model.end)]).range([M.left, W - right]),
      y: scaleLinear().domain([1, 7]).range([PLOT_BOTTOM, M.top]),
      unit,
      right,
    };
  });
  // Faint lines first, so the focus lines are drawn on top of them.
  const ordered = createMemo(() => [...props.model.series].sort((a, b) => Number(a.focus) - Number(b.focus)));
  return (
    <svg ref={screen.ref} class="tc-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.label} preserveAspectRatio="xMidYMid meet">
      <Axes scales={scales()} today={props.model.today} />
      <Incidents model={props.model} scales={scales()} />
      <For each={ordered()}>{(s) => <SeriesLine series={s} scales={scales()} anyFocus={props.model.focusItems.length > 0} />}</For>
      <Show when={props.model.trend}>
        {(t) => (
          <line class="tc-trend" x1={scales().x(t().x1)} y1={scales().y(t().y1)} x2={scales().x(t().x2)} y2={scales().y(t().y2)} />
        )}
      </Show>
      <EndLabels model={props.model} scales={scales()} />
      <CommitmentRows model={props.model} x={scales().x} top={PLOT_BOTTOM + 36} left={M.left} />
    </svg>
  );
}

function Axes(props: { scales: Scales; today: number }) {
  // A date is about 50 px wide on screen: one every 90 px or so, never run together.
  const ticks = () => axisTicks(props.scales.x, props.today, Math.max(2, Math.min(6, Math.floor((W - M.left - props.scales.right) / props.scales.unit / 90))));
  return (
    <g class="tc-axes" aria-hidden="true">
      <For each={[1, 2, 3, 4, 5, 6, 7]}>
        {(v) => (
          <>
            <line class={v === 4 ? 'tc-grid mid' : 'tc-grid'} x1={M.left} x2={W - props.scales.right} y1={props.scales.y(v)} y2={props.scales.y(v)} />
            <text class="tc-tick" x={M.left - 8} y={props.scales.y(v)} text-anchor="end" dominant-baseline="middle">{v}</text>
          </>
        )}
      </For>
      <For each={ticks()}>
        {(t) => (
          <text class="tc-tick" x={props.scales.x(t.at)} y={PLOT_BOTTOM + 16} text-anchor="middle">{t.label}</text>
        )}
      </For>
    </g>
  );
}

function SeriesLine(props: { series: ChartSeries; scales: Scales; anyFocus: boolean }) {
  const strong = () => props.series.focus || !props.anyFocus;
  // The line joins calm checks only: a hot check is shown, hollow, but not drawn into the line.
  const path = () =>
    line<ChartPoint>()
      .x((p) => props.scales.x(p.at))
      .y((p) => props.scales.y(p.value))(props.series.points.filter((p) => !p.hot)) ?? '';
  const dots = () => thinDots(props.series.points, props.scales.x.domain()[0]!.getTime(), props.scales.x.domain()[1]!.getTime());
  return (
    <g class={`tc-series item-${props.series.item} ${strong() ? 'strong' : 'faint'}`} aria-hidden="true">
      <path class="tc-line" d={path()} />
      <For each={dots()}>
        {(p) => <circle class={p.hot ? 'tc-point hot' : 'tc-point'} cx={props.scales.x(p.at)} cy={props.scales.y(p.value)} r={strong() ? 3.5 : 2.5} />}
      </For>
    </g>
  );
}

/** Item names at the right end of each line, nudged apart so they never sit on top of each other. */
function EndLabels(props: { model: ChartModel; scales: Scales }) {
  const labels = createMemo(() => {
    const placed = props.model.series
      .flatMap((s) => {
        const last = s.points.filter((p) => !p.hot).at(-1);
        return last ? [{ s, y: props.scales.y(last.value) }] : [];
      })
      .sort((a, b) => a.y - b.y);
    const apart = 13 * props.scales.unit; // a line of the names' text, at its size on screen
    for (let i = 1; i < placed.length; i++) placed[i]!.y = Math.max(placed[i]!.y, placed[i - 1]!.y + apart);
    return placed;
  });
  return (
    <g aria-hidden="true">
      <For each={labels()}>
        {(l) => (
          <text class={`tc-end item-${l.s.item} ${l.s.focus || props.model.focusItems.length === 0 ? 'strong' : 'faint'}`} x={W - props.scales.right + 8} y={l.y} dominant-baseline="middle">
            {TRUST_ITEM_LABELS[l.s.item]}
          </text>
        )}
      </For>
    </g>
  );
}

function Incidents(props: { model: ChartModel; scales: Scales }) {
  return (
    <g class="tc-incidents" aria-hidden="true">
      <For each={props.model.incidents}>
        {(inc, i) => (
          <g class={inc.focus ? 'tc-incident focus' : 'tc-incident'}>
            <line x1={props.scales.x(inc.at)} x2={props.scales.x(inc.at)} y1={M.top - 6} y2={PLOT_BOTTOM} />
            <text x={props.scales.x(inc.at) + 4} y={M.top - 10 + (i() % 2) * 12}>
              {props.model.incidents.length === 1 ? 'Incident' : `Incident ${i() + 1}`}
            </text>
          </g>
        )}
      </For>
    </g>
  );
}
