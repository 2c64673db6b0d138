import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYRING_FILE, decodeKeyring, DEFAULT_KDF } from '../../../src/main/storage/keyring';
import { PREVIOUS_KEYRING_FILE } from '../../../src/main/storage/keyring-file';
import { isSealed } from '../../../src/main/storage/sealed-file';
import { FAST_KDF, PASSPHRASE, filesContaining, makeFolder, ok, openApp, removeFolder, sameTree, seed, tree, enableEncryption } from './helpers';
import { ANON_INDEX } from '../../support/read-index';

let dir: string;
beforeEach(async () => {
  dir = await makeFolder();
});
afterEach(async () => {
  await removeFolder(dir);
});

/** Turns encryption on over a seeded folder; returns the recovery key and the journal's secrets. */
async function encrypted() {
  const app = await openApp(dir);
  const { ids, secrets } = await seed(app.core);
  const { recoveryKey } = await enableEncryption(app.core, PASSPHRASE);
  return { app, ids, secrets, recoveryKey };
}

describe('turning encryption on', () => {
  it('seals every file, earlier versions and trash included, so none of the journal text is on disk', async () => {
    const settings = '{"mend": "settings", "keepLast": 10}';
    await fs.writeFile(path.join(dir, '.backup-settings.json'), settings);
    // Each computer's own backup settings, read before an unlock too (issue 13 item 8).
    const own = 'devices/0123456789abcdef/backup-settings.json';
    await fs.mkdir(path.join(dir, 'devices/0123456789abcdef'), { recursive: true });
    await fs.writeFile(path.join(dir, own), settings);
    const { secrets } = await encrypted();
    const files = await tree(dir);
    // Settings read before an unlock hold no journal text: they stay as they are.
    expect(files.get('.backup-settings.json')?.toString()).toBe(settings);
    expect(files.get(own)?.toString()).toBe(settings);
    files.delete('.backup-settings.json');
    files.delete(own);
    expect([...files.keys()].some((k) => k.startsWith('backups/'))).toBe(true);
    expect([...files.keys()].some((k) => k.startsWith('trash/'))).toBe(true);
    expect(filesContaining(files, secrets)).toEqual([]);
    for (const [rel, bytes] of files) {
      if (rel !== KEYRING_FILE && rel !== PREVIOUS_KEYRING_FILE) expect(isSealed(bytes), rel).toBe(true);
    }
  });

  it('shows a recovery key once, in six groups of four', async () => {
    const { recoveryKey } = await encrypted();
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
    const keyring = (await fs.readFile(path.join(dir, KEYRING_FILE))).toString('utf8');
    expect(keyring).not.toContain(recoveryKey.replace(/-/g, ''));
    expect(keyring).not.toContain(PASSPHRASE);
  });

  it('keeps working while unlocked: new saves are sealed and read back', async () => {
    const { app, ids } = await encrypted();
    await ok(app.core, 'relationships:update', { id: ids[0]!, name: 'Sam Rivera', role: 'Lead', kind: 'peer', started: null, notes: 'Fresh words after sealing.' });
    expect(filesContaining(await tree(dir), ['Fresh words'])).toEqual([]);
    const journal = await ok(app.core, 'journals:get', { relationshipId: ids[0]! });
    expect(journal.relationship.notes).toBe('Fresh words after sealing.');
    const backups = await ok(app.core, 'journals:backups', { relationshipId: ids[0]! });
    expect(backups.length).toBeGreaterThan(1);
    expect(backups.every((b) => b.entries !== null)).toBe(true);
    const restored = await ok(app.core, 'journals:restore', { relationshipId: ids[0]!, backupId: backups[0]!.id });
    expect(restored.relationship.notes).toContain('Second thoughts');
  });

  it('refuses a passphrase under 10 characters, saying so, and touches nothing', async () => {
    const app = await openApp(dir);
    await seed(app.core);
    const before = await tree(dir);
    for (const passphrase of ['', 'short', '         x ']) {
      const result = await app.core.call('security:draft-key', { passphrase });
      expect(result).toMatchObject({ ok: false, code: 'invalid-input', field: 'passphrase' });
      expect((result as { message: string }).message).toContain('at least 10 characters');
    }
    expect(await app.core.call('security:draft-key', { passphrase: 'x'.repeat(1001) })).toMatchObject({ ok: false, field: 'passphrase' });
    expect(sameTree(before, await tree(dir))).toBe(true);
  });

  it('uses scrypt N = 2^17, r = 8, p = 1 with 16-byte salts by default', { timeout: 30_000 }, async () => {
    const app = await openApp(dir, DEFAULT_KDF);
    await enableEncryption(app.core, PASSPHRASE);
    const keyring = decodeKeyring(await fs.readFile(path.join(dir, KEYRING_FILE)));
    expect(keyring).toMatchObject({ kdf: { name: 'scrypt', N: 131072, r: 8, p: 1 } });
    if ('unreadable' in keyring) throw new Error('unreadable keyring');
    expect(Buffer.from(keyring.passphrase.salt, 'base64')).toHaveLength(16);
    expect(keyring.passphrase.salt).not.toBe(keyring.recovery.salt);
    const again = await openApp(dir, DEFAULT_KDF);
    await ok(again.core, 'security:unlock', { passphrase: PASSPHRASE });
  });
});

