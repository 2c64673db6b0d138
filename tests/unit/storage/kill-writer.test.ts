import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFixture, fixture, spawnNode, watchLines } from './helpers/bundle';
import { isTempName, listTree, makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * A writer process is SIGKILLed at random moments while saving; after each kill the journal must parse
 * and hold at least the last save the writer acknowledged. The writer is bundled to plain .mjs once,
 * since spawning node with tsx's loader costs ~300 ms a round; rounds run in two lanes on two cores.
 */
const ROUNDS = 240;
const LANES = 2;

let work: string;
let writer: string;
beforeAll(async () => {
  work = await makeTempDir('mend-kill-');
  writer = await bundleFixture(fixture('writer.ts'), work);
});
afterAll(async () => {
  await removeTempDir(work);
});

interface Round {
  lastAck: number;
  midWrite: boolean;
}

/**
 * A random plan: usually after 1-6 acks plus jitter, sometimes after a delay that may hit start-up.
 * An ack plan's timer is only a safety net: on a slow machine node alone can take longer than 170 ms to
 * start, and a short timer there killed every child before its first save (CI saw a lane that never
 * wrote at all, so its folder did not exist).
 */
const randomPlan = () =>
  Math.random() < 0.7
    ? { acks: 1 + Math.floor(Math.random() * 6), delayMs: 20_000 }
    : { acks: Infinity, delayMs: 20 + Math.random() * 150 };

/** One writer life: spawn, then SIGKILL after `plan.acks` acks (plus jitter) or `plan.delayMs`. */
async function killOnce(args: string[], plan = randomPlan()): Promise<Round> {
  const child = spawnNode(args);
  const lines: string[] = [];
  const acksBeforeKill = plan.acks;
  const kill = () => child.kill('SIGKILL');
  const timer = setTimeout(kill, plan.delayMs);
  let acks = 0;
  const closed = watchLines(child, (line) => {
    lines.push(line);
    if (line.startsWith('ack ') && ++acks === acksBeforeKill) setTimeout(kill, Math.random() * 3);
  });
  const { signal, stderr } = await closed;
  clearTimeout(timer);
  expect(signal, `writer ended on its own: ${stderr}`).toBe('SIGKILL');
  const last = lines.at(-1) ?? '';
  const ackLines = lines.filter((l) => l.startsWith('ack '));
  return { lastAck: ackLines.length ? Number(ackLines.at(-1)!.slice(4)) : 0, midWrite: last.startsWith('start ') };
}

/** What the journal holds now; 0 when no save has landed yet. */
async function counterOnDisk(dir: string): Promise<number> {
  const raw = await fs.readFile(path.join(dir, 'journal.json'), 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  return raw === null ? 0 : (JSON.parse(raw) as { counter: number }).counter; // throws if torn
}

async function lane(dir: string, rounds: number, tally: { rounds: number; midWrite: number }): Promise<void> {
  let acked = 0;
  let acks = 0;
  for (let i = 0; i < rounds; i++) {
    const round = await killOnce([writer, dir]);
    acked = Math.max(acked, round.lastAck);
    if (round.lastAck > 0) acks++;
    expect(await counterOnDisk(dir)).toBeGreaterThanOrEqual(acked);
    tally.rounds++;
    if (round.midWrite) tally.midWrite++;
  }
  // Every lane must really have saved, or it proved nothing about kills mid-save.
  expect(acks, `lane ${dir} saw no acknowledged save`).toBeGreaterThan(0);
}

describe('kill the writer', () => {
  // About 30 s on a quiet 2-core machine; the timeout is a safety net for a heavily loaded one (each
  // round starts a node process, and an ack plan waits for its saves).
  it(`keeps every acknowledged save through ${ROUNDS} SIGKILLs`, { timeout: 240_000 }, async () => {
    const tally = { rounds: 0, midWrite: 0 };
    const dirs = Array.from({ length: LANES }, (_, i) => path.join(work, `lane-${i}`));
    const started = performance.now();
    await Promise.all(dirs.map((dir) => lane(dir, ROUNDS / LANES, tally)));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`kill test: ${tally.rounds} rounds, ${tally.midWrite} kills mid-write, ${seconds} s`);
    expect(tally.rounds).toBeGreaterThanOrEqual(200);
    expect(tally.midWrite).toBeGreaterThan(0);
    for (const dir of dirs) {
      // Each writer sweeps dead writers' temp files before making its own, so at most one is ever left.
      expect((await listTree(dir)).filter(isTempName).length).toBeLessThanOrEqual(1);
    }
  });

  it('runs the same writer from TypeScript with node --import tsx', { timeout: 30_000 }, async () => {
    const dir = path.join(work, 'tsx');
    const round = await killOnce(['--import', 'tsx', fixture('writer.ts'), dir], { acks: 3, delayMs: 20_000 });
    expect(round.lastAck).toBeGreaterThanOrEqual(3);
    expect(await counterOnDisk(dir)).toBeGreaterThanOrEqual(round.lastAck);
  });
});
