import { afterEach, describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../../src/core/model/progress';
import { makeFolder, ok, openApp, PASSPHRASE, removeFolder } from '../security/helpers';

const PEOPLE = 60;
let dir = '';
afterEach(async () => removeFolder(dir));

/**
 * Sealing every file is long work on a large folder: it reports each file, and the window's other
 * calls (a read, the progress poll itself) are answered between files, not after the last one.
 */
describe('turning encryption on or off shows progress and keeps Mend answering', () => {
  it('reports files sealed of all, and a read answers quickly while it runs', async () => {
    dir = await makeFolder('mend-progress-');
    const { core } = await openApp(dir);
    for (let n = 0; n < PEOPLE; n++) await ok(core, 'relationships:create', { name: `Person ${n}`, role: '', kind: 'peer', started: null, notes: `Note ${n}.` });
    const { recoveryKey } = await ok(core, 'security:draft-key', { passphrase: PASSPHRASE });
    let finished = false;
    const enabling = ok(core, 'security:enable', { passphrase: PASSPHRASE, recoveryKey }).finally(() => (finished = true));
    const seen: WorkProgress[] = [];
    const readMs: number[] = [];
    while (!finished) {
      const { work } = await ok(core, 'progress:current', {});
      if (work) seen.push(work);
      const started = performance.now();
      expect((await ok(core, 'relationships:list', {})).length).toBe(PEOPLE);
      readMs.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 5));
    }
    await enabling;
    const during = seen.filter((w) => w.kind === 'encrypt');
    console.log(`encrypt: ${during.length} progress answers, ${readMs.length} reads, slowest read ${Math.max(...readMs).toFixed(1)} ms`);
    expect(during.length).toBeGreaterThan(2);
    expect(during[0]).toMatchObject({ what: 'Encrypting your journal', cancellable: false });
    expect(during.at(-1)!.total).toBeGreaterThanOrEqual(PEOPLE);
    const counts = during.map((w) => w.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBeGreaterThan(2);
    expect(Math.max(...readMs)).toBeLessThan(500);
    expect((await ok(core, 'progress:current', {})).work).toBeNull();

    let off = false;
    const disabling = ok(core, 'security:disable', { passphrase: PASSPHRASE }).finally(() => (off = true));
    const offSeen: WorkProgress[] = [];
    while (!off) {
      const { work } = await ok(core, 'progress:current', {});
      if (work) offSeen.push(work);
      await new Promise((r) => setTimeout(r, 5));
    }
    await disabling;
    expect(offSeen.some((w) => w.kind === 'decrypt' && w.done > 0 && w.total >= PEOPLE)).toBe(true);
  }, 60_000);
});
