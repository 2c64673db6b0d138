import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/core/open-core';
import { decodeLog } from '../../../src/core/store/change-line';
import { callOk } from '../../support/typed-call';
import { pair, SyncWorld } from '../../support/sync-sim';
import { laptopAndOld as shared, type Computer } from '../../support/laptop-and-old';

/**
 * A sync tool's conflict copy of a snapshot (both computers rewrote relationships/<id>.json) is read
 * beside the snapshot. It may hold lines no log holds any more, so it is merged; but what the logs
 * still hold comes from the logs, so an older text in the copy is never offered back as written "at
 * the same time", and a version the person dropped never returns. Found by attacking the store (the
 * first and the last test failed before the fix; the second and third too).
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: 'first notes here' };
const texts = async (core: Core, id: string) => (await callOk(core)('alternatives:list', { relationshipId: id })).map((a) => a.other.text);

/** Home and work, each folding every save into its snapshot, change Sam's notes without seeing each other's change. */
async function notesChangedOnBoth() {
  const world = new SyncWorld(['home', 'work'], 1);
  const [home, work] = pair(world);
  const { id } = await callOk(await world.open(home))('relationships:create', sam);
  world.transfer(home, work);
  await world.open(work);
  await callOk(home.core!)('relationships:update', { id, ...sam, notes: 'Written at home' });
  await callOk(work.core!)('relationships:update', { id, ...sam, notes: 'Written at work, later' });
  return { world, home, work, id };
}

describe('conflict copies of a snapshot', () => {
  it('offer no "also written" version when only one computer changed the text', async () => {
    const world = new SyncWorld(['home', 'work'], 1); // every save folds into the snapshot
    const [home, work] = pair(world);
    const { id } = await callOk(await world.open(home))('relationships:create', sam);
    world.transfer(home, work);
    await world.open(work);
    await callOk(home.core!)('relationships:update', { id, ...sam, notes: 'second notes from home' });
    await callOk(home.core!)('relationships:update', { id, ...sam, notes: 'third notes from home' });
    await callOk(work.core!)('relationships:update', { id, ...sam, role: 'Lead' });
    world.transfer(work, home, { conflictCopies: true });
    world.transfer(home, work, { conflictCopies: true });
    for (const d of [home, work]) {
      const core = await world.open(d);
      const journal = await callOk(core)('journals:get', { relationshipId: id });
      expect(journal.relationship).toMatchObject({ notes: 'third notes from home', role: 'Lead' });
      expect(await texts(core, id)).toEqual([]);
    }
  });

  it('a version the person dropped stays dropped after the next fold and on the other computer', async () => {
    const { world, home, work, id } = await notesChangedOnBoth();
    world.transfer(home, work, { conflictCopies: true });
    let w = await world.open(work);
    const [alt] = await callOk(w)('alternatives:list', { relationshipId: id });
    expect(alt?.other.text).toBe('Written at home');
    await callOk(w)('alternatives:resolve', { relationshipId: id, record: alt!.record, field: alt!.field, version: alt!.version, choice: 'drop' });
    // An unrelated save folds the log (and the drop in it) into a new snapshot.
    await callOk(w)('relationships:update', { id, ...sam, notes: 'Written at work, later', role: 'Lead' });
    w = await world.open(work);
    expect(await texts(w, id)).toEqual([]);
    world.transfer(work, home, { conflictCopies: true });
    world.transfer(home, work, { conflictCopies: true });
    for (const d of [home, work]) {
      const core = await world.open(d);
      expect(await texts(core, id)).toEqual([]);
      expect((await callOk(core)('journals:get', { relationshipId: id })).relationship.notes).toBe('Written at work, later');
    }
  });

  it('a text both computers changed at once is still offered when the other side reaches this one only as a snapshot copy', async () => {
    const { world, home, work, id } = await notesChangedOnBoth();
    // Home's log never arrives (deleted by hand, say): its change is only in home's snapshot, a conflict copy here.
    world.transfer(home, work, { conflictCopies: true });
    for (const path of [...work.files.files.keys()]) if (path.startsWith('logs/') && path.includes(`.${home.id}.log`)) work.files.files.delete(path);
    const w = await world.open(work);
    expect(await texts(w, id)).toEqual(['Written at home']);
  });
});

