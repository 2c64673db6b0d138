import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { decodeEnvelope, encodeEnvelope } from '../../../src/core/store/envelope';
import { journalSpec } from '../../../src/core/model/journal';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import { listTree, makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * Damaged journals, through the real store on a real folder: each kind of damage is caught on load,
 * reported with the file's name, and the file is left byte for byte as it was, while everything else
 * in Mend keeps working. A flipped byte inside a text field is caught by the checksum.
 */
let data: string;
let sam: string;
let ana: string;
let clock = 0;

const open = (): Promise<Core> =>
  openCore({
    files: createNodeFileStore(data, { warn: () => undefined }),
    platform: { ...testPlatform().platform, dataFolder: data },
    ...fixedStamp(new Date(Date.parse('2026-03-01T09:00:00.000Z') + clock++ * 3_600_000).toISOString()),
  });

const journalFile = (id: string) => path.join(data, 'relationships', `${id}.json`);

beforeEach(async () => {
  data = await makeTempDir('mend-corrupt-');
  const core = await open();
  sam = await addSamplePerson(core, 'Sam Rivera'); // many saves, so earlier versions exist
  ana = (await ok(core, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' })).id;
});
afterEach(async () => {
  await removeTempDir(data);
});

/** Flips one bit of a letter inside the notes text: still valid JSON, still a valid journal. */
function flipInsideText(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf('Prefers mornings') + 1;
  copy[at] = copy[at]! ^ 0x01; // "r" → "s"
  return copy;
}

const damages: [string, (good: Buffer) => Buffer, RegExp][] = [
  ['truncated', (good) => good.subarray(0, Math.floor(good.length / 2)), /the file is cut short or is not valid JSON/],
  ['empty', () => Buffer.alloc(0), /the file is empty/],
  ['NUL-filled', (good) => Buffer.alloc(good.length), /the file is filled with empty bytes/],
  ['bit-flipped inside a text field', flipInsideText, /its checksum does not match/],
];

describe('a damaged journal', () => {
  it.each(damages)('%s: detected on load, named, never overwritten; the rest of Mend works', async (_kind, spoil, reason) => {
    const damaged = spoil(await fs.readFile(journalFile(sam)));
    await fs.writeFile(journalFile(sam), damaged);
    const treeBefore = await listTree(data);
    const core = await open();

    const read = await core.call('journals:get', { relationshipId: sam });
    expect(read).toMatchObject({ ok: false, code: 'damaged', message: expect.stringMatching(reason) });
    expect((read as { message: string }).message).toContain(`relationships/${sam}.json`);
    const edit = await core.call('relationships:update', { id: sam, name: 'Sam', role: '', kind: 'peer', started: null, notes: 'new' });
    expect(edit).toMatchObject({ ok: false, code: 'damaged' });
    expect(await core.call('relationships:archive', { id: sam, archived: true })).toMatchObject({ ok: false, code: 'damaged' });

    expect((await ok(core, 'relationships:list', {})).map((r) => r.name)).toEqual(['Ana Silva', 'Sam Rivera']);
    await ok(core, 'relationships:update', { id: ana, name: 'Ana Silva', role: 'Design lead', kind: 'peer', started: null, notes: '' });
    expect(Buffer.compare(await fs.readFile(journalFile(sam)), damaged)).toBe(0);
    // Only Ana's save touched the folder (her journal, its backup, the index).
    const changed = (await listTree(data)).filter((f) => !treeBefore.includes(f));
    expect(changed.every((f) => f.includes(ana) || f.includes('index.json'))).toBe(true);
  });

  it('is restored from its newest good version; the damaged file is kept in damaged/', async () => {
    const before = await ok(await open(), 'journals:get', { relationshipId: sam });
    const damaged = flipInsideText(await fs.readFile(journalFile(sam)));
    await fs.writeFile(journalFile(sam), damaged);
    const core = await open();
    const backups = await ok(core, 'journals:backups', { relationshipId: sam });
    expect(backups.length).toBeGreaterThan(3);
    expect(backups.every((b) => b.entries !== null)).toBe(true);
    expect(backups.map((b) => b.entries)).toEqual([...backups.map((b) => b.entries)].sort((x, y) => y! - x!)); // newest has most
    const restored = await ok(core, 'journals:restore', { relationshipId: sam, backupId: backups[0]!.id });
    expect(restored.monitoringNotes).toHaveLength(0); // the last save added the note; the version before it is back
    expect({ ...restored, monitoringNotes: before.monitoringNotes }).toEqual(before);
    const aside = await fs.readdir(path.join(data, 'damaged'));
    expect(aside).toHaveLength(1);
    expect(Buffer.compare(await fs.readFile(path.join(data, 'damaged', aside[0]!)), damaged)).toBe(0);
  });
});

describe('a damaged index', () => {
  it('is set aside untouched and rebuilt from the journals', async () => {
    const index = path.join(data, 'index.json');
    const damaged = Buffer.from(await fs.readFile(index));
    damaged[damaged.indexOf('Ana Silva')] ^= 0x02;
    await fs.writeFile(index, damaged);
    const core = await open();
    const list = await ok(core, 'relationships:list', {});
    expect(list.map((r) => [r.name, r.entries])).toEqual([['Ana Silva', 0], ['Sam Rivera', 7]]);
    const aside = await fs.readdir(path.join(data, 'damaged'));
    expect(aside).toEqual([expect.stringMatching(/^index-.*\.json$/)]);
    expect(Buffer.compare(await fs.readFile(path.join(data, 'damaged', aside[0]!)), damaged)).toBe(0);
  });
});

describe('every single-bit flip', () => {
  it('anywhere in a journal file is detected on load', async () => {
    const journal = await ok(await open(), 'journals:get', { relationshipId: sam });
    const good = encodeEnvelope(journalSpec, journal);
    let flips = 0;
    const missed: string[] = [];
    for (let i = 0; i < good.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const bad = good.slice();
        bad[i] = bad[i]! ^ (1 << bit);
        flips++;
        try {
          decodeEnvelope(journalSpec, bad);
          missed.push(`byte ${i} bit ${bit}`);
        } catch {
          // detected, as it must be
        }
      }
    }
    console.log(`bit flips: ${flips - missed.length} of ${flips} detected in a ${good.length}-byte journal`);
    expect(missed).toEqual([]);
  });
});
