import { describe, expect, it } from 'vitest';
import { DOT_COLUMNS, PLOT_COLUMNS, thinDots, thinMarks, thinPoints } from '../../../src/renderer/src/features/trust-chart/chart-thin';
import type { ChartPoint } from '../../../src/renderer/src/features/trust-chart/chart-data';

const DAY = 86_400_000;
const START = Date.parse('2020-01-01T00:00:00.000Z');

/** `n` checks a few hours apart, values wandering 1–7, every 97th hot. */
function history(n: number): ChartPoint[] {
  return Array.from({ length: n }, (_, i) => ({ at: START + i * (DAY / 4), value: 1 + ((i * 7919) % 61) / 10, hot: i % 97 === 0 }));
}
const columnOf = (p: ChartPoint, end: number) => Math.min(PLOT_COLUMNS - 1, Math.floor(((p.at - START) / (end - START)) * PLOT_COLUMNS));

describe('thinPoints: a long history drawn at most two points per column, keeping what matters', () => {
  const points = history(5_000);
  const end = points.at(-1)!.at + DAY;
  const thin = thinPoints(points, START, end);
  console.log(`thinPoints: ${points.length} points → ${thin.length} drawn over ${PLOT_COLUMNS} columns`);

  it('draws at most two cool points per column (three in the latest one, which keeps the latest too)', () => {
    const perColumn = new Map<number, number>();
    for (const p of thin.filter((q) => !q.hot)) perColumn.set(columnOf(p, end), (perColumn.get(columnOf(p, end)) ?? 0) + 1);
    const latest = columnOf(points.at(-1)!, end);
    expect(Math.max(...[...perColumn].filter(([column]) => column !== latest).map(([, n]) => n))).toBeLessThanOrEqual(2);
    expect(perColumn.get(latest)).toBeLessThanOrEqual(3);
    expect(thin.length).toBeLessThan(points.length / 3);
  });

  it('keeps every hot check, the latest point, and the lowest and highest of each column', () => {
    for (const hot of points.filter((p) => p.hot)) expect(thin).toContain(hot);
    expect(thin.at(-1)).toBe(points.at(-1));
    const byColumn = new Map<number, ChartPoint[]>();
    for (const p of points) byColumn.set(columnOf(p, end), [...(byColumn.get(columnOf(p, end)) ?? []), p]);
    for (const group of byColumn.values()) {
      const values = group.map((p) => p.value);
      const kept = thin.filter((p) => group.includes(p)).map((p) => p.value);
      expect(kept).toContain(Math.min(...values));
      expect(kept).toContain(Math.max(...values));
    }
  });

  it('keeps the points in time order', () => {
    expect(thin.map((p) => p.at)).toEqual([...thin.map((p) => p.at)].sort((a, b) => a - b));
  });

  it('leaves a short history whole', () => {
    const short = history(300);
    expect(thinPoints(short, START, short.at(-1)!.at)).toEqual(short);
  });
});

describe('thinDots and thinMarks: what is drawn of years of checks and outcomes', () => {
  const points = history(5_000);
  const end = points.at(-1)!.at + DAY;

  it('draws a dot-wide column at most twice, keeping every hot check and the latest point', () => {
    const dots = thinDots(points, START, end);
    console.log(`thinDots: ${points.length} points → ${dots.length} dots`);
    expect(dots.filter((p) => !p.hot).length).toBeLessThanOrEqual(2 * DOT_COLUMNS + 2);
    for (const hot of points.filter((p) => p.hot)) expect(dots).toContain(hot);
    expect(dots.at(-1)).toBe(points.at(-1));
  });

  it('keeps one mark per owner, outcome and column (the latest), in time order; a short list whole', () => {
    const statuses = ['kept', 'late', 'missed'] as const;
    const marks = Array.from({ length: 1_500 }, (_, i) => ({ id: `m${i}`, at: START + i * DAY, owner: i % 2 ? 'them' : 'me', status: statuses[i % 3]! }));
    const last = marks.at(-1)!.at + DAY;
    const drawn = thinMarks(marks, START, last);
    console.log(`thinMarks: ${marks.length} marks → ${drawn.length} drawn`);
    expect(drawn.length).toBeLessThanOrEqual(2 * 3 * DOT_COLUMNS);
    expect(drawn.map((m) => m.at)).toEqual([...drawn.map((m) => m.at)].sort((a, b) => a - b));
    // Every owner and outcome that happened is still drawn, and the latest of each is there.
    for (const owner of ['me', 'them']) {
      for (const status of statuses) {
        const all = marks.filter((m) => m.owner === owner && m.status === status);
        expect(drawn).toContain(all.at(-1));
      }
    }
    const few = marks.slice(0, 40);
    expect(thinMarks(few, START, last)).toEqual(few);
  });
});
