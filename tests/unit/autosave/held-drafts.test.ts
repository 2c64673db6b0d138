import { describe, it, expect, afterEach } from 'vitest';
import { enableEncryption, makeFolder, openApp, ok, PASSPHRASE, removeFolder, tree, filesContaining } from '../security/helpers';

const item = { key: 'incident:new:abc123', label: 'a new incident', fields: { facts: 'three days late, unsaved' } };
let dir = '';
afterEach(async () => removeFolder(dir));

describe('text held across a lock', () => {
  it('is kept in memory only, refused to a locked page, and handed back once after the unlock', async () => {
    dir = await makeFolder();
    const { core } = await openApp(dir);
    await enableEncryption(core, PASSPHRASE);
    await ok(core, 'held-drafts:hold', { items: [item] });
    await ok(core, 'security:lock', {});

    expect(await core.call('held-drafts:take', {})).toMatchObject({ ok: false, code: 'locked' });
    expect(filesContaining(await tree(dir), ['three days late'])).toEqual([]);

    await ok(core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await ok(core, 'held-drafts:take', {})).toEqual([item]);
    expect(await ok(core, 'held-drafts:take', {})).toEqual([]);
  });

  it('refuses to hold more than a bounded number of forms', async () => {
    dir = await makeFolder();
    const { core } = await openApp(dir);
    const many = Array.from({ length: 51 }, (_, i) => ({ ...item, key: `incident:new:p${i}` }));
    expect(await core.call('held-drafts:hold', { items: many })).toMatchObject({ ok: false, code: 'invalid-input' });
  });
});