describe('opening an encrypted folder', () => {
  it('starts locked; a wrong passphrase is refused with a clear message and nothing is touched', async () => {
    await encrypted();
    const again = await openApp(dir);
    expect(await ok(again.core, 'security:status', {})).toMatchObject({ encrypted: true, locked: true });
    const before = await tree(dir);
    const wrong = await again.core.call('security:unlock', { passphrase: 'not the passphrase' });
    expect(wrong).toMatchObject({ ok: false, code: 'invalid-input', field: 'passphrase' });
    expect((wrong as { message: string }).message).toMatch(/does not open this journal/);
    expect(sameTree(before, await tree(dir))).toBe(true);
    await ok(again.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await ok(again.core, 'relationships:list', {})).toHaveLength(2);
  });

  it('the recovery key unlocks too, however it is typed', async () => {
    const { recoveryKey } = await encrypted();
    const again = await openApp(dir);
    const typed = ` ${recoveryKey.replace(/-/g, ' ').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `;
    await ok(again.core, 'security:unlock', { passphrase: typed });
    expect(await ok(again.core, 'relationships:list', {})).toHaveLength(2);
  });

  it('refuses a journal sealed under another data key, a truncated file and a tampered one, overwriting nothing', async () => {
    const { ids } = await encrypted();
    const other = await makeFolder();
    try {
      const stranger = await openApp(other);
      await seed(stranger.core);
      await enableEncryption(stranger.core, PASSPHRASE);
      const shard = (await fs.readdir(path.join(other, ...ANON_INDEX)))[0]!;
      const foreignIndex = await fs.readFile(path.join(other, ...ANON_INDEX, shard));
      const target = path.join(dir, 'relationships', `${ids[0]}.json`);
      const cases: [string, (b: Buffer) => Buffer, RegExp][] = [
        ['foreign', () => foreignIndex, /different key/],
        ['truncated', (b) => b.subarray(0, b.length - 7), /changed or damaged|cut short/],
        ['tampered', (b) => Buffer.concat([b.subarray(0, 60), Buffer.from([b[60]! ^ 0x20]), b.subarray(61)]), /changed or damaged/],
      ];
      const good = await fs.readFile(target);
      for (const [label, change, reason] of cases) {
        await fs.writeFile(target, change(good));
        const before = await tree(dir);
        const app = await openApp(dir);
        await ok(app.core, 'security:unlock', { passphrase: PASSPHRASE });
        const result = await app.core.call('journals:get', { relationshipId: ids[0]! });
        expect(result, label).toMatchObject({ ok: false, code: 'damaged' });
        expect((result as { message: string }).message, label).toMatch(reason);
        expect(sameTree(before, await tree(dir)), label).toBe(true);
      }
    } finally {
      await removeFolder(other);
    }
  });

  it('reports a damaged keyring by name and leaves it as it is', async () => {
    await encrypted();
    await fs.writeFile(path.join(dir, KEYRING_FILE), '{"mend": "keyring", "vers');
    const before = await tree(dir);
    const app = await openApp(dir);
    expect(await ok(app.core, 'security:status', {})).toMatchObject({ encrypted: true, locked: true });
    const result = await app.core.call('security:unlock', { passphrase: PASSPHRASE });
    expect(result).toMatchObject({ ok: false, code: 'damaged' });
    expect((result as { message: string }).message).toContain('keyring.json');
    expect(sameTree(before, await tree(dir))).toBe(true);
  });
});

