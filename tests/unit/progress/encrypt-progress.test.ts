import { afterEach, describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../../src/core/model/progress';
import { openCore, type Core } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { nodeFs, type FsSeam } from '../../../src/main/storage/fs-seam';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { FAST_KDF, makeFolder, ok, openApp, PASSPHRASE, removeFolder } from '../security/helpers';

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

  it('an unlock that finishes an interrupted encryption says how far it is, while still locked', async () => {
    dir = await makeFolder('mend-progress-');
    const { core } = await openApp(dir);
    for (let n = 0; n < 40; n++) await ok(core, 'relationships:create', { name: `Person ${n}`, role: '', kind: 'peer', started: null, notes: `Note ${n}.` });
    const full = await openWith(fillsUpAfter(3)); // the keyring and a couple of files, then the disk is full
    const { recoveryKey } = await ok(full, 'security:draft-key', { passphrase: PASSPHRASE });
    expect(await full.call('security:enable', { passphrase: PASSPHRASE, recoveryKey })).toMatchObject({ ok: false, code: 'storage' });

    const restarted = (await openApp(dir)).core;
    expect(await ok(restarted, 'security:status', {})).toMatchObject({ encrypted: true, locked: true });
    let unlocked = false;
    const unlocking = ok(restarted, 'security:unlock', { passphrase: PASSPHRASE }).finally(() => (unlocked = true));
    const seen: WorkProgress[] = [];
    while (!unlocked) {
      const { work } = await ok(restarted, 'progress:current', {});
      if (work) seen.push(work);
      await new Promise((r) => setTimeout(r, 2));
    }
    await unlocking;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((w) => w.kind === 'finish-encryption' && !w.cancellable && w.what === 'Finishing what was started last time')).toBe(true);
    expect(seen.at(-1)!.total).toBeGreaterThanOrEqual(40);
    expect((await ok(restarted, 'progress:current', {})).work).toBeNull();
  }, 60_000);
});

/** The real file system, failing every write after the first `allowed` with ENOSPC. */
function fillsUpAfter(allowed: number): FsSeam {
  let opened = 0;
  return {
    ...nodeFs,
    async open(file, flags, mode) {
      if (++opened > allowed) throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
      return nodeFs.open(file, flags, mode);
    },
  };
}

async function openWith(seam: FsSeam): Promise<Core> {
  const vault = createNodeVault(dir, { kdf: FAST_KDF, fs: seam, userDataDir: dir });
  return openCore({ files: createNodeFileStore(dir, { warn: () => undefined }), platform: testPlatform().platform, vault, ...fixedStamp() });
}
