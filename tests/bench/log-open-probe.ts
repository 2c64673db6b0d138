import { readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshCopy, makeFolder, openUnlocked, sealedCopy } from './log-open';
import { openOurs } from './ours';
import { summarise } from './measure';

/**
 * A quick look at the 100,000-line open alone (npx tsx tests/bench/log-open-probe.ts [runs] [plain|sealed]):
 * builds the folders once, then times `journals:get` on fresh cores, plain and encrypted.
 */
const runs = Number(process.argv[2] ?? 5);
const only = process.argv[3];

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; message?: string }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`probe call failed: ${r.message}`);
  return r.value as T;
}

/** PROFILE=<file> writes a CPU profile of the timed opens only (not the folder's making, nor unlocking). */
async function time(dir: string, open: (dir: string) => Promise<Awaited<ReturnType<typeof openOurs>>>, id: string, name: string): Promise<number[]> {
  const out: number[] = [];
  const cpu: number[] = [];
  const session = process.env.PROFILE ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
  }
  for (let i = 0; i < runs; i++) {
    // A fresh copy each run: the open folds the log once quiet, so the folder itself would not stay unfolded.
    const core = await open(await freshCopy(dir));
    await session?.post('Profiler.start');
    const start = performance.now();
    const used = process.cpuUsage();
    await ok(core.call('journals:get', { relationshipId: id }));
    out.push(performance.now() - start);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
    await core.settled?.();
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(`${process.env.PROFILE}.${name}.${i}.cpuprofile`, JSON.stringify(profile));
    }
  }
  // CPU time beside wall time: on a machine shared with other work, CPU time compares runs more fairly.
  console.log(`${name} cpu ms`, cpu.map((x) => x.toFixed(0)).join(' '));
  return out;
}

async function main(): Promise<void> {
  const work = join(process.env.PROBE_DIR ?? tmpdir(), 'mend-log-probe');
  const plainDir = join(work, 'plain');
  const sealedDir = join(work, 'sealed');
  const made = process.env.REBUILD ? null : await readFile(join(work, 'id'), 'utf8').catch(() => null);
  const id = made ?? (await build(work, plainDir, sealedDir));
  if (only !== 'sealed') {
    const t = await time(plainDir, openOurs, id, 'plain');
    console.log('plain ', t.map((x) => x.toFixed(0)).join(' '), JSON.stringify(summarise(t)));
  }
  if (only !== 'plain') {
    const t = await time(sealedDir, openUnlocked, id, 'sealed');
    console.log('sealed', t.map((x) => x.toFixed(0)).join(' '), JSON.stringify(summarise(t)));
  }
}

/** The folders, made once and kept (REBUILD=1 makes them again). */
async function build(work: string, plainDir: string, sealedDir: string): Promise<string> {
  const id = await makeFolder(plainDir);
  await sealedCopy(plainDir, sealedDir);
  await writeFile(join(work, 'id'), id);
  return id;
}

void main();