describe('changing the passphrase', () => {
  it('rewrites only the keyring (keeping the one it replaces beside it); the old passphrase stops working, the new one and the recovery key work', async () => {
    const { app, recoveryKey } = await encrypted();
    const before = await tree(dir);
    await ok(app.core, 'security:change-passphrase', { current: PASSPHRASE, next: 'a brand new sentence' });
    const after = await tree(dir);
    const changed = [...after.keys()].filter((k) => !before.get(k)?.equals(after.get(k)!));
    expect(changed.sort()).toEqual([KEYRING_FILE, PREVIOUS_KEYRING_FILE]);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const again = await openApp(dir);
    expect(await again.core.call('security:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, field: 'passphrase' });
    await ok(again.core, 'security:unlock', { passphrase: 'a brand new sentence' });
    const third = await openApp(dir);
    await ok(third.core, 'security:unlock', { passphrase: recoveryKey });
  });

  it('accepts the recovery key as proof (a forgotten passphrase) and refuses a wrong one without writing', async () => {
    const { app, recoveryKey } = await encrypted();
    const before = await tree(dir);
    expect(await app.core.call('security:change-passphrase', { current: 'wrong wrong wrong', next: 'another long one' })).toMatchObject({ ok: false, field: 'current' });
    expect(await app.core.call('security:change-passphrase', { current: PASSPHRASE, next: 'short' })).toMatchObject({ ok: false, field: 'next' });
    expect(sameTree(before, await tree(dir))).toBe(true);
    await ok(app.core, 'security:change-passphrase', { current: recoveryKey, next: 'another long one' });
    await ok((await openApp(dir)).core, 'security:unlock', { passphrase: 'another long one' });
  });
});

describe('turning encryption off', () => {
  it('needs the passphrase, then opens every file back to plain JSON and removes the keyring', async () => {
    const { app, ids, secrets } = await encrypted();
    expect(await app.core.call('security:disable', { passphrase: 'nope nope nope' })).toMatchObject({ ok: false, field: 'passphrase' });
    await ok(app.core, 'security:disable', { passphrase: PASSPHRASE });
    const files = await tree(dir);
    expect(files.has(KEYRING_FILE)).toBe(false);
    for (const [rel, bytes] of files) expect(bytes[0], rel).toBe(0x7b);
    expect(filesContaining(files, secrets).length).toBeGreaterThan(0);
    const again = await openApp(dir);
    expect(await ok(again.core, 'security:status', {})).toMatchObject({ encrypted: false, locked: false });
    expect(await ok(again.core, 'journals:get', { relationshipId: ids[1]! })).toMatchObject({ relationship: { name: 'Ana Silva' } });
  });
});

it('keeps the idle time in the keyring', async () => {
  const { app } = await encrypted();
  expect(await ok(app.core, 'security:set-idle', { minutes: 30 })).toMatchObject({ idleMinutes: 30 });
  expect(await ok((await openApp(dir)).core, 'security:status', {})).toMatchObject({ idleMinutes: 30, locked: true });
  expect(await app.core.call('security:set-idle', { minutes: 0 })).toMatchObject({ ok: false, field: 'minutes' });
  expect(FAST_KDF.N).toBeLessThan(DEFAULT_KDF.N);
});
