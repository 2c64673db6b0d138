import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeKeyring } from '../../../src/main/storage/keyring';
import { PASSPHRASE, makeFolder, ok, openApp, removeFolder, sam, sameTree, tree } from './helpers';

/**
 * A keyring.json written by a newer Mend (a format version above 1) is not damaged: this Mend is too
 * old for it. It says so, asks for an update, and writes nothing.
 */
let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-newer-keyring-');
});
afterEach(async () => {
  await removeFolder(dir);
});

const newer = { mend: 'keyring', version: 2, keyId: '0123456789abcdef', kdf: { name: 'argon2id', m: 65536, t: 3, p: 1 }, slots: [] };

describe('a keyring made by a newer Mend', () => {
  it('unlocking says Mend needs an update, not that the file is damaged, and nothing is written', async () => {
    const first = await openApp(dir);
    await ok(first.core, 'relationships:create', sam);
    await first.core.settled?.();
    await writeFile(path.join(dir, 'keyring.json'), JSON.stringify(newer, null, 2));
    const before = await tree(dir);

    const app = await openApp(dir);
    expect(await ok(app.core, 'security:status', {})).toMatchObject({ encrypted: true, locked: true });
    const refused = await app.core.call('security:unlock', { passphrase: PASSPHRASE });
    expect(refused.ok).toBe(false);
    const message = refused.ok ? '' : refused.message;
    expect(message).toMatch(/newer version of Mend/);
    expect(message).toMatch(/[Uu]pdate Mend/);
    expect(message).not.toMatch(/damaged|does not match|could not read/);
    expect(await app.core.call('security:set-idle', { minutes: 10 })).toMatchObject({ ok: false });
    await app.core.settled?.();
    expect(sameTree(before, await tree(dir))).toBe(true);
  });

  it('tells a newer format apart from a damaged keyring', () => {
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    expect(decodeKeyring(encode(newer))).toEqual({ unreadable: expect.stringMatching(/newer version of Mend/), newer: true });
    expect(decodeKeyring(encode({ ...newer, version: 1 }))).toEqual({ unreadable: 'its content does not match what Mend expects' });
    expect(decodeKeyring(encode({ ...newer, version: 'two' }))).toEqual({ unreadable: 'its content does not match what Mend expects' });
  });
});
