import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFolder, convertLog } from '../../../src/main/storage/convert-folder';
import { nodeFs } from '../../../src/main/storage/fs-seam';
import { newDataKey } from '../../../src/main/storage/keyring';
import { openSealed, readHeader, seal } from '../../../src/main/storage/sealed-file';
import { sealLogRow, unwrapLogRow } from '../../../src/main/storage/sealed-log-rows';
import { PASSPHRASE, enableEncryption, ok, sam, tree, sharedFolder, incidentWith, incidentFacts } from './helpers';

/**
 * Encryption turned off and on again elsewhere gives the folder a new data key. A computer still open
 * under the old key may seal a line with it before its next look. When it notices, it keeps the old key
 * in memory (never on disk) until its next unlock, which seals those lines again under the new key, so
 * every computer with the new passphrase reads them.
 */
const HOME = { id: 'aaaaaaaaaaaaaaaa', name: 'Home' };
const WORK = { id: 'bbbbbbbbbbbbbbbb', name: 'Work' };
const NEXT = 'a brand new passphrase after a leak';

const folder = sharedFolder('mend-old-key-');
const openOn = folder.openOn;

describe('a new data key made elsewhere while this computer still wrote under the old one', () => {
  it('lines sealed under the old key before the look are sealed again under the new key at the next unlock, and every computer reads them', async () => {
    const home = await openOn(HOME);
    const { id } = await ok(home.core, 'relationships:create', sam);
    await enableEncryption(home.core, PASSPHRASE);
    const work = await openOn(WORK);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
    await enableEncryption(home.core, NEXT);
    const k2 = JSON.parse(await readFile(path.join(folder.dir(), 'keyring.json'), 'utf8')).keyId as string;

    await ok(work.core, 'incidents:create', incidentWith(id, 'written on work before it noticed'));
    await work.core.settled?.();
    await work.look();
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ locked: true, lockedBecause: 'passphrase-changed-elsewhere' });
    await ok(work.core, 'security:unlock', { passphrase: NEXT });
    await work.core.settled?.();

    expect(await incidentFacts(work.core, id)).toEqual(['written on work before it noticed']);
    const third = await openOn({ id: 'cccccccccccccccc', name: 'Third' });
    await ok(third.core, 'security:unlock', { passphrase: NEXT });
    expect(await incidentFacts(third.core, id)).toEqual(['written on work before it noticed']);
    expect([...work.reports, ...third.reports]).toEqual([]);
    // Every sealed row and file in the folder names the new key.
    for (const [rel, bytes] of await tree(folder.dir())) {
      if (!rel.startsWith('logs/')) continue;
      for (const row of bytes.toString('latin1').split('\n').filter(Boolean)) {
        expect(Buffer.from(readHeader(unwrapLogRow(row)).keyId).toString('hex'), rel).toBe(k2);
      }
    }
  });
});

describe('sealing a folder with keys it held before', () => {
  it('seals again under the new key the rows and files sealed under a former key, and leaves rows under unknown keys as they are', async () => {
    const [former, current, unknown] = [newDataKey(), newDataKey(), newDataKey()];
    const log = 'logs/a.bbbbbbbbbbbbbbbb.log';
    const rows = [sealLogRow(current, log, '{"n":1}'), sealLogRow(former, log, '{"n":2}'), sealLogRow(unknown, log, '{"n":3}'), '{"n":4}'];
    const out = convertLog(new TextEncoder().encode(rows.map((r) => `${r}\n`).join('')), log, current, 'seal', [former]);
    expect(out).not.toBe('unchanged');
    const lines = new TextDecoder().decode(out as Uint8Array).split('\n').filter(Boolean);
    expect(lines[0]).toBe(rows[0]);
    expect(lines[2]).toBe(rows[2]);
    for (const [i, n] of [[1, 2], [3, 4]] as const) {
      expect(new TextDecoder().decode(openSealed(current, log, unwrapLogRow(lines[i]!)))).toBe(`{"n":${n}}`);
    }

    await mkdir(path.join(folder.dir(), 'relationships'), { recursive: true });
    await writeFile(path.join(folder.dir(), 'relationships', 'x.json'), seal(former, 'relationships/x.json', new TextEncoder().encode('{"a":1}')));
    await convertFolder(nodeFs, folder.dir(), current, 'seal', undefined, [former]);
    const bytes = await readFile(path.join(folder.dir(), 'relationships', 'x.json'));
    expect(new TextDecoder().decode(openSealed(current, 'relationships/x.json', bytes))).toBe('{"a":1}');
  });
});
