import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { KEYRING_FILE } from '../../../src/main/storage/keyring';
import { nodeFs, type FsSeam } from '../../../src/main/storage/fs-seam';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { FAST_KDF, PASSPHRASE, filesContaining, makeFolder, ok, openApp, removeFolder, sameTree, seed, tree } from './helpers';

/**
 * Turning encryption on with the disk filling up. Before, the folder could end encrypted while the
 * recovery key was never shown. Now the key is drafted and shown first, nothing is sealed until the
 * person hands it back as confirmation, and whatever happens after, they hold the key.
 */
let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-enable-');
});
afterEach(async () => {
  await removeFolder(dir);
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

describe('turning encryption on shows the recovery key before anything is sealed', () => {
  it('refuses to seal without a recovery key the person was shown, writing nothing', async () => {
    const app = await openApp(dir);
    await seed(app.core);
    const before = await tree(dir);
    const result = await app.core.call('security:enable', { passphrase: PASSPHRASE });
    expect(result).toMatchObject({ ok: false });
    const forged = await app.core.call('security:enable', { passphrase: PASSPHRASE, recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' });
    expect(forged).toMatchObject({ ok: false, code: 'conflict' });
    expect(sameTree(before, await tree(dir))).toBe(true);
  });

  it('drafting the key writes nothing; confirming it seals with that very key', async () => {
    const app = await openApp(dir);
    const { secrets } = await seed(app.core);
    const before = await tree(dir);
    const { recoveryKey } = await ok(app.core, 'security:draft-key', { passphrase: PASSPHRASE });
    expect(sameTree(before, await tree(dir))).toBe(true);
    expect(await ok(app.core, 'security:status', {})).toMatchObject({ encrypted: false });
    const done = await ok(app.core, 'security:enable', { passphrase: PASSPHRASE, recoveryKey });
    expect(done.recoveryKey).toBe(recoveryKey);
    expect(filesContaining(await tree(dir), secrets)).toEqual([]);
    const again = await openApp(dir);
    await ok(again.core, 'security:unlock', { passphrase: recoveryKey.toLowerCase() });
  });

  it('disk full before the keyring lands: still plain, nothing changed, no keyring', async () => {
    const { core } = await openApp(dir);
    await seed(core);
    const before = await tree(dir);
    const full = await openWith(fillsUpAfter(0));
    const { recoveryKey } = await ok(full, 'security:draft-key', { passphrase: PASSPHRASE });
    expect(await full.call('security:enable', { passphrase: PASSPHRASE, recoveryKey })).toMatchObject({ ok: false, code: 'storage' });
    expect(sameTree(before, await tree(dir))).toBe(true);
    expect(await ok(full, 'security:status', {})).toMatchObject({ encrypted: false });
  });

  it('disk full half way through sealing: the key the person was shown opens the folder after a restart', async () => {
    const { core } = await openApp(dir);
    const { ids } = await seed(core);
    const full = await openWith(fillsUpAfter(3)); // the keyring and a couple of files, then no space
    const { recoveryKey } = await ok(full, 'security:draft-key', { passphrase: PASSPHRASE });
    expect(await full.call('security:enable', { passphrase: PASSPHRASE, recoveryKey })).toMatchObject({ ok: false, code: 'storage' });
    expect((await fs.readdir(dir)).includes(KEYRING_FILE)).toBe(true);
    const restarted = await openApp(dir);
    expect(await ok(restarted.core, 'security:status', {})).toMatchObject({ encrypted: true, locked: true });
    await ok(restarted.core, 'security:unlock', { passphrase: recoveryKey });
    const journal = await ok(restarted.core, 'journals:get', { relationshipId: ids[0]! });
    expect(journal.relationship.name).toBe('Sam Rivera');
    expect((await fs.readFile(path.join(dir, KEYRING_FILE), 'utf8'))).toContain('"converting": null');
  });
});
