import { describe, it, expect, afterEach } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import type { FileStore } from '../../../src/core/store/file-store';
import type { Vault } from '../../../src/core/services/vault';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson } from '../../support/sample-journal';
import { enableEncryption, FAST_KDF, makeFolder, ok, PASSPHRASE, removeFolder } from '../security/helpers';

/** The folder's files, where journal reads after the first `n` wait until released (the build stops there). */
function heldFiles(dir: string) {
  const inner = createNodeFileStore(dir, { warn: () => undefined });
  let held: { n: number; seen: Set<string>; release: Promise<void> } | null = null;
  const files: FileStore = {
    ...inner,
    read: async (path) => {
      if (held && path.startsWith('relationships/')) {
        held.seen.add(path);
        if (held.seen.size > held.n) await held.release;
      }
      return inner.read(path);
    },
  };
  const holdAfter = (n: number): (() => void) => {
    let release!: () => void;
    held = { n, seen: new Set(), release: new Promise((done) => (release = done)) };
    return release;
  };
  return { files, holdAfter };
}

/** The vault as core sees it, counting the journal reads that pass through it (decrypted, or refused once locked). */
function countingVault(vault: Vault): { vault: Vault; reads: () => number } {
  let reads = 0;
  const protect = (files: FileStore): FileStore => {
    const sealed = vault.protect(files);
    return { ...sealed, read: (path) => { if (path.startsWith('relationships/')) reads++; return sealed.read(path); } };
  };
  return { vault: new Proxy(vault, { get: (t, k) => (k === 'protect' ? protect : (Reflect.get(t, k) as unknown)) }), reads: () => reads };
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`never: ${what}`);
}

describe('locking while the search index is being built', () => {
  let dir = '';
  afterEach(() => removeFolder(dir));

  it('stops the build: nothing more is read through the closed store, and no progress is left showing', async () => {
    dir = await makeFolder('mend-search-lock-');
    const { files, holdAfter } = heldFiles(dir);
    const counted = countingVault(createNodeVault(dir, { kdf: FAST_KDF }));
    const core: Core = await openCore({ files, platform: testPlatform().platform, vault: counted.vault, ...fixedStamp() });
    for (const name of ['Ana Silva', 'Ben Okafor', 'Cleo Park', 'Dev Shah', 'Eli Moreau', 'Fay Lind']) await addSamplePerson(core, name);
    await enableEncryption(core, PASSPHRASE);
    // A fresh store after an unlock reads every journal from the files again.
    await ok(core, 'security:lock', {});
    await ok(core, 'security:unlock', { passphrase: PASSPHRASE });

    const release = holdAfter(2);
    await ok(core, 'search:status', {});
    await until(async () => (await ok(core, 'search:status', {})).indexed === 2, 'two people read, the third held');
    await ok(core, 'security:lock', {});
    const readsAtLock = counted.reads();
    release();
    // Long enough for a build that kept going to read every person left (four of them).
    await new Promise((r) => setTimeout(r, 150));
    expect(counted.reads() - readsAtLock, 'journal reads after the lock').toBe(0);
    expect((await ok(core, 'progress:current', { kind: 'search-index' })).work).toBeNull();

    await ok(core, 'security:unlock', { passphrase: PASSPHRASE });
    await until(async () => (await ok(core, 'search:status', {})).ready, 'a new build after the unlock finishes');
    const all = await ok(core, 'search:query', { query: 'deck' });
    expect(all.groups.map((g) => g.person).sort()).toEqual(['Ana Silva', 'Ben Okafor', 'Cleo Park', 'Dev Shah', 'Eli Moreau', 'Fay Lind']);
  });
});
