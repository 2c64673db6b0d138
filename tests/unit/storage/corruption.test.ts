import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { decodeEnvelope, encodeEnvelope } from '../../../src/core/store/envelope';
import { journalSpec } from '../../../src/core/model/journal';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import { makeTempDir, removeTempDir } from './helpers/temp-dir';
import { ANON_INDEX } from '../../support/read-index';

/**
 * Damage through the real store on a real folder, beyond tests/unit/core/damaged-files.test.ts (which
 * covers truncated, empty, NUL-filled and bit-flipped journals being named and left untouched): every
 * single-bit flip is caught, a journal full of entries comes back from its newest good version, and a
 * damaged index is kept byte for byte while it is rebuilt.
 */
let data: string;
let sam: string;
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
  await ok(core, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
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

describe('a damaged journal', () => {
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

describe('another person’s journal copied over one', () => {
  it('is damaged, never read as them (found by attack23: Sam’s page showed Ana with both people’s notes)', async () => {
    const people = await ok(await open(), 'relationships:list', {});
    const ana = people.find((p) => p.name === 'Ana Silva')!.id;
    const anaBytes = await fs.readFile(journalFile(ana));
    await fs.writeFile(journalFile(sam), anaBytes);
    const core = await open();
    const got = await core.call('journals:get', { relationshipId: sam });
    expect(got).toMatchObject({ ok: false, code: 'damaged' });
    expect(JSON.stringify(got)).toContain("someone else's journal");
    expect((await ok(core, 'journals:get', { relationshipId: ana })).relationship.name).toBe('Ana Silva');
    expect((await ok(core, 'relationships:list', {})).map((p) => p.name).sort()).toEqual(['Ana Silva', 'Sam Rivera']);
    // Left exactly as it is.
    expect(Buffer.compare(await fs.readFile(journalFile(sam)), anaBytes)).toBe(0);
  });
});

describe('a damaged index', () => {
  it('is set aside untouched and rebuilt from the journals', async () => {
    // The index is sharded by id: damage the shard that holds Ana's summary.
    const shards = await fs.readdir(path.join(data, ...ANON_INDEX));
    const holding = [];
    for (const name of shards) if ((await fs.readFile(path.join(data, ...ANON_INDEX, name), 'utf8')).includes('Ana Silva')) holding.push(name);
    const index = path.join(data, ...ANON_INDEX, holding[0]!);
    const damaged = Buffer.from(await fs.readFile(index));
    const at = damaged.indexOf('Ana Silva');
    damaged[at] = damaged[at]! ^ 0x02;
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
