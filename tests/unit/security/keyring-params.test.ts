import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYRING_FILE, decodeKeyring, deriveKey, DEFAULT_KDF } from '../../../src/main/storage/keyring';
import { FAST_KDF, PASSPHRASE, makeFolder, openApp, removeFolder, enableEncryption } from './helpers';

/**
 * keyring.json sits in a folder anyone with the disk can edit. Its key-derivation cost is accepted
 * only from the small set Mend writes (scrypt, r = 8, p = 1, N a power of two up to 2^17, at most
 * 128 MiB per try), never the 16 GiB per try the old limits allowed.
 */
let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-kdf-');
});
afterEach(async () => {
  await removeFolder(dir);
});

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function keyringWith(kdf: Record<string, unknown>) {
  const app = await openApp(dir);
  await enableEncryption(app.core, PASSPHRASE);
  const file = path.join(dir, KEYRING_FILE);
  const keyring = JSON.parse(await fs.readFile(file, 'utf8')) as { kdf: Record<string, unknown> };
  await fs.writeFile(file, JSON.stringify({ ...keyring, kdf: { ...keyring.kdf, ...kdf } }, null, 2));
  return keyring;
}

describe('key-derivation parameters in keyring.json', () => {
  it('accepts the parameters Mend writes, the app’s and the tests’', async () => {
    const keyring = await keyringWith({});
    expect(decodeKeyring(bytes(keyring))).not.toHaveProperty('unreadable');
    expect(decodeKeyring(bytes({ ...keyring, kdf: { name: 'scrypt', ...DEFAULT_KDF } }))).not.toHaveProperty('unreadable');
  });

  it.each([
    ['16 GiB per try', { N: 2 ** 22, r: 32, p: 1 }],
    ['N past 2^17', { N: 2 ** 18, r: 8, p: 1 }],
    ['N not a power of two', { N: 100_000, r: 8, p: 1 }],
    ['a wider block', { N: 2 ** 17, r: 16, p: 1 }],
    ['parallel passes', { N: 2 ** 17, r: 8, p: 16 }],
    ['too cheap to matter', { N: 2 ** 4, r: 8, p: 1 }],
  ])('refuses %s as a keyring it cannot read', async (_label, kdf) => {
    const keyring = await keyringWith({});
    expect(decodeKeyring(bytes({ ...keyring, kdf: { name: 'scrypt', ...kdf } }))).toEqual({ unreadable: expect.stringContaining('key settings') });
  });

  it('an edited keyring fails at once on unlock, saying the file is damaged, without deriving a key', async () => {
    await keyringWith({ N: 2 ** 18 }); // 256 MiB and about a second per try before this was bounded
    const reopened = await openApp(dir);
    const started = Date.now();
    const result = await reopened.core.call('security:unlock', { passphrase: PASSPHRASE });
    const took = Date.now() - started;
    console.log(`edited keyring refused in ${took} ms`);
    expect(result).toMatchObject({ ok: false, code: 'damaged' });
    if (!result.ok) expect(result.message).toContain('key settings');
    expect(took).toBeLessThan(300);
  });

  it('deriveKey itself refuses parameters outside the set', async () => {
    await expect(deriveKey('x', new Uint8Array(16), { N: 2 ** 22, r: 32, p: 1 })).rejects.toThrow(/outside the set/);
    await expect(deriveKey('x', new Uint8Array(16), FAST_KDF)).resolves.toHaveLength(32);
  });
});
