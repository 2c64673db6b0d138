import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { rewriteLog } from '../../../src/core/store/log-edit';
import { createEncryptedFileStore, WriteGate } from '../../../src/main/storage/encrypted-file-store';
import { newDataKey } from '../../../src/main/storage/keyring';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { sealLogRow } from '../../../src/main/storage/sealed-log-rows';
import { fixedStamp, MemoryFileStore, testPlatform } from '../../support/memory-file-store';
import { FAST_KDF, PASSPHRASE, enableEncryption, makeFolder, ok, removeFolder, sam } from './helpers';

/**
 * A change log is rewritten in two places: trimming (lines every known computer has folded) and cutting
 * this computer's own torn last line after a crash. In an encrypted folder both once wrote the rows as
 * read back through the encrypted store, which sealed the whole log as one block: the log then read as
 * one damaged row, line numbers shifted, and the saves after it were lost.
 */
const device = { id: 'aaaaaaaaaaaaaaaa', name: 'Laptop' };
let dir = '';
afterEach(async () => {
  await removeFolder(dir);
  await removeFolder(`${dir}-user`);
});

async function open(options: { compactEvery?: number; reports?: string[] } = {}): Promise<Core> {
  return openCore({
    files: createNodeFileStore(dir, { warn: () => undefined }),
    platform: testPlatform().platform,
    vault: createNodeVault(dir, { kdf: FAST_KDF, userDataDir: `${dir}-user` }),
    device, now: fixedStamp().now, newId: randomUUID,
    ...(options.compactEvery ? { compactEvery: options.compactEvery } : {}),
    ...(options.reports ? { reportSync: (p: { file: string; reason: string }) => void options.reports!.push(`${p.file} ${p.reason}`) } : {}),
  });
}

async function reopen(core: Core, options: Parameters<typeof open>[0] = {}): Promise<Core> {
  await ok(core, 'security:lock', {});
  const next = await open(options);
  await ok(next, 'security:unlock', { passphrase: PASSPHRASE });
  return next;
}

const ownLog = async () => path.join(dir, 'logs', (await fs.readdir(path.join(dir, 'logs'))).find((n) => n.endsWith(`.${device.id}.log`))!);

describe('rewriting a change log in an encrypted folder', () => {
  it('trimming keeps every acknowledged save, and the log sealed row by row', async () => {
    dir = await makeFolder('mend-sealed-trim-');
    const reports: string[] = [];
    let core = await open({ compactEvery: 2, reports });
    const person = await ok(core, 'relationships:create', sam);
    await enableEncryption(core, PASSPHRASE);
    for (let i = 0; i < 8; i++) await ok(core, 'relationships:update', { id: person.id, ...sam, notes: `note ${i}` });
    // Each start records how far this computer's snapshots reach, then trims its own logs that far.
    for (let round = 0; round < 2; round++) {
      core = await reopen(core, { compactEvery: 2, reports });
      await ok(core, 'relationships:update', { id: person.id, ...sam, notes: `after restart ${round}` });
    }
    core = await reopen(core, { compactEvery: 2, reports });
    expect((await ok(core, 'journals:get', { relationshipId: person.id })).relationship.notes).toBe('after restart 1');
    const rows = (await fs.readFile(await ownLog(), 'latin1')).split('\n').filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.startsWith('MENDSEAL:'))).toBe(true);
    expect(reports.filter((r) => !r.includes('could not be written'))).toEqual([]);
  });

  it('cutting a torn last line after a crash loses none of the saves before it, at this start or the next', async () => {
    dir = await makeFolder('mend-sealed-torn-');
    let core = await open();
    const person = await ok(core, 'relationships:create', sam);
    await enableEncryption(core, PASSPHRASE);
    for (let i = 0; i < 5; i++) await ok(core, 'relationships:update', { id: person.id, ...sam, notes: `acknowledged ${i}` });
    await ok(core, 'security:lock', {});
    // The power went while the next save was being appended: a torn sealed row ends this computer's log.
    await fs.appendFile(await ownLog(), 'MENDSEAL:AQIDBAUG');
    core = await open();
    await ok(core, 'security:unlock', { passphrase: PASSPHRASE });
    expect((await ok(core, 'journals:get', { relationshipId: person.id })).relationship.notes).toBe('acknowledged 4');
    core = await reopen(core);
    expect((await ok(core, 'journals:get', { relationshipId: person.id })).relationship.notes).toBe('acknowledged 4');
    await ok(core, 'relationships:update', { id: person.id, ...sam, notes: 'after the crash' });
    core = await reopen(core);
    expect((await ok(core, 'journals:get', { relationshipId: person.id })).relationship.notes).toBe('after the crash');
  });

  it('keeps a row sealed under a key not here byte for byte (it reads as a stand-in, never written back)', async () => {
    const inner = new MemoryFileStore();
    const old = newDataKey();
    const key = newDataKey();
    const log = 'logs/p.aaaaaaaaaaaaaaaa.log';
    const kept = sealLogRow(old, log, '{"a":1}');
    await inner.append(log, new TextEncoder().encode(`${sealLogRow(key, log, '{"gone":1}')}\n${kept}\n${sealLogRow(key, log, '{"b":2}')}\nMENDSEAL:AQID`));
    const files = createEncryptedFileStore(inner, { phase: () => 'sealing', key: () => key }, new WriteGate());
    expect(new TextDecoder().decode((await files.read(log))!)).toMatch(/\n[#?]/); // the old key's row, as read here
    await rewriteLog(files, log, { drop: 1, head: '{"trimmed":1}' });
    let rows = new TextDecoder().decode((await inner.read(log))!).split('\n');
    expect(rows[1]).toBe(kept);
    expect(rows[3]).toBe('MENDSEAL:AQID'); // a row still arriving stays as it is
    expect(new TextDecoder().decode((await files.read(log))!).split('\n')[0]).toBe('{"trimmed":1}');
    await rewriteLog(files, log, { drop: 0, keep: 3 });
    rows = new TextDecoder().decode((await inner.read(log))!).split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toBe(kept);
    expect(rows[3]).toBe('');
  });
});
