import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../../../src/main/storage/convert-folder';
import { PASSPHRASE, enableEncryption, ok, sam, sharedFolder } from './helpers';

/**
 * Every keyring write is a compare-and-swap: a computer that has not yet seen a keyring written by
 * another computer (its 1 s look has not come round, or the sync tool has not delivered yet) must never
 * write its cached copy back over the newer one. It refuses, adopts the newer keyring, and says so.
 */
const HOME = { id: 'aaaaaaaaaaaaaaaa', name: 'Home' };
const WORK = { id: 'bbbbbbbbbbbbbbbb', name: 'Work' };
const NEXT = 'a brand new passphrase after a leak';

const folder = sharedFolder('mend-keyring-cas-');
const openOn = async (device: { id: string; name: string }) => (await folder.openOn(device)).core;
const fresh = () => openOn({ id: randomUUID().replace(/-/g, '').slice(0, 16), name: 'Fresh' });
const keyringOnDisk = async (name = 'keyring.json') => JSON.parse(await readFile(path.join(folder.dir(), name), 'utf8'));

describe('a keyring write never undoes one made on another computer', () => {
  it('idle minutes changed on a computer that has not seen a new passphrase: refused kindly, and the new passphrase still opens the folder', async () => {
    const home = await openOn(HOME);
    await enableEncryption(home, PASSPHRASE);
    const work = await openOn(WORK);
    await ok(work, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home, 'security:change-passphrase', { current: PASSPHRASE, next: NEXT });
    const written = await readFile(path.join(folder.dir(), 'keyring.json'));

    const refused = await work.call('security:set-idle', { minutes: 10 });
    expect(refused).toMatchObject({ ok: false, code: 'conflict' });
    expect(refused.ok ? '' : refused.message).toMatch(/another computer/);
    expect(await readFile(path.join(folder.dir(), 'keyring.json'))).toEqual(written);
    // The refusal adopted the newer keyring: locked, as after any passphrase change elsewhere.
    expect(await ok(work, 'security:status', {})).toMatchObject({ locked: true, lockedBecause: 'passphrase-changed-elsewhere' });
    expect(await (await fresh()).call('security:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, code: 'invalid-input' });
    await ok(await fresh(), 'security:unlock', { passphrase: NEXT });
    // Tried again once it knows: this time it is written.
    await ok(work, 'security:unlock', { passphrase: NEXT });
    await ok(work, 'security:set-idle', { minutes: 10 });
    expect((await keyringOnDisk()).idleMinutes).toBe(10);
    await ok(await fresh(), 'security:unlock', { passphrase: NEXT });
  });

  it('a new data key made elsewhere (off and on again) is never replaced by the old one', async () => {
    const home = await openOn(HOME);
    const { id } = await ok(home, 'relationships:create', sam);
    await enableEncryption(home, PASSPHRASE);
    const work = await openOn(WORK);
    await ok(work, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home, 'security:disable', { passphrase: PASSPHRASE });
    const { recoveryKey } = await enableEncryption(home, NEXT);
    const k2 = (await keyringOnDisk()).keyId;
    await ok(home, 'relationships:update', { id, ...sam, notes: 'written at home under the new key' });

    expect(await work.call('security:set-idle', { minutes: 10 })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await work.call('security:change-passphrase', { current: PASSPHRASE, next: 'yet another one here' })).toMatchObject({ ok: false });
    expect((await keyringOnDisk()).keyId).toBe(k2);
    for (const secret of [NEXT, recoveryKey]) {
      const other = await fresh();
      await ok(other, 'security:unlock', { passphrase: secret });
      expect((await ok(other, 'journals:get', { relationshipId: id })).relationship.notes).toBe('written at home under the new key');
    }
  });

  it('a passphrase change on a computer that has not seen the one made elsewhere is refused and writes nothing', async () => {
    const home = await openOn(HOME);
    await enableEncryption(home, PASSPHRASE);
    const work = await openOn(WORK);
    await ok(work, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home, 'security:set-idle', { minutes: 30 });
    const written = await readFile(path.join(folder.dir(), 'keyring.json'));
    const refused = await work.call('security:change-passphrase', { current: PASSPHRASE, next: NEXT });
    expect(refused).toMatchObject({ ok: false, code: 'conflict' });
    expect(await readFile(path.join(folder.dir(), 'keyring.json'))).toEqual(written);
    // Only the idle time changed there: this computer stays open, and a retry goes through.
    expect(await ok(work, 'security:status', {})).toMatchObject({ locked: false, idleMinutes: 30 });
    await ok(work, 'security:change-passphrase', { current: PASSPHRASE, next: NEXT });
    await ok(await fresh(), 'security:unlock', { passphrase: NEXT });
    expect((await keyringOnDisk()).idleMinutes).toBe(30);
  });

  it('encryption turned on elsewhere meanwhile: turning it on here is refused, and the first keyring stays', async () => {
    const home = await openOn(HOME);
    const work = await openOn(WORK);
    const { recoveryKey } = await ok(work, 'security:draft-key', { passphrase: NEXT });
    await enableEncryption(home, PASSPHRASE);
    const written = await readFile(path.join(folder.dir(), 'keyring.json'));
    expect(await work.call('security:enable', { passphrase: NEXT, recoveryKey })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await readFile(path.join(folder.dir(), 'keyring.json'))).toEqual(written);
    await ok(await fresh(), 'security:unlock', { passphrase: PASSPHRASE });
  });
});

describe('the keyring keeps a generation and the one it replaced', () => {
  it('every write counts one up, and the keyring replaced is kept beside it', async () => {
    const home = await openOn(HOME);
    await enableEncryption(home, PASSPHRASE);
    const first = await keyringOnDisk();
    expect(first.version).toBe(1);
    await ok(home, 'security:set-idle', { minutes: 20 });
    const second = await keyringOnDisk();
    expect(second.generation).toBeGreaterThan(first.generation);
    expect(await keyringOnDisk('keyring.previous.json')).toEqual(first);
    await ok(home, 'security:change-passphrase', { current: PASSPHRASE, next: NEXT });
    expect((await keyringOnDisk()).generation).toBeGreaterThan(second.generation);
    expect(await keyringOnDisk('keyring.previous.json')).toEqual(second);
  });

  it('turning encryption off keeps the last keyring beside where it was, so sealed leftovers can still be opened', async () => {
    const home = await openOn(HOME);
    await enableEncryption(home, PASSPHRASE);
    const last = await keyringOnDisk();
    await ok(home, 'security:disable', { passphrase: PASSPHRASE });
    await expect(readFile(path.join(folder.dir(), 'keyring.json'))).rejects.toThrow();
    // The last one written before removal (it records the conversion to plain): same key, same wraps.
    expect(await keyringOnDisk('keyring.previous.json')).toMatchObject({ keyId: last.keyId, passphrase: last.passphrase, recovery: last.recovery, converting: 'open' });
  });

  it('a keyring written before generations existed still opens, and its next write counts from there', async () => {
    const home = await openOn(HOME);
    await enableEncryption(home, PASSPHRASE);
    const { generation: _dropped, ...older } = await keyringOnDisk();
    await writeFile(path.join(folder.dir(), 'keyring.json'), JSON.stringify(older, null, 2));
    const work = await openOn(WORK);
    await ok(work, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(work, 'security:set-idle', { minutes: 12 });
    expect(await keyringOnDisk()).toMatchObject({ version: 1, idleMinutes: 12, generation: 1 });
  });

  it('the kept keyring is never sealed, converted or listed as a journal file', async () => {
    const home = await openOn(HOME);
    await ok(home, 'relationships:create', sam);
    await enableEncryption(home, PASSPHRASE);
    await ok(home, 'security:set-idle', { minutes: 20 });
    const kept = await readFile(path.join(folder.dir(), 'keyring.previous.json'));
    expect((await walk(folder.dir())).files).not.toContain('keyring.previous.json');
    await ok(home, 'security:disable', { passphrase: PASSPHRASE });
    await enableEncryption(home, NEXT);
    // Sealing the folder again left it as plain JSON a person (or Mend) can read.
    expect((await readFile(path.join(folder.dir(), 'keyring.previous.json'))).toString('utf8')).toMatch(/^\{/);
    expect(kept.toString('utf8')).toMatch(/^\{/);
  });

  it('a keyring a newer Mend wrote meanwhile: the change says Mend needs an update; one still arriving says to try again; nothing is written', async () => {
    const home = await openOn(HOME);
    await enableEncryption(home, PASSPHRASE);
    const file = path.join(folder.dir(), 'keyring.json');
    for (const [body, says] of [
      [JSON.stringify({ mend: 'keyring', version: 2, keyId: '0123456789abcdef' }), /newer version of Mend/],
      ['{"mend":"keyring","vers', /try again in a moment/],
    ] as const) {
      await writeFile(file, body);
      for (let attempt = 0; attempt < 2; attempt++) {
        const result = await home.call('security:set-idle', { minutes: 20 + attempt });
        expect(result).toMatchObject({ ok: false });
        if (!result.ok) {
          expect(result.message).toMatch(says);
          expect(result.message).not.toMatch(/caught up/);
        }
        expect(await readFile(file, 'utf8')).toBe(body);
      }
    }
  });
});
