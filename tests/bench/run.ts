/**
 * npm run bench — Mend's speed and memory on S, M and L data folders, beside two references: a naive
 * store (one lowdb JSONFile) and the disk's limit. Prints a table and writes bench-results/bench.json.
 * Deterministic data (seeded), no network. Run `npm run build` first for the renderer figures.
 * Durable saves are timed warm, and every column alike: each (Mend, naive store, limit, one append +
 * fsync, SQLite) first makes the same number of untimed saves (20 quick, 50 full), then times 50 (quick)
 * or 200 (full). Timing a few saves straight after opening made Mend's p95 a figure of cold code.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { generate, SIZES } from './generate';
import { benchOurs, benchSettledOpen, benchSettledSave } from './ours';
import { benchNaive, buildNaive } from './naive';
import { benchLimit } from './limit';
import { rendererSize, rendererTimings } from './renderer';
import { printReport, type SizeReport } from './report';
import { longListTimings } from './long-lists';
import { benchAppend, benchSqlite } from './peers';
import { benchLogOpen } from './log-open';
import { machineSpeedMs } from './canary';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.tmp/bench');
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 3 : 9;
/**
 * Durable saves: every column (Mend, the naive store, the limit, one append + fsync, SQLite) makes the
 * same number of untimed saves first, then times the same number. Timing only a few saves right after
 * opening measured mostly cold code (JIT, first opens) and made p95 a figure of the first saves.
 */
const SAVES = QUICK ? { runs: 50, warmUp: 20 } : { runs: 200, warmUp: 50 };
/**
 * The same saves once V8 has finished optimising the save's code, at L only, every column alike. The
 * first few thousand saves of a process run while V8 still compiles the save path on its background
 * threads (traced with --trace-opt: 11 TurboFan compiles, about 75 ms of compiling, during the 250 saves
 * after the first 600; 5 compiles, 15 ms, after 3,000). On two cores that compiling takes the core the
 * save's file calls and the main thread wait for, and it is most of the p95 of SAVES. This row shows
 * the save's own cost; the targets are still judged on SAVES.
 */
const SETTLED = QUICK ? { runs: 50, warmUp: 1000 } : { runs: 200, warmUp: 3000 };
/** The same for open to Home at L: RUNS opens after this many untimed ones (V8 settles over about 50). */
const SETTLED_OPENS = QUICK ? 15 : 50;

async function peakRss(dir: string): Promise<number> {
  const probe = join(WORK, 'rss-probe.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'rss-probe.ts')], outfile: probe, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, [probe, dir], { encoding: 'utf8' })).peakRssMb as number);
  return Math.max(...runs);
}

/** The settled rows: open to Home, then SETTLED's saves on a copy of the folder (see benchSettledSave) and the two references. */
async function settledRows(dir: string, largestId: string, scratch: string, line: Uint8Array): Promise<NonNullable<SizeReport['settled']>> {
  const copy = `${dir}-settled`;
  await rm(copy, { recursive: true, force: true });
  await cp(dir, copy, { recursive: true });
  try {
    const open = await benchSettledOpen(copy, RUNS, SETTLED_OPENS);
    const mend = await benchSettledSave(copy, largestId, SETTLED);
    return { open, mend, append: await benchAppend(scratch, line, SETTLED), sqlite: await benchSqlite(scratch, line, SETTLED) };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

async function benchSize(spec: (typeof SIZES)[number]): Promise<SizeReport> {
  const dir = join(WORK, spec.name);
  const { bytes, largestId } = await generate(spec, dir);
  const ids = (await readdir(join(dir, 'relationships'))).map((n) => n.replace(/\.json$/, ''));
  const naiveFile = join(WORK, `naive-${spec.name}.json`);
  await buildNaive(dir, ids, naiveFile);
  const scratch = join(WORK, `scratch-${spec.name}`);
  await mkdir(scratch, { recursive: true });
  const canaryMs = machineSpeedMs();
  process.stdout.write(`${spec.name}: ${(bytes / 1e6).toFixed(1)} MB in ${spec.relationships} journals (canary ${canaryMs.toFixed(1)} ms)… `);
  const ours = await benchOurs(dir, largestId, RUNS, SAVES);
  const naive = await benchNaive(naiveFile, largestId, RUNS, SAVES);
  const limit = await benchLimit(dir, scratch, largestId, RUNS, SAVES);
  // Side by side with Mend's save, in the same run: the same bytes appended + fsynced, and as one SQLite row.
  const line = new Uint8Array(Math.max(1, ours.saveBytes)).fill(0x61);
  const peers = { append: await benchAppend(scratch, line, SAVES), sqlite: await benchSqlite(scratch, line, SAVES) };
  const rss = await peakRss(dir);
  const settled = spec.name === 'L' ? await settledRows(dir, largestId, scratch, line) : null;
  process.stdout.write('done\n');
  return { size: spec.name, relationships: spec.relationships, megabytes: bytes / 1e6, ours, naive, limit, peers, peakRssMb: rss, canaryMs, ...(settled ? { settled } : {}) };
}

async function main(): Promise<void> {
  await mkdir(WORK, { recursive: true });
  const speedAtStart = machineSpeedMs();
  const sizes: SizeReport[] = [];
  for (const spec of SIZES) sizes.push(await benchSize(spec));
  const size = await rendererSize();
  const timings = await rendererTimings(join(WORK, 'L'), QUICK ? 2 : 5);
  const longLists = await longListTimings(join(WORK, 'long'), QUICK ? 3 : 7);
  const logOpen = await benchLogOpen(WORK, QUICK ? 3 : 5);
  const load = (await import('node:os')).loadavg().map((n) => n.toFixed(2)).join(', ');
  const report = { canary: { startMs: speedAtStart, endMs: null as number | null }, machine: `${process.platform} ${process.arch}, node ${process.version}, load average ${load} at the end`, at: new Date().toISOString(), sizes, renderer: { ...size, ...timings, longLists }, logOpen };
  printReport(report);
  await (await import('./search')).printSearchRows(join(WORK, 'L'), QUICK);
  (await import('./coach')).printCoachRows(QUICK);
  report.canary.endMs = machineSpeedMs();
  process.stdout.write(`\nMachine speed at the end (canary.ts): ${report.canary.endMs.toFixed(1)} ms, against ${speedAtStart.toFixed(1)} ms at the start\n`);
  await mkdir(join(ROOT, 'bench-results'), { recursive: true });
  await writeFile(join(ROOT, 'bench-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write('Wrote bench-results/bench.json\n');
}

void main();
