import { describe, it, expect, afterEach } from 'vitest';
import { enableEncryption, makeFolder, removeFolder, ok, tree, PASSPHRASE, FAST_KDF } from '../security/helpers';
import { addSamplePerson } from '../../support/sample-journal';
import { openCore, type Core } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { workerSearchEngines } from '../../../src/main/search-worker-host';
import type { SearchEngine, SearchEngineHost } from '../../../src/core/services/search-engine';

async function ready(core: Core): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await ok(core, 'search:status', {})).ready) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the index never finished');
}

/** Main's worker engines, with every engine made kept, to ask it after the lock. */
function watched(): { host: SearchEngineHost; made: SearchEngine[] } {
  const real = workerSearchEngines();
  const made: SearchEngine[] = [];
  return { made, host: { create: () => { const e = real.create(); made.push(e); return e; }, closeAll: () => real.closeAll() } };
}

describe('search in a worker thread, in an encrypted folder', () => {
  let dir = '';
  afterEach(() => removeFolder(dir));

  it('the worker is ended at the lock (its index refuses), no file holds the words, and unlocking builds afresh', async () => {
    dir = await makeFolder('mend-search-worker-');
    const { host, made } = watched();
    const core = await openCore({ files: createNodeFileStore(dir, { warn: () => undefined }), platform: testPlatform().platform, vault: createNodeVault(dir, { kdf: FAST_KDF }), searchEngines: host, ...fixedStamp() });
    await addSamplePerson(core);
    await enableEncryption(core, PASSPHRASE);
    await ready(core);
    expect((await ok(core, 'search:query', { query: 'renewal' })).groups).toHaveLength(1);
    for (const [name, bytes] of await tree(dir)) expect(bytes.includes('renewal'), name).toBe(false);

    await ok(core, 'security:lock', {});
    expect(made.length).toBeGreaterThan(0);
    for (const engine of made) await expect(engine.search('renewal', 10)).rejects.toThrow();
    expect(await core.call('search:query', { query: 'renewal' })).toMatchObject({ ok: false, code: 'locked' });

    await ok(core, 'security:unlock', { passphrase: PASSPHRASE });
    await ready(core);
    expect((await ok(core, 'search:query', { query: 'renewal' })).groups).toHaveLength(1);
    for (const [name, bytes] of await tree(dir)) expect(bytes.includes('renewal'), name).toBe(false);
  });
});
