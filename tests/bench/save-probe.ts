/**
 * A quick look at the durable save at L without the whole bench: Mend, and the limit of one append +
 * fsync of the same line. Both make WARM_UP untimed saves first (as every column of the bench does).
 * Usage: npx tsx tests/bench/save-probe.ts [runs]. WARM=3000 makes that many untimed saves first (the
 * bench's settled row); with `node --trace-opt --import tsx` it shows V8 still compiling the save's code.
 */
import { readFileSync } from 'node:fs';
import { mkdir, open, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generate, SIZES } from './generate';
import { openOurs, BENCH_DEVICE } from './ours';
import { summarise } from './measure';
import { debriefSaver } from './debrief-saves';

const runs = Number(process.argv[2] ?? 200);
const WARM_UP = Number(process.env['WARM'] ?? 50);
const dir = join(tmpdir(), 'mend-save-probe');
await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
const { largestId } = await generate(SIZES.find((s) => s.name === 'L')!, dir);
const core = await openOurs(dir);
const save = await debriefSaver(core, largestId);
const times: number[] = [];
/**
 * The main thread's own CPU time per save (Linux: /proc/<pid>/task/<pid>/schedstat, nanoseconds on a CPU).
 * Unlike the wall clock it hardly moves when other processes share the machine, so it compares commits
 * on a busy computer; it leaves out the disk's wait and any other thread (the fsync, V8's compiler).
 */
const onCpu = (): number => {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
};
const cpu: number[] = [];
// PROF=file.cpuprofile profiles the timed saves alone (not the folder's generation).
const { Session } = await import('node:inspector/promises');
const session = process.env['PROF'] ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('HeapProfiler.enable');
  // PROF_US=100 samples every 100 µs (the default, 1 ms, sees a save's work only in coarse lumps).
  if (process.env['PROF_US']) await session.post('Profiler.setSamplingInterval', { interval: Number(process.env['PROF_US']) });
}
const log = join(dir, 'logs', `${largestId}.${BENCH_DEVICE.id}.log`);
const sizeOf = async () => (await stat(log).catch(() => ({ size: 0 }))).size;
let before = 0;
for (let i = 0; i < WARM_UP + runs; i++) {
  if (i === WARM_UP) { before = await sizeOf(); if (session) await session.post(process.env['HEAP'] ? 'HeapProfiler.startSampling' : 'Profiler.start', process.env['HEAP'] ? { samplingInterval: 4096, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true } : {}); }
  const cpuBefore = onCpu();
  const started = performance.now();
  await save(i);
  const ms = performance.now() - started;
  if (i >= WARM_UP) {
    times.push(ms);
    cpu.push(onCpu() - cpuBefore);
  }
}
if (session) {
  const { profile } = process.env['HEAP'] ? await session.post('HeapProfiler.stopSampling') : await session.post('Profiler.stop');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(process.env['PROF']!, JSON.stringify(profile));
}
const lineBytes = Math.round((await sizeOf() - before) / runs);
const append: number[] = [];
const scratch = join(dir, 'scratch.log');
const line = new Uint8Array(lineBytes).fill(0x61);
for (let i = 0; i < WARM_UP + runs; i++) {
  const started = performance.now();
  const h = await open(scratch, 'a');
  await h.write(line);
  await h.sync();
  await h.close();
  if (i >= WARM_UP) append.push(performance.now() - started);
}
const slow = times.map((ms, i) => [i, ms] as const).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.SLOW ?? 0));
if (slow.length) console.log("slowest saves (index, ms):", slow.map(([i, ms]) => `${i}:${ms.toFixed(1)}`).join(" "));
const fmt = (f: { median: number; p95: number }) => `${f.median.toFixed(2)} / ${f.p95.toFixed(2)} ms`;
console.log(`L, ${runs} saves of a debrief after ${WARM_UP} untimed (median / p95): Mend ${fmt(summarise(times))}; one append + fsync of ${lineBytes} bytes ${fmt(summarise(append))}`);
if (!cpu.some(Number.isNaN)) console.log(`main thread's CPU per save (median / p95): ${fmt(summarise(cpu))}`);
console.log(`logs: ${(await readdir(join(dir, 'logs'))).length} file(s); snapshot ${(await readFile(join(dir, 'relationships', `${largestId}.json`))).length} bytes`);
await mkdir(dir, { recursive: true });
