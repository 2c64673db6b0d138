import type { ScaleTime } from 'd3-scale';

const DAY = 86_400_000;
const dayMonth = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

/**
 * The dates under the chart: one style for all of them ("Nov 29", "Dec 2"; "Nov 2026" over more than a
 * year), and none past today. d3's own labels mixed styles ("Mon 30", "December", "Wed 02") and, since
 * the chart keeps a little room after today, named days still to come.
 */
export function axisTicks(x: ScaleTime<number, number>, today: number, count = 6): { at: Date; label: string }[] {
  const [from, to] = x.domain().map((d) => d.getTime()) as [number, number];
  const format = to - from > 400 * DAY ? monthYear : dayMonth;
  return x
    .ticks(count)
    .filter((d) => d.getTime() <= today)
    .map((at) => ({ at, label: format.format(at) }));
}
