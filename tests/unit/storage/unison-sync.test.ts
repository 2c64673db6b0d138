import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { JournalStore } from '../../../src/core/store/journal-store';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { testPlatform } from '../../support/memory-file-store';
import { value } from '../../support/sync-sim';
import { makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * Two Mend cores on two replicas of one folder kept in sync by a real file synchroniser: Debian's
 * unison, in batch mode between two local folders (no network). Edits on both, some at once; after
 * syncing, both hold the same journals and the concurrent text survives on both.
 */
const run = promisify(execFile);
let work: string;
beforeAll(async () => {
  work = await makeTempDir('mend-unison-');
});
afterAll(() => removeTempDir(work));

/** Syncs once both apps have written what follows their saves (index summaries, snapshots), as a sync tool would find them idle. */
async function unison(a: string, b: string, ...cores: Core[]): Promise<void> {
  for (const core of cores) await core.settled?.();
  // -batch: no questions; a file both sides changed is left as each has it (our logs never are: each
  // computer writes only its own). UNISON keeps its archive inside the test folder.
  try {
    await run('unison', [a, b, '-batch', '-silent', '-ui', 'text', '-perms', '0'], { env: { ...process.env, UNISON: path.join(work, 'unison-home') } });
  } catch (error) {
    // Exit 1: some files were skipped as changed on both sides (snapshots both compacted): expected.
    if ((error as { code?: number }).code !== 1) throw error;
    skipped++;
  }
}
let skipped = 0;

interface Replica {
  dir: string;
  device: { id: string; name: string };
  clock: number;
}

function open(r: Replica, compactEvery = 3): Promise<Core> {
  return openCore({
    files: createNodeFileStore(r.dir, { warn: () => undefined }),
    platform: testPlatform().platform,
    newId: () => `${r.device.name}-${(r.clock += 1)}`,
    now: () => new Date(Date.parse('2026-12-01T09:00:00Z') + (r.clock += 10) * 1000),
    device: r.device,
    compactEvery,
  });
}

const person = { role: '', kind: 'peer', started: null, notes: 'start' };
const entry = (relationshipId: string, note: string) => ({ relationshipId, at: '2026-11-30T08:00:00.000Z', kind: 'other', note });
type J = { relationship: { notes: string; role: string }; monitoringNotes: { note: string }[] };

describe('two computers, one folder synced by unison', () => {
  it('ends identical on both, with concurrent edits merged and both texts kept', { timeout: 60_000 }, async () => {
    const home: Replica = { dir: path.join(work, 'home'), device: { id: '1111111111111111', name: 'home' }, clock: 0 };
    const office: Replica = { dir: path.join(work, 'office'), device: { id: '2222222222222222', name: 'office' }, clock: 100 };
    await fs.mkdir(home.dir);
    await fs.mkdir(office.dir);

    const h = await open(home);
    const sam = (await value<{ id: string }>(h, 'relationships:create', { ...person, name: 'Sam' })).id;
    const ana = (await value<{ id: string }>(h, 'relationships:create', { ...person, name: 'Ana' })).id;
    await unison(home.dir, office.dir, h);

    const o = await open(office);
    // At once, without syncing: both change Sam's notes; each adds entries; the office changes a role.
    for (let i = 0; i < 4; i++) {
      await value(h, 'monitoring-notes:create', entry(sam, `home entry ${i}`));
      await value(o, 'monitoring-notes:create', entry(ana, `office entry ${i}`));
    }
    await value(h, 'relationships:update', { id: sam, ...person, name: 'Sam', notes: 'Written at home, Monday' });
    await value(o, 'relationships:update', { id: sam, ...person, name: 'Sam', role: 'Lead', notes: 'Written at the office, Monday' });
    await unison(home.dir, office.dir, h, o);
    const o2 = await open(office);
    await value(o2, 'monitoring-notes:create', entry(sam, 'office after sync'));
    await unison(home.dir, office.dir, h, o, o2);

    const seen: { journals: J[]; alts: unknown[] }[] = [];
    for (const r of [home, office]) {
      const core = await open(r);
      const journals = [await value<J>(core, 'journals:get', { relationshipId: sam }), await value<J>(core, 'journals:get', { relationshipId: ana })];
      const store = await JournalStore.open(createNodeFileStore(r.dir, { warn: () => undefined }), () => new Date('2026-12-01T12:00:00Z'), { device: r.device });
      seen.push({ journals, alts: (await store.alternatives(sam)).map((a) => a.value) });
    }
    console.log(`unison: ${skipped} of 3 runs left a file both sides changed as each had it`);
    expect(seen[0]).toEqual(seen[1]);
    const [samJ, anaJ] = seen[0]!.journals as [J, J];
    expect(samJ.relationship.role).toBe('Lead');
    expect([samJ.relationship.notes, ...(seen[0]!.alts as string[])].sort()).toEqual(['Written at home, Monday', 'Written at the office, Monday']);
    expect(samJ.monitoringNotes.map((n) => n.note).sort()).toEqual(['home entry 0', 'home entry 1', 'home entry 2', 'home entry 3', 'office after sync']);
    expect(anaJ.monitoringNotes.map((n) => n.note)).toEqual(['office entry 0', 'office entry 1', 'office entry 2', 'office entry 3']);
    // Each computer wrote only its own logs.
    const logs = (await fs.readdir(path.join(home.dir, 'logs'))).sort();
    expect(logs.every((n) => n.includes(home.device.id) || n.includes(office.device.id))).toBe(true);
  });
});