describe("OneDrive's conflict copies (<name>-<computer>.json, .log)", () => {
  /** Home adds two notes (each folded into its snapshot); work gets home's files under OneDrive's names only. */
  async function homeNotesAsOneDriveCopies(rename: (path: string) => string) {
    const world = new SyncWorld(['home', 'work'], 1);
    const [home, work] = pair(world);
    const { id } = await callOk(await world.open(home))('relationships:create', sam);
    world.transfer(home, work);
    await world.open(work);
    for (const text of ['From home, one', 'From home, two']) {
      await callOk(home.core!)('monitoring-notes:create', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note: text });
    }
    await callOk(work.core!)('relationships:update', { id, ...sam, role: 'Lead' });
    for (const [path, bytes] of home.files.files) {
      if (!path.startsWith('relationships/') && !path.startsWith('logs/')) continue;
      const renamed = rename(path);
      if (renamed !== path) work.files.files.set(renamed, bytes.slice());
    }
    const core = await world.open(work);
    return { id, core, notes: async () => (await callOk(core)('journals:get', { relationshipId: id })).monitoringNotes.map((n) => n.note) };
  }

  it('a snapshot copy is merged into its journal and never listed as a person', async () => {
    const { id, core, notes } = await homeNotesAsOneDriveCopies((p) => (p === `relationships/${p.slice(14, -5)}.json` ? p.replace(/\.json$/, '-HOME-PC.json') : p));
    expect(await notes()).toEqual(['From home, one', 'From home, two']);
    expect((await callOk(core)('relationships:list', { includeArchived: true })).map((r) => r.id)).toEqual([id]);
    expect((await callOk(core)('journals:get', { relationshipId: id })).relationship.role).toBe('Lead');
  });

  it("a log copy is merged like the log it copies", async () => {
    const { notes } = await homeNotesAsOneDriveCopies((p) => (p.startsWith('logs/') ? p.replace(/\.log$/, '-HOME-PC.log') : p));
    expect(await notes()).toEqual(['From home, one', 'From home, two']);
  });
});

/**
 * A laptop and an old computer on one synced folder. `transfer` sends each computer's own files whole,
 * and a snapshot only where the other side has none (a sync tool that has not yet met a conflict).
 */
function laptopAndOld() {
  const world = shared();
  const { laptop, old, open } = world;
  const transfer = (from: Computer, to: Computer) => world.transfer(from, to, 'missing');
  const later = world.later;
  const note = (core: Core, id: string, text: string) =>
    callOk(core)('monitoring-notes:create', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note: text });
  /** Forty days on, the laptop writes six notes and forgets the old computer: it trims its log past the old one's snapshot. */
  const laptopForgetsOld = async (id: string): Promise<Core> => {
    later(40);
    const core = await open(laptop);
    for (let i = 0; i < 6; i++) await note(core, id, `laptop note ${i}`);
    await callOk(await open(laptop))('devices:forget', { id: old.id });
    return open(laptop);
  };
  /** Both rewrote the snapshot: the sync tool keeps the old computer's under the real name, the laptop's as a conflict copy. */
  const oldSnapshotWins = (id: string) => {
    const path = `relationships/${id}.json`;
    const copy = `relationships/${id}.sync-conflict-20270110-120000-LAPTOP1.json`;
    const laptopSnapshot = laptop.files.files.get(path)!;
    const oldSnapshot = old.files.files.get(path)!;
    for (const d of [laptop, old]) {
      d.files.files.set(path, oldSnapshot.slice());
      d.files.files.set(copy, laptopSnapshot.slice());
    }
    transfer(laptop, old);
    transfer(old, laptop);
    return { path, oldSnapshot };
  };
  return { laptop, old, open, transfer, note, laptopForgetsOld, oldSnapshotWins };
}

