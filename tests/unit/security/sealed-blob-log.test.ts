import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { convertLog } from '../../../src/main/storage/convert-folder';
import { newDataKey } from '../../../src/main/storage/keyring';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { seal } from '../../../src/main/storage/sealed-file';
import { sealLogRow } from '../../../src/main/storage/sealed-log-rows';
import { openWholeSealedLog } from '../../../src/main/storage/sealed-whole-log';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { FAST_KDF, PASSPHRASE, enableEncryption, makeFolder, ok, removeFolder, sam } from './helpers';
import { folderKey, oldCutTorn, oldTrim } from './old-build-blob';

/**
 * Folders the build before f0570ea left behind: this computer's own change log trimmed (or cut after a
 * crash) into ONE whole-file sealed block, with later saves appended after it as sealed rows. Read row
 * by row, the block is a handful of damaged rows, the first row after it is glued to its tail and its
 * trim marker is lost, so row numbers shift and saves after it are taken as folded already.
 */
const laptop = { id: 'aaaaaaaaaaaaaaaa', name: 'Laptop' };
const desktop = { id: 'bbbbbbbbbbbbbbbb', name: 'Desktop' };
let dir = '';
let stamp = fixedStamp();
afterEach(async () => {
  await removeFolder(dir);
  await removeFolder(`${dir}-laptop`);
  await removeFolder(`${dir}-desktop`);
});

/** Folds every 2 lines before the trim; after it, as the app does (every 256), so later saves wait in the log. */
async function open(device = laptop, reports?: string[], compactEvery = 256): Promise<Core> {
  const core = await openCore({
    files: createNodeFileStore(dir, { warn: () => undefined }),
    platform: testPlatform().platform,
    vault: createNodeVault(dir, { kdf: FAST_KDF, userDataDir: `${dir}-${device === laptop ? 'laptop' : 'desktop'}` }),
    device, now: stamp.now, newId: randomUUID, compactEvery,
    ...(reports ? { reportSync: (p: { file: string; reason: string }) => void reports.push(`${p.file}: ${p.reason}`) } : {}),
  });
  await ok(core, 'security:unlock', { passphrase: PASSPHRASE }).catch(() => undefined); // a plain folder has nothing to unlock
  return core;
}

const reopen = async (core: Core, device = laptop, reports?: string[]): Promise<Core> => {
  await ok(core, 'security:lock', {});
  return open(device, reports);
};

async function note(core: Core, relationshipId: string, text: string): Promise<void> {
  await ok(core, 'monitoring-notes:create', { relationshipId, at: '2026-02-27T09:30:00.000Z', kind: 'other', note: text });
}

/** Every acknowledged note missing from the journal as `core` reads it. */
async function missing(core: Core, relationshipId: string, written: string[]): Promise<string[]> {
  const shown = new Set((await ok(core, 'journals:get', { relationshipId })).monitoringNotes.map((n) => n.note));
  return written.filter((n) => !shown.has(n));
}

/** An encrypted folder with one person and `before` notes, folded as they go (compactEvery 2), opened again. */
async function encryptedFolder(prefix: string, before: number): Promise<{ core: Core; id: string; written: string[]; journal: string; log: string }> {
  dir = await makeFolder(prefix);
  stamp = fixedStamp();
  let core = await open(laptop, undefined, 2);
  const id = (await ok(core, 'relationships:create', sam)).id;
  await enableEncryption(core, PASSPHRASE);
  const written: string[] = [];
  for (let i = 0; i < before; i++) await note(core, id, written[written.push(`before the trim ${i}`) - 1]!);
  core = await reopen(core); // the old build trimmed at each start, up to what its snapshot held
  return { core, id, written, journal: `relationships/${id}.json`, log: `logs/${id}.${laptop.id}.log` };
}

const stored = async (log: string) => fs.readFile(path.join(dir, log));

