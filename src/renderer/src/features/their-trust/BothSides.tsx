import { createMemo, For, Show } from 'solid-js';
import { checkMean, isHotCheck } from '../../../../core/logic/verdict-scores';
import type { Journal } from '../../../../core/model/journal';
import { topicFor } from './GapTopic';
import { formatDay } from '../../lib/dates';
import '../../styles/leader-side.css';

const W = 560;
const H = 180;
const PAD = 28;

interface Point { ms: number; mean: number }

/** The first and last day drawn, so a widening gap can be dated. */
const day = (ms: number): string => formatDay(new Date(ms).toISOString());

const series = (list: readonly { at: string; ratings: Parameters<typeof checkMean>[0]['ratings'] }[]): Point[] =>
  list
    .map((c) => ({ ms: Date.parse(c.at), mean: checkMean(c) }))
    .filter((p): p is Point => p.mean !== null && Number.isFinite(p.ms))
    .sort((a, b) => a.ms - b.ms);

/**
 * Both sides of the trust: my calm checks (solid) beside my estimates of their trust in me (dashed),
 * with repair attempts as marks along the bottom (filled when they landed, half when partly). Drawn only once there is
 * an estimate or a bid, so people without them see nothing new.
 */
export function BothSides(props: { journal: Journal }) {
  const mine = createMemo(() => series(props.journal.checks.filter((c) => !isHotCheck(c))));
  const theirs = createMemo(() => series(props.journal.theirTrust));
  const bids = createMemo(() => props.journal.repairBids.map((b) => ({ ms: Date.parse(b.at), received: b.received, by: b.by })));
  const span = createMemo(() => {
    const all = [...mine(), ...theirs()].map((p) => p.ms).concat(bids().map((b) => b.ms));
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    return { lo, hi: hi > lo ? hi : lo + 1 };
  });
  const x = (ms: number) => PAD + ((ms - span().lo) / (span().hi - span().lo)) * (W - 2 * PAD);
  const y = (mean: number) => H - PAD - ((mean - 1) / 6) * (H - 2 * PAD);
  const path = (pts: Point[]) => pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.ms).toFixed(1)},${y(p.mean).toFixed(1)}`).join(' ');
  const last = (pts: Point[]) => pts.at(-1)?.mean.toFixed(1) ?? '—';
  const label = () =>
    `My trust in them, latest ${last(mine())}; my estimate of their trust in me, latest ${last(theirs())}; ${bids().length} repair attempts marked.`;
  return (
    <Show when={theirs().length > 0 || bids().length > 0}>
      <section class="section both-sides" aria-labelledby="both-title">
        <h2 id="both-title">Both sides</h2>
        <p class="hint">Your trust in them beside your estimate of theirs in you, on a 1–7 scale. Both are your readings.</p>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label()}>
          <line class="axis" x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} />
          <text x={4} y={y(7) + 4}>7</text>
          <text x={4} y={y(1) + 4}>1</text>
          <path class="mine" d={path(mine())} fill="none" stroke-width="2" />
          <path class="theirs" d={path(theirs())} fill="none" stroke-width="2" />
          {/* A point for every reading: a single estimate is no line at all, and drew nothing. */}
          <For each={mine()}>{(p) => <circle class="mine-pt" cx={x(p.ms)} cy={y(p.mean)} r="3" />}</For>
          <For each={theirs()}>{(p) => <rect class="theirs-pt" x={x(p.ms) - 3} y={y(p.mean) - 3} width="6" height="6" />}</For>
          <For each={bids()}>
            {(b) => <circle class="bid" classList={{ partly: b.received === 'partly', 'not-received': b.received !== 'well' && b.received !== 'partly' }} cx={x(b.ms)} cy={H - PAD + 10} r="4" />}
          </For>
          <text class="day" x={PAD} y={H - 2}>{day(span().lo)}</text>
          <Show when={day(span().hi) !== day(span().lo)}>
            <text class="day" x={W - PAD} y={H - 2} text-anchor="end">{day(span().hi)}</text>
          </Show>
        </svg>
        <ul class="legend-row">
          <li>── ● My trust in them</li>
          <li>- - ■ Their trust in me (my estimate)</li>
          <li>Repair attempts: ● landed · ◐ partly · ○ not yet</li>
        </ul>
        <Show when={topicFor(props.journal)}>{(t) => <p class="topic"><strong>For your next conversation:</strong> {t()}</p>}</Show>
      </section>
    </Show>
  );
}
