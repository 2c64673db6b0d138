import { describe, it, expect } from 'vitest';
import { scaleTime } from 'd3-scale';
import { axisTicks } from '../../../src/renderer/src/features/trust-chart/chart-axis';

const DAY = 86_400_000;

/** The trust chart's dates read "Nov 29, Mon 30, December, Wed 02, … Sat 05" on Dec 3 (found by a walkthrough). */
describe('the dates under the trust chart', () => {
  it('share one style and stop at today, though the chart keeps room after it', () => {
    const today = new Date(2026, 11, 3, 15).getTime();
    const x = scaleTime().domain([new Date(today - 5 * DAY), new Date(today + 2 * DAY)]).range([0, 600]);
    const ticks = axisTicks(x, today);
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.every((t) => t.at.getTime() <= today)).toBe(true);
    const style = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
    expect(ticks.map((t) => t.label)).toEqual(ticks.map((t) => style.format(t.at)));
  });

  it('over more than a year, say month and year', () => {
    const today = new Date(2026, 11, 3).getTime();
    const x = scaleTime().domain([new Date(today - 900 * DAY), new Date(today + 2 * DAY)]).range([0, 600]);
    const style = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
    expect(axisTicks(x, today).map((t) => t.label)).toEqual(axisTicks(x, today).map((t) => style.format(t.at)));
  });
});