describe('a change log an older Mend sealed whole', () => {
  it('has the shape the old build left: one sealed block without a row prefix, then sealed rows', async () => {
    const { core, id, written, journal, log } = await encryptedFolder('mend-blob-shape-', 6);
    expect(await oldTrim(dir, await folderKey(dir, PASSPHRASE), journal, log)).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) await note(core, id, written[written.push(`after the trim ${i}`) - 1]!);
    const bytes = await stored(log);
    expect(bytes.subarray(0, 9).toString('latin1')).toMatch(/^MENDSEAL[^:]/);
    const tail = bytes.toString('latin1').split('\n').slice(-3);
    expect(tail[2]).toBe(''); // the rows appended after it end with their newline
    expect(tail[1]!.startsWith('MENDSEAL:')).toBe(true);
    // The block has no newline of its own: the first row appended after it is glued to its tail
    // (unless its last byte happens to be a newline, one time in 256).
    const glued = bytes.indexOf(Buffer.from('MENDSEAL:'), 9);
    expect(glued).toBeGreaterThan(0);
    await ok(core, 'security:lock', {});
  });

  it('keeps every save made after the old build trimmed this computer\'s log, at this start and the next', async () => {
    const reports: string[] = [];
    const { core, id, written, journal, log } = await encryptedFolder('mend-blob-trim-', 8);
    await oldTrim(dir, await folderKey(dir, PASSPHRASE), journal, log);
    for (let i = 0; i < 5; i++) await note(core, id, written[written.push(`after the trim ${i}`) - 1]!);
    await ok(core, 'security:lock', {});
    const original = await stored(log);
    let next = await open(laptop, reports);
    expect(await missing(next, id, written)).toEqual([]);
    next = await reopen(next, laptop, reports);
    expect(await missing(next, id, written)).toEqual([]);
    // Nothing cut, trimmed or rewritten: later saves are appended after the bytes as they were.
    expect((await stored(log)).subarray(0, original.length).equals(original)).toBe(true);
    await note(next, id, written[written.push('after the fix') - 1]!);
    next = await reopen(next, laptop, reports);
    expect(await missing(next, id, written)).toEqual([]);
    expect((await stored(log)).subarray(0, original.length).equals(original)).toBe(true);
    // Said by file only, never with a word of the journal.
    expect(reports.some((r) => r.startsWith(`${log}: an older Mend sealed this change log as one block`))).toBe(true);
    expect(reports.join('\n')).not.toMatch(/before the trim|after the|Sam|Acme/);
    await ok(next, 'security:lock', {});
  });

  it('keeps a save appended after a crash tore the last row (the save is glued to the torn row; found by review)', async () => {
    const { core, id, written, journal, log } = await encryptedFolder('mend-blob-torn-', 6);
    await oldTrim(dir, await folderKey(dir, PASSPHRASE), journal, log);
    await note(core, id, written[written.push('after the trim 0') - 1]!);
    await ok(core, 'security:lock', {});
    // A crash mid-append: part of a sealed row, no newline. Such a log is never cut, so the next save is glued on.
    await fs.appendFile(path.join(dir, log), 'MENDSEAL:AQIDBAUG');
    let next = await open();
    await note(next, id, written[written.push('saved after the crash') - 1]!);
    next = await reopen(next);
    expect(await missing(next, id, written)).toEqual([]);
    await ok(next, 'security:lock', {});
  });

  it('turning encryption off is refused while one is in the folder, set aside or not, and says why; every line stays (found by review)', async () => {
    const { core, id, written, journal, log } = await encryptedFolder('mend-blob-off-', 6);
    await oldTrim(dir, await folderKey(dir, PASSPHRASE), journal, log);
    for (let i = 0; i < 3; i++) await note(core, id, written[written.push(`after the trim ${i}`) - 1]!);
    for (const setAside of [false, true]) {
      const refused = (await core.call('security:disable', { passphrase: PASSPHRASE, setAside })) as { ok: boolean; code?: string; message?: string };
      expect(refused).toMatchObject({ ok: false, code: 'conflict' });
      expect(refused.message).toContain('An older Mend kept');
      expect(refused.message).not.toMatch(/damaged|another key/);
    }
    const next = await reopen(core);
    expect(await missing(next, id, written)).toEqual([]);
    expect((await ok(next, 'security:status', {})).encrypted).toBe(true);
    await ok(next, 'security:lock', {});
  });

  it('reads its lines again at every start without offering an earlier text as "also written", nor showing one twice', async () => {
    const { core, id, written, journal, log } = await encryptedFolder('mend-blob-again-', 4);
    for (let i = 0; i < 4; i++) await ok(core, 'relationships:update', { id, ...sam, notes: `draft number ${i} of the notes` });
    await oldTrim(dir, await folderKey(dir, PASSPHRASE), journal, log);
    for (let i = 4; i < 8; i++) await ok(core, 'relationships:update', { id, ...sam, notes: `draft number ${i} of the notes` });
    let next = await reopen(core);
    for (let round = 0; round < 2; round++) {
      const journalNow = await ok(next, 'journals:get', { relationshipId: id });
      expect(journalNow.relationship.notes).toBe('draft number 7 of the notes');
      expect(journalNow.monitoringNotes.map((n) => n.note).sort()).toEqual([...written].sort());
      expect(await ok(next, 'alternatives:list', { relationshipId: id })).toEqual([]);
      next = await reopen(next);
    }
    await ok(next, 'security:lock', {});
  });

  it('keeps the block when nothing was saved after the trim (no torn-line cut into it)', async () => {
    const { core, id, written, journal, log } = await encryptedFolder('mend-blob-alone-', 8);
    await oldTrim(dir, await folderKey(dir, PASSPHRASE), journal, log);
    let next = await reopen(core);
    expect(await missing(next, id, written)).toEqual([]);
    await note(next, id, written[written.push('after the next start') - 1]!);
    next = await reopen(next);
    expect(await missing(next, id, written)).toEqual([]);
    await ok(next, 'security:lock', {});
  });

  it('brings back a block sealed inside a block (the old build cutting a crash\'s torn line after a trim)', async () => {
    const { core, id, written, journal, log } = await encryptedFolder('mend-blob-nested-', 6);
    const key = await folderKey(dir, PASSPHRASE);
    await oldTrim(dir, key, journal, log);
    for (let i = 0; i < 3; i++) await note(core, id, written[written.push(`after the trim ${i}`) - 1]!);
    await ok(core, 'security:lock', {});
    await fs.appendFile(path.join(dir, log), 'MENDSEAL:AQIDBAUG'); // a save cut short by a crash
    await oldCutTorn(dir, key, log); // the old build's next start
    const next = await open();
    expect(await missing(next, id, written)).toEqual([]);
    await ok(next, 'security:lock', {});
  });

  it('another computer reads the lines of a log the old build sealed whole, and never rewrites it', async () => {
    const { core, id, written, journal, log } = await encryptedFolder('mend-blob-other-', 8);
    await oldTrim(dir, await folderKey(dir, PASSPHRASE), journal, log);
    for (let i = 0; i < 5; i++) await note(core, id, written[written.push(`after the trim ${i}`) - 1]!);
    await ok(core, 'security:lock', {});
    const before = await stored(log);
    const other = await open(desktop);
    expect(await missing(other, id, written)).toEqual([]);
    expect((await stored(log)).equals(before)).toBe(true);
    await ok(other, 'security:lock', {});
  });
});

