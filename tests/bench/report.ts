import type { Figure } from './measure';
import type { OursFigures } from './ours';
import type { NaiveFigures } from './naive';
import type { LimitFigures } from './limit';

export interface SizeReport {
  size: 'S' | 'M' | 'L';
  relationships: number;
  megabytes: number;
  ours: OursFigures;
  naive: NaiveFigures;
  limit: LimitFigures;
  peakRssMb: number;
}

export interface Report {
  machine: string;
  at: string;
  sizes: SizeReport[];
  renderer: { rawKb: number; gzipKb: number; home: Figure; person: Figure };
}

const ms = (f: Figure | undefined) => (f ? `${f.median.toFixed(1)} / ${f.p95.toFixed(1)}` : '—');
const ratio = (a: number, b: number) => (a > 0 ? `${(b / a).toFixed(1)}×` : '—');
const pass = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** Targets at L, from the performance issue; a missed one is printed as MISSED, never hidden. */
function targets(l: SizeReport, r: Report['renderer']): string[][] {
  return [
    ['open to Home data ≤ 50 ms, ≥ 5× naive', `${l.ours.open.median.toFixed(1)} ms, ${ratio(l.ours.open.median, l.naive.open.median)}`, pass(l.ours.open.median <= 50 && l.naive.open.median / l.ours.open.median >= 5)],
    ['open the largest relationship ≤ 30 ms', `${l.ours.openLargest.median.toFixed(1)} ms`, pass(l.ours.openLargest.median <= 30)],
    ['durable save p95 ≤ 10 ms, ≥ 20× naive, ≤ 3× limit', `${l.ours.save.p95.toFixed(1)} ms, ${ratio(l.ours.save.p95, l.naive.save.p95)} naive, ${(l.ours.save.p95 / l.limit.save.p95).toFixed(1)}× limit`, pass(l.ours.save.p95 <= 10 && l.naive.save.p95 / l.ours.save.p95 >= 20 && l.ours.save.p95 / l.limit.save.p95 <= 3)],
    ['verdicts + summaries for all ≤ 20 ms', `${l.ours.home.median.toFixed(1)} ms`, pass(l.ours.home.median <= 20)],
    ['peak RSS, open to Home ≤ 150 MB', `${l.peakRssMb.toFixed(0)} MB`, pass(l.peakRssMb <= 150)],
    ['renderer JS ≤ 120 KB gzip', `${r.gzipKb.toFixed(1)} KB (${r.rawKb.toFixed(0)} KB raw)`, pass(r.gzipKb <= 120)],
    ['navigation to Home rendered ≤ 400 ms', `${r.home.median.toFixed(0)} ms`, pass(r.home.median <= 400)],
    ['click to relationship page ≤ 150 ms', `${r.person.median.toFixed(0)} ms`, pass(r.person.median <= 150)],
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

export function printReport(report: Report): void {
  const rows = [['size', 'operation (ms, median / p95)', 'Mend', 'naive store', 'limit', 'naive ÷ Mend', 'Mend ÷ limit']];
  for (const s of report.sizes) {
    const label = `${s.size} (${s.relationships}, ${s.megabytes.toFixed(0)} MB)`;
    rows.push([label, 'open to Home data', ms(s.ours.open), ms(s.naive.open), ms(s.limit.open), ratio(s.ours.open.median, s.naive.open.median), (s.ours.open.median / s.limit.open.median).toFixed(1)]);
    rows.push([label, 'open the largest relationship', ms(s.ours.openLargest), ms(s.naive.openLargest), ms(s.limit.openLargest), ratio(s.ours.openLargest.median, s.naive.openLargest.median), (s.ours.openLargest.median / s.limit.openLargest.median).toFixed(1)]);
    rows.push([label, 'durable save of a debrief', ms(s.ours.save), ms(s.naive.save), ms(s.limit.save), ratio(s.ours.save.p95, s.naive.save.p95), (s.ours.save.p95 / s.limit.save.p95).toFixed(1)]);
    rows.push([label, 'verdicts + summaries, all', ms(s.ours.home), ms(s.naive.home), '—', ratio(s.ours.home.median, s.naive.home.median), '—']);
    rows.push([label, 'peak RSS, open to Home (MB)', s.peakRssMb.toFixed(0), '—', '—', '—', '—']);
  }
  const l = report.sizes.find((s) => s.size === 'L')!;
  process.stdout.write(`\nMend benchmark — ${report.machine}\n\n${table(rows)}\n\n`);
  process.stdout.write(`Targets (at L)\n\n${table([['target', 'measured', ''], ...targets(l, report.renderer)])}\n\n`);
}
