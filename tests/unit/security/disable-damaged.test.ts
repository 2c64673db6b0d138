import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src/core/api/result';
import { KEYRING_FILE } from '../../../src/main/storage/keyring';
import { isSealed } from '../../../src/main/storage/sealed-file';
import { PASSPHRASE, makeFolder, ok, openApp, removeFolder, sameTree, seed, tree, enableEncryption } from './helpers';

/**
 * Turning encryption off while one sealed file cannot be opened (damaged, or sealed under another
 * key). Before, the file stayed sealed and keyring.json was deleted without a word, so nobody could
 * ever open it again. Now nothing changes until the person agrees to move those files aside, with a
 * copy of the key file beside them.
 */
let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-disable-');
});
afterEach(async () => {
  await removeFolder(dir);
});

async function encryptedWithOneDamaged() {
  const app = await openApp(dir);
  const { ids } = await seed(app.core);
  await enableEncryption(app.core, PASSPHRASE);
  const damaged = `relationships/${ids[1]}.json`;
  const file = path.join(dir, damaged);
  const bytes = await fs.readFile(file);
  bytes[bytes.length - 3]! ^= 0xff; // one flipped bit in the tag: the file can no longer be proved whole
  await fs.writeFile(file, bytes);
  return { app, ids, damaged, bytes };
}

describe('turning encryption off with a damaged sealed file', () => {
  it('refuses, naming the file, and changes nothing: the keyring stays', async () => {
    const { app, damaged } = await encryptedWithOneDamaged();
    const before = await tree(dir);
    const result = (await app.core.call('security:disable', { passphrase: PASSPHRASE })) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, code: 'conflict', detail: { stillSealed: 1 } });
    if (!result.ok) expect(result.message).toContain(damaged);
    expect(sameTree(before, await tree(dir))).toBe(true);
    expect((await fs.readdir(dir)).includes(KEYRING_FILE)).toBe(true);
  });

  it('on request moves such files aside with a copy of the key file, then turns encryption off', async () => {
    const { app, damaged, bytes } = await encryptedWithOneDamaged();
    await ok(app.core, 'security:disable', { passphrase: PASSPHRASE, setAside: true });
    const files = await tree(dir);
    expect(files.has(KEYRING_FILE)).toBe(false);
    expect(files.has(damaged)).toBe(false);
    const aside = [...files.keys()].filter((k) => k.startsWith('damaged/still-sealed-'));
    expect(aside.map((k) => k.replace(/still-sealed-[^/]+/, 'still-sealed-X')).sort()).toEqual([
      'damaged/still-sealed-X/keyring.json',
      `damaged/still-sealed-X/${damaged.replace('/', '--')}`,
    ]);
    const movedBytes = files.get(aside.find((k) => !k.endsWith(KEYRING_FILE))!)!;
    expect(movedBytes.equals(bytes)).toBe(true);
    for (const [rel, content] of files) {
      if (!rel.startsWith('damaged/still-sealed-')) expect(isSealed(content), rel).toBe(false);
    }
    expect(await ok(app.core, 'security:status', {})).toMatchObject({ encrypted: false, locked: false });
  });

  it('a folder with nothing damaged turns off as before, with no set-aside folder', async () => {
    const app = await openApp(dir);
    await seed(app.core);
    await enableEncryption(app.core, PASSPHRASE);
    await ok(app.core, 'security:disable', { passphrase: PASSPHRASE });
    const files = await tree(dir);
    expect([...files.keys()].filter((k) => k.startsWith('damaged/'))).toEqual([]);
    expect(files.has(KEYRING_FILE)).toBe(false);
  });
});