describe('a log sealed whole, at the storage layer', () => {
  const log = 'logs/p.aaaaaaaaaaaaaaaa.log';
  const key = newDataKey();
  const block = seal(key, log, new TextEncoder().encode('{"trimmed":3,"c":"00000000"}\n'));
  const after = new TextEncoder().encode(`${sealLogRow(key, log, '{"a":1}')}\n{"plain":1}\n`);
  const stored = Buffer.concat([block, after]);

  it('is left as it is by a conversion, which would rewrite its pieces as text rows', () => {
    expect(convertLog(stored, log, key, 'seal')).toBe('left');
  });

  it('without the key, nothing of it is opened and nothing is guessed', () => {
    expect(openWholeSealedLog(null, log, stored)).toEqual({ parts: [], unreadable: 1 });
    expect(openWholeSealedLog(key, log, after)).toBeNull(); // a log sealed row by row is no such log
  });

  it('with the key, gives the block\'s rows and every complete row after it, a torn last row left out', () => {
    const opened = openWholeSealedLog(key, log, Buffer.concat([stored, Buffer.from('MENDSEAL:AQID')]))!;
    expect(opened.unreadable).toBe(0);
    expect(opened.parts.map((p) => new TextDecoder().decode(p))).toEqual(['{"trimmed":3,"c":"00000000"}\n', '{"a":1}\n{"plain":1}\n']);
  });
});
