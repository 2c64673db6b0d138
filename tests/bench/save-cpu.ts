/**
 * The save's own work at L, without the disk: the same debrief saves as save-probe.ts, through the app's
 * composition root, on a file system whose log appends go nowhere (every other call is the real one).
 * Each save's time is then its CPU alone, which compares two commits on a busy computer better than the
 * probe does. Reports saves 50–99 (where the bench times them: V8 still compiling) and 500–999 (warm).
 * Usage: npx tsx tests/bench/save-cpu.ts (run it two or three times: the first saves vary between runs)
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import { generate, SIZES, BENCH_NOW } from './generate';
import { BENCH_DEVICE } from './ours';
import { summarise } from './measure';
import { debriefSaver } from './debrief-saves';
import { composeCore } from '../../src/main/compose';
import { nodeFs, type FsSeam } from '../../src/main/storage/fs-seam';
import { testPlatform } from '../support/memory-file-store';

const dir = join(tmpdir(), 'mend-save-cpu');
await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
const { largestId } = await generate(SIZES.find((s) => s.name === 'L')!, dir);
/** Appends to change logs are dropped (write, sync and close do nothing); snapshots and the rest are real. */
const nullLogs: FsSeam = {
  ...nodeFs,
  open: (path, flags, mode) =>
    path.endsWith('.log') && flags === 'a'
      ? Promise.resolve({ write: async (_d, _o, length) => ({ bytesWritten: length }), sync: async () => undefined, close: async () => undefined })
      : nodeFs.open(path, flags, mode),
};
const core = await composeCore({
  dataFolder: dir, platform: { ...testPlatform().platform, dataFolder: dir }, newId: randomUUID, now: () => new Date(BENCH_NOW), device: BENCH_DEVICE, fs: nullLogs,
});
const save = await debriefSaver(core, largestId);
const times: number[] = [];
for (let i = 0; i < 1000; i++) {
  const started = performance.now();
  await save(i);
  times.push(performance.now() - started);
}
const fmt = (f: { median: number; p95: number }) => `${f.median.toFixed(3)} / ${f.p95.toFixed(3)} ms`;
console.log(`L, a debrief's save without the disk (median / p95): saves 50-99 ${fmt(summarise(times.slice(50, 100)))}; saves 500-999 ${fmt(summarise(times.slice(500)))}`);
await core.settled?.();