describe('a computer that was forgotten comes back with an older snapshot', () => {
  it('a text it saw and replaced is not offered back when the laptop\'s snapshot copy fills the trimmed gap', async () => {
    const { laptop, old, open, transfer, note, laptopForgetsOld, oldSnapshotWins } = laptopAndOld();
    let core = await open(laptop);
    const { id } = await callOk(core)('relationships:create', sam);
    transfer(laptop, old);
    await open(old);
    transfer(old, laptop);
    await callOk(core)('relationships:update', { id, ...sam, notes: 'laptop wrote this text' });
    await callOk(core)('relationships:update', { id, ...sam, notes: 'laptop wrote this text', role: 'Lead' });
    transfer(laptop, old);
    core = await open(old);
    await callOk(core)('relationships:update', { id, ...sam, role: 'Lead', notes: 'old computer replaced it' });
    await note(core, id, 'old note before');
    await core.settled?.();
    await (await laptopForgetsOld(id)).settled?.();
    oldSnapshotWins(id);
    for (const d of [laptop, old]) {
      const c = await open(d);
      expect((await callOk(c)('journals:get', { relationshipId: id })).relationship.notes).toBe('old computer replaced it');
      expect(await texts(c, id)).toEqual([]);
    }
  });

  it('deleting a person while the newer snapshot has not arrived: the Trash gives back everything this computer holds', async () => {
    const { laptop, old, open, note, laptopForgetsOld } = laptopAndOld();
    const { id } = await callOk(await open(laptop))('relationships:create', { ...sam, notes: '' });
    for (const [path, bytes] of laptop.files.files) old.files.files.set(path, bytes.slice());
    await open(old);
    for (const [path, bytes] of old.files.files) if (!laptop.files.files.has(path)) laptop.files.files.set(path, bytes.slice());
    await laptopForgetsOld(id);
    // Only the laptop's trimmed log reaches the old computer: its newer snapshot is still on the way.
    const log = `logs/${id}.${laptop.id}.log`;
    old.files.files.set(log, laptop.files.files.get(log)!.slice());
    const core = await open(old);
    for (let i = 0; i < 4; i++) await note(core, id, `old note ${i}`);
    await callOk(core)('relationships:delete', { id });
    expect(await callOk(core)('relationships:list', { includeArchived: true })).toEqual([]);
    const [trashed] = await callOk(core)('trash:list', {});
    const back = await callOk(core)('trash:restore', { file: trashed!.file });
    const notes = (await callOk(core)('journals:get', { relationshipId: back.id })).monitoringNotes.map((n) => n.note).sort();
    expect(notes).toEqual(Array.from({ length: 4 }, (_, i) => `old note ${i}`));
    const again = await open(old);
    expect((await callOk(again)('relationships:list', { includeArchived: true })).map((r) => r.name)).toEqual(['Sam']);
  });

  /**
   * The laptop forgets the old computer (so trims its log past what the old computer's snapshot holds);
   * the old computer writes notes and a snapshot before its sync caught up, and the sync tool keeps
   * the old computer's snapshot under the real name and the laptop's as a conflict copy.
   */
  it('keeps folding into snapshots, and the Trash gives back every note', async () => {
    const { laptop, old, open, transfer, note, laptopForgetsOld, oldSnapshotWins } = laptopAndOld();
    const notes = async (core: Core, id: string) => (await callOk(core)('journals:get', { relationshipId: id })).monitoringNotes.map((n) => n.note).sort();
    const { id } = await callOk(await open(laptop))('relationships:create', { ...sam, notes: '' });
    transfer(laptop, old);
    await open(old);
    transfer(old, laptop);
    await laptopForgetsOld(id);
    expect(decodeLog(new TextDecoder().decode(laptop.files.files.get(`logs/${id}.${laptop.id}.log`)!)).base).toBeGreaterThan(0);

    let core = await open(old);
    for (let i = 0; i < 4; i++) await note(core, id, `old note ${i}`);
    await core.settled?.();
    const { path, oldSnapshot } = oldSnapshotWins(id);

    core = await open(laptop);
    const all = [...Array.from({ length: 6 }, (_, i) => `laptop note ${i}`), ...Array.from({ length: 4 }, (_, i) => `old note ${i}`)].sort();
    expect(await notes(core, id)).toEqual(all);
    // Saving goes on folding into new snapshots (before the fix, no computer ever wrote one again).
    for (let i = 0; i < 4; i++) await note(core, id, `later ${i}`);
    await core.settled?.();
    expect(laptop.files.files.get(path)).not.toEqual(oldSnapshot);

    await callOk(core)('relationships:delete', { id });
    const [trashed] = await callOk(core)('trash:list', {});
    const back = await callOk(core)('trash:restore', { file: trashed!.file });
    expect(await notes(core, back.id)).toEqual([...all, ...Array.from({ length: 4 }, (_, i) => `later ${i}`)].sort());
  });
});
