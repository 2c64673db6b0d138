import { execFile } from 'node:child_process';
import { appendFile, cp, open, readdir, readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { decodeLog, encodeLine, type ChangeLine } from '../../src/core/store/change-line';
import { HybridClock } from '../../src/core/store/hlc';
import type { Core } from '../../src/core/open-core';
import { summarise, type Figure } from './measure';
import { BENCH_NOW } from './generate';
import { BENCH_DEVICE, openOurs } from './ours';

const run = promisify(execFile);

/**
 * Opening a journal whose change log holds 100,000 lines not yet folded into its snapshot (compaction
 * normally keeps this rare): plain, and sealed line by line in an encrypted folder. The lines are real
 * edits (each replaces the value before it, as the app writes them), appended straight to the log.
 */
export const LOG_LINES = 100_000;
const PASSPHRASE = 'bench passphrase, long enough';

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; message?: string }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`bench call failed: ${r.message}`);
  return r.value as T;
}

export async function makeFolder(dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  const core = await openOurs(dir);
  const { id } = await ok<{ id: string }>(core.call('relationships:create', { name: 'Long log', role: '', kind: 'peer', started: null, notes: 'first' }));
  for (let i = 0; i < 4; i++) {
    await ok(core.call('monitoring-notes:create', { relationshipId: id, at: new Date(BENCH_NOW).toISOString(), kind: 'other', note: `Note ${i}` }));
  }
  await core.settled?.();
  const log = join(dir, 'logs', `${id}.${BENCH_DEVICE.id}.log`);
  await appendFile(log, linesAfter(await readFile(log, 'utf8'), id));
  return id;
}

/** Edits of the notes' text, each naming the clock of the value it replaces. */
function linesAfter(existing: string, id: string): string {
  const last = new Map<string, string>();
  for (const line of decodeLog(existing).lines) if (line.k.startsWith('monitoringNotes/')) last.set(line.k, line.t);
  const keys = [...last.keys()];
  let tick = BENCH_NOW;
  const clock = new HybridClock(BENCH_DEVICE.id, () => ++tick);
  const out: string[] = [];
  for (let i = 0; i < LOG_LINES; i++) {
    const k = keys[i % keys.length]!;
    const t = clock.send();
    const line: ChangeLine = { t, d: BENCH_DEVICE.id, k, s: { note: [`Edit ${i} of a note in ${id}, a sentence or so long.`, last.get(k)!] } };
    last.set(k, t);
    out.push(encodeLine(line));
  }
  return out.join('');
}

/** A copy of `dir` made durable first, so writing its pages back to disk does not overlap the timed open. */
export async function freshCopy(dir: string): Promise<string> {
  const copy = `${dir}-run`;
  await rm(copy, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  await cp(dir, copy, { recursive: true });
  for (const entry of await readdir(copy, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = await open(join(entry.parentPath, entry.name), 'r+');
    await file.datasync().finally(() => file.close());
  }
  return copy;
}

const openJournal = (id: string) => (core: Core) => ok(core.call('journals:get', { relationshipId: id }));

/** One timed open: wall time, and the CPU time the whole process (every thread) spent in it. */
export interface OpenTiming {
  ms: number;
  cpuMs: number;
}

/**
 * One timed open on a fresh copy of `dir`: an open of a log this far past due folds it once things are
 * quiet (quiet-compaction.ts), so after one run the folder itself would hold no unfolded line. The copy
 * is made before the clock starts; the core's fold is let finish after it stops, before the next run.
 */
export async function openCopy(dir: string, open: (dir: string) => Promise<Core>, work: (core: Core) => Promise<unknown>): Promise<OpenTiming> {
  const core = await open(await freshCopy(dir));
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work(core);
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  await core.settled?.();
  return { ms, cpuMs: (user + system) / 1000 };
}

export type LogOpenKind = 'plain' | 'sealed';

/** `runs` timed opens of the journal `id` in (a fresh copy of) `dir`, one after another in this process. */
export async function timeLogOpens(dir: string, id: string, kind: LogOpenKind, runs: number): Promise<OpenTiming[]> {
  (globalThis as { gc?: () => void }).gc?.(); // as measure() does before every column
  const out: OpenTiming[] = [];
  for (let i = 0; i < runs; i++) out.push(await openCopy(dir, kind === 'plain' ? openOurs : openUnlocked, openJournal(id)));
  return out;
}

export interface LogOpenFigures {
  plain: Figure;
  encrypted: Figure;
  /** CPU time of the same opens (all threads): on a shared machine it tells the open's own work from waiting for a core. */
  plainCpu: Figure;
  encryptedCpu: Figure;
  lines: number;
  /** Where the opens ran: a fresh process per figure (as the app opens a journal), or the bench's own. */
  process: 'fresh' | 'bench';
}

/**
 * The long-log figures. Each (plain, then encrypted) is measured in a node process of its own
 * (log-open-child.ts), which holds what the app's main process would when it opens that journal: one
 * core on one folder. In the bench's own process the opens came after every other figure (S, M and L,
 * the renderer, the long lists), with whatever that left behind (garbage, cores never closed, their
 * timers); LOG_OPEN_IN_PROCESS=1 measures them there still, to compare.
 */
export async function benchLogOpen(work: string, runs: number): Promise<LogOpenFigures> {
  const plainDir = join(work, 'log-100k');
  const id = await makeFolder(plainDir);
  const sealedDir = join(work, 'log-100k-sealed');
  await sealedCopy(plainDir, sealedDir);
  const inProcess = process.env.LOG_OPEN_IN_PROCESS === '1';
  const time = inProcess ? timeLogOpens : timeInChild;
  const plain = await time(plainDir, id, 'plain', runs);
  const encrypted = await time(sealedDir, id, 'sealed', Math.min(runs, 3));
  const figure = (xs: OpenTiming[], key: keyof OpenTiming) => summarise(xs.map((x) => x[key]));
  return {
    plain: figure(plain, 'ms'), encrypted: figure(encrypted, 'ms'), plainCpu: figure(plain, 'cpuMs'), encryptedCpu: figure(encrypted, 'cpuMs'),
    lines: LOG_LINES, process: inProcess ? 'bench' : 'fresh',
  };
}

/** timeLogOpens in a fresh node process (the bench's own flags: --expose-gc, tsx). */
async function timeInChild(dir: string, id: string, kind: LogOpenKind, runs: number): Promise<OpenTiming[]> {
  const child = join(import.meta.dirname, 'log-open-child.ts');
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', child, dir, id, kind, String(runs)], { cwd: join(import.meta.dirname, '../..'), maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as OpenTiming[];
}

/** `plainDir` copied to `sealedDir` (made again), with encryption turned on there. */
export async function sealedCopy(plainDir: string, sealedDir: string): Promise<void> {
  await rm(sealedDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  await cp(plainDir, sealedDir, { recursive: true });
  const core = await openOurs(sealedDir);
  const { recoveryKey } = await ok<{ recoveryKey: string }>(core.call('security:draft-key', { passphrase: PASSPHRASE }));
  await ok(core.call('security:enable', { passphrase: PASSPHRASE, recoveryKey }));
  await core.settled?.();
}

/** A core on a folder sealed by `sealedCopy`, unlocked. */
export async function openUnlocked(dir: string): Promise<Core> {
  const core = await openOurs(dir);
  await ok(core.call('security:unlock', { passphrase: PASSPHRASE }));
  return core;
}
