import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTENTS_FILE } from '../../../src/core/services/intents';
import { devicePath } from '../../../src/core/store/device-state';
import { ANONYMOUS_DEVICE } from '../../../src/core/store/journal-store';
import { makeFolder, ok, openApp, removeFolder } from '../security/helpers';
import { bundleFixture, spawnNode } from '../storage/helpers/bundle';

/**
 * SIGKILL at random moments while deletes and restores run in a real child process. After every
 * kill, Mend opens again and every person it lists either opens, or offers a readable version to
 * restore and can be removed; nothing is left pending. Bounded: ROUNDS rounds or BUDGET_MS, printed;
 * MIN_ROUNDS always run, however slow the machine (a loaded one managed 6 rounds in the budget once).
 */
const ROUNDS = 30;
const MIN_ROUNDS = 10;
const BUDGET_MS = 40_000;
const CHILD = path.join(import.meta.dirname, 'fixtures', 'delete-restore-child.ts');

let dir: string;
let work: string;
/** The child bundled once: plain node starts it in tens of ms, where tsx's loader took ~300 ms a round. */
let child: string;
beforeAll(async () => {
  dir = await makeFolder('mend-kill-recovery-');
  work = await makeFolder('mend-kill-recovery-child-');
  child = await bundleFixture(CHILD, work);
});
afterAll(async () => {
  await removeFolder(dir);
  await removeFolder(work);
});

async function runChild(seed: number, killAfterMs: number): Promise<{ ops: number; killed: boolean }> {
  const running = spawnNode([child, dir, String(seed)]);
  let ops = 0;
  let stderr = '';
  running.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  running.stdout!.on('data', (c: Buffer) => {
    const text = c.toString();
    ops += text.split('op ').length - 1;
    if (text.includes('ready')) setTimeout(() => running.kill('SIGKILL'), killAfterMs);
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => running.on('close', (_code, sig) => resolve(sig)));
  if (signal !== 'SIGKILL') throw new Error(`the child stopped on its own: ${stderr.slice(0, 2000)}`);
  return { ops, killed: true };
}

async function pendingOnDisk(): Promise<number> {
  const text = await fs.readFile(path.join(dir, devicePath(ANONYMOUS_DEVICE.id, INTENTS_FILE)), 'utf8').catch(() => null);
  if (text === null) return 0;
  try {
    return (JSON.parse(text) as { data: { pending: unknown[] } }).data.pending.length;
  } catch {
    return 0;
  }
}

describe('kill -9 during deletes and restores', () => {
  it('every person listed after a kill opens, or offers a version and can be removed', { timeout: BUDGET_MS + 200_000 }, async () => {
    const started = Date.now();
    const tally = { rounds: 0, ops: 0, pendingFound: 0, people: 0, recovered: 0, removed: 0 };
    for (let round = 0; round < ROUNDS && (round < MIN_ROUNDS || Date.now() - started < BUDGET_MS); round++) {
      const { ops } = await runChild(round + 1, 150 + Math.floor(Math.random() * 600));
      tally.rounds++;
      tally.ops += ops;
      tally.pendingFound += await pendingOnDisk();
      const { core } = await openApp(dir);
      expect(await pendingOnDisk(), 'a kill left work pending after a start').toBe(0);
      const people = await ok(core, 'relationships:list', { includeArchived: true });
      tally.people += people.length;
      for (const p of people) {
        const opened = await core.call('journals:get', { relationshipId: p.id });
        if (opened.ok) continue;
        expect(opened).toMatchObject({ code: 'damaged' });
        const versions = await ok(core, 'journals:backups', { relationshipId: p.id });
        const good = versions.find((v) => v.entries !== null);
        if (good) {
          await ok(core, 'journals:restore', { relationshipId: p.id, backupId: good.id });
          tally.recovered++;
        } else {
          await ok(core, 'relationships:delete', { id: p.id });
          tally.removed++;
        }
      }
    }
    console.log(`kill recovery: ${tally.rounds} rounds, ${tally.ops} deletes/restores started, ${tally.pendingFound} left pending by a kill (all finished at start), ${tally.people} people checked, ${tally.recovered} restored, ${tally.removed} removed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(tally.rounds).toBeGreaterThanOrEqual(MIN_ROUNDS);
    expect(tally.ops).toBeGreaterThan(0);
  });
});
