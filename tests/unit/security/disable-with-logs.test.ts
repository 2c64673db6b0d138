import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { KEYRING_FILE } from '../../../src/main/storage/keyring';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { enableEncryption, FAST_KDF, makeFolder, ok, PASSPHRASE, removeFolder, tree } from './helpers';

/**
 * Turning encryption off in a folder whose journals have change logs (every real folder: main opens
 * with this computer's device). Logs are sealed line by line, so the check for files the key cannot
 * open must read them line by line too, or it names every log as unopenable and refuses for good.
 */
const DEVICE = { id: 'c0ffee00c0ffee00', name: 'This computer' };
let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-disable-logs-');
});
afterEach(() => removeFolder(dir));

const open = (stamp = fixedStamp()) =>
  openCore({ files: createNodeFileStore(dir, { warn: () => undefined }), platform: testPlatform().platform, vault: createNodeVault(dir, { kdf: FAST_KDF }), ...stamp, device: DEVICE });

describe('turning encryption off with change logs in the folder', () => {
  it('opens every log back to plain lines and removes the keyring', async () => {
    const stamp = fixedStamp();
    const core = await open(stamp);
    const { id } = await ok(core, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
    await enableEncryption(core, PASSPHRASE);
    await ok(core, 'relationships:update', { id, name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: 'Sealed note.' });
    const sealed = await tree(dir);
    const logs = [...sealed.keys()].filter((p) => p.startsWith('logs/'));
    expect(logs.length, 'a change log was written').toBeGreaterThan(0);
    // While encrypted, the note is nowhere on disk in plain text: its log line is sealed.
    for (const [rel, bytes] of sealed) expect(bytes.includes('Sealed note.'), rel).toBe(false);
    for (const log of logs) expect(sealed.get(log)!.toString('latin1').startsWith('MENDSEAL:'), log).toBe(true);

    await ok(core, 'security:disable', { passphrase: PASSPHRASE });
    const files = await tree(dir);
    expect(files.has(KEYRING_FILE)).toBe(false);
    for (const [rel, bytes] of files) expect(bytes[0], rel).toBe(0x7b);
    const again = await open(stamp);
    expect(await ok(again, 'journals:get', { relationshipId: id })).toMatchObject({ relationship: { notes: 'Sealed note.' } });
  });

  it('names a log with a line the key cannot open, and changes nothing', async () => {
    const core = await open();
    const { id } = await ok(core, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
    await enableEncryption(core, PASSPHRASE);
    await ok(core, 'relationships:update', { id, name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: 'Sealed note.' });
    const log = [...(await tree(dir)).keys()].find((p) => p.startsWith('logs/'))!;
    const text = (await readFile(join(dir, log), 'latin1')).split('\n');
    text[0] = `${text[0]!.slice(0, 40)}${text[0]![40] === 'A' ? 'B' : 'A'}${text[0]!.slice(41)}`;
    await writeFile(join(dir, log), text.join('\n'), 'latin1');
    const before = await tree(dir);
    const refused = await core.call('security:disable', { passphrase: PASSPHRASE });
    expect(refused).toMatchObject({ ok: false, code: 'conflict' });
    expect((refused as { message: string }).message).toContain(log);
    expect(await tree(dir)).toEqual(before);
  });
});
