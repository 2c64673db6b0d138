import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalStore } from '../../../src/core/store/journal-store';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { bundleFixture, fixture, spawnNode, watchLines } from './helpers/bundle';
import { makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * kill -9 while appending to a change log and while folding it into a snapshot: after every kill the
 * journal opens and holds every save the writer acknowledged (its notes counter, its newest entry, and
 * none of the entries it removed).
 */
const ROUNDS = 200;
const LANES = 2;

let work: string;
let writer: string;
beforeAll(async () => {
  work = await makeTempDir('mend-kill-log-');
  writer = await bundleFixture(fixture('log-writer.ts'), work);
});
afterAll(() => removeTempDir(work));

async function killOnce(dir: string): Promise<{ lastAck: number; midSave: boolean }> {
  const child = spawnNode([writer, dir]);
  const lines: string[] = [];
  const killAfter = 1 + Math.floor(Math.random() * 8);
  let acks = 0;
  const closed = watchLines(child, (line) => {
    lines.push(line);
    if (line.startsWith('ack ') && ++acks === killAfter) setTimeout(() => child.kill('SIGKILL'), Math.random() * 4);
  });
  const { signal, stderr } = await closed;
  expect(signal, `writer ended on its own: ${stderr}`).toBe('SIGKILL');
  const acked = lines.filter((l) => l.startsWith('ack '));
  return { lastAck: acked.length ? Number(acked.at(-1)!.slice(4)) : 0, midSave: (lines.at(-1) ?? '').startsWith('start ') };
}

async function lane(dir: string, rounds: number, tally: { rounds: number; midSave: number }): Promise<void> {
  let acked = 0;
  for (let i = 0; i < rounds; i++) {
    const round = await killOnce(dir);
    acked = Math.max(acked, round.lastAck);
    const store = await JournalStore.open(createNodeFileStore(dir, { warn: () => undefined }), () => new Date(), {
      device: { id: 'cdcdcdcdcdcdcdcd', name: 'checker' }, // reads without cutting the writer's torn tail
    });
    const journal = await store.journal('r1');
    expect(Number(journal.relationship.notes)).toBeGreaterThanOrEqual(acked);
    const ids = journal.monitoringNotes.map((m) => m.id);
    if (acked > 0) expect(ids).toContain(`m${acked}`);
    expect(ids.length).toBeLessThanOrEqual(20);
    tally.rounds++;
    if (round.midSave) tally.midSave++;
  }
}

describe('kill -9 during appends and compaction', () => {
  it(`keeps every acknowledged save through ${ROUNDS} SIGKILLs`, { timeout: 600_000 }, async () => {
    const tally = { rounds: 0, midSave: 0 };
    const started = performance.now();
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(path.join(work, `lane-${i}`), ROUNDS / LANES, tally)));
    console.log(`kill -9 log writer: ${tally.rounds} rounds, ${tally.midSave} killed mid-save, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(tally.rounds).toBeGreaterThanOrEqual(200);
  });
});
