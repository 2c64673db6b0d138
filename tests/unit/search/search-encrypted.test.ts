import { describe, it, expect, afterEach } from 'vitest';
import { enableEncryption, makeFolder, removeFolder, openApp, ok, tree, PASSPHRASE } from '../security/helpers';
import { addSamplePerson } from '../../support/sample-journal';
import type { Core } from '../../../src/core/open-core';

async function ready(core: Core): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await ok(core, 'search:status', {})).ready) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the index never finished');
}

describe('search in an encrypted folder', () => {
  let dir = '';
  afterEach(() => removeFolder(dir));

  it('finds sealed entries, forgets them on lock, and no file on disk holds the words in plain text', async () => {
    dir = await makeFolder('mend-search-');
    const { core } = await openApp(dir);
    await addSamplePerson(core);
    await enableEncryption(core, PASSPHRASE);
    await ready(core);
    expect((await ok(core, 'search:query', { query: 'renewal' })).groups).toHaveLength(1);
    for (const [name, bytes] of await tree(dir)) expect(bytes.includes('renewal'), name).toBe(false);

    await ok(core, 'security:lock', {});
    const locked = await core.call('search:query', { query: 'renewal' });
    expect(locked).toMatchObject({ ok: false, code: 'locked' });

    await ok(core, 'security:unlock', { passphrase: PASSPHRASE });
    await ready(core);
    expect((await ok(core, 'search:query', { query: 'renewal' })).groups).toHaveLength(1);
  });
});
