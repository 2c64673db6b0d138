import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import type { Input } from '../../../src/core/api/contract';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { callOk } from '../../support/typed-call';
import { noRatings, SAM } from '../follow-up/helpers';

/**
 * "Restore an earlier version": the versions list says how many entries each version holds, and the
 * usual reason to go back is an entry deleted by mistake. A removal is a tombstone no older copy may
 * undo, so an entry removed since the version was saved must come back under a new id, or the restore
 * silently leaves it out (and the list's count was a broken promise).
 */
const LAPTOP = { id: 'a1a1a1a1a1a1a1a1', name: 'Laptop' };
const DESKTOP = { id: 'b2b2b2b2b2b2b2b2', name: 'Desktop' };

/** One computer whose every save is folded into a snapshot, so every save leaves an earlier version. */
function computer(device = LAPTOP, files = new MemoryFileStore(), stamp = fixedStamp()) {
  const open = async () => callOk(await openCore({ files, platform: testPlatform().platform, ...stamp, device, compactEvery: 1 }));
  return { files, open };
}

/** What a synced folder holds in common (each computer's own state under devices/ stays its own). */
async function syncedCopy(from: MemoryFileStore): Promise<MemoryFileStore> {
  const to = new MemoryFileStore();
  for (const [path, bytes] of from.files) if (path.startsWith('relationships/') || path.startsWith('logs/')) await to.write(path, bytes);
  return to;
}

const note = (relationshipId: string, at: string, text: string): Input<'monitoring-notes:create'> => ({ relationshipId, at, kind: 'other', note: text });

/** Sam, a note kept and a note deleted after a version holding both was saved. */
async function deletedByMistake(pc = computer()) {
  const ok = await pc.open();
  const { id } = await ok('relationships:create', SAM);
  const kept = await ok('monitoring-notes:create', note(id, '2026-02-20T09:00:00.000Z', 'Kept note.'));
  const gone = await ok('monitoring-notes:create', note(id, '2026-02-21T09:00:00.000Z', 'Deleted by mistake.'));
  await ok('monitoring-notes:delete', { relationshipId: id, id: gone.id });
  const versions = await ok('journals:backups', { relationshipId: id });
  const withBoth = versions.find((v) => v.entries === 2);
  expect(withBoth).toBeDefined();
  return { pc, ok, id, kept, gone, version: withBoth! };
}

const texts = (j: { monitoringNotes: { note: string }[] }) => j.monitoringNotes.map((n) => n.note).sort();

describe('restoring an earlier version that holds entries removed since', () => {
  it('gives back as many entries as the versions list says it holds', async () => {
    const { ok, id, version } = await deletedByMistake();
    const restored = await ok('journals:restore', { relationshipId: id, backupId: version.id });
    expect(restored.monitoringNotes).toHaveLength(2);
    const now = await ok('journals:get', { relationshipId: id });
    expect(texts(now)).toEqual(['Deleted by mistake.', 'Kept note.']);
  });

  it('the removed entry returns under a new id; an entry never removed keeps its own', async () => {
    const { ok, id, kept, gone, version } = await deletedByMistake();
    await ok('journals:restore', { relationshipId: id, backupId: version.id });
    const now = await ok('journals:get', { relationshipId: id });
    expect(now.monitoringNotes.find((n) => n.note === 'Kept note.')?.id).toBe(kept.id);
    const back = now.monitoringNotes.find((n) => n.note === 'Deleted by mistake.');
    expect(back).toBeDefined();
    expect(back!.id).not.toBe(gone.id);
    // Only the id is new: what the person wrote, and when, is the version's.
    expect({ ...back!, id: gone.id }).toEqual(gone);
  });

  it('an entry whose removal is folded into the snapshot and trimmed from the log comes back too', async () => {
    const { pc, id, gone } = await deletedByMistake();
    const again = await pc.open(); // opening trims what every computer has folded
    const logs = await Promise.all((await pc.files.list('logs')).map(async (n) => new TextDecoder().decode((await pc.files.read(`logs/${n}`))!)));
    expect(logs.join('')).not.toContain(`monitoringNotes/${gone.id}`);
    const version = (await again('journals:backups', { relationshipId: id })).find((v) => v.entries === 2)!;
    await again('journals:restore', { relationshipId: id, backupId: version.id });
    expect(texts(await (await pc.open())('journals:get', { relationshipId: id }))).toEqual(['Deleted by mistake.', 'Kept note.']);
  });

  it('keeps every entry after a restart', async () => {
    const { pc, ok, id, version } = await deletedByMistake();
    await ok('journals:restore', { relationshipId: id, backupId: version.id });
    const again = await pc.open();
    expect(texts(await again('journals:get', { relationshipId: id }))).toEqual(['Deleted by mistake.', 'Kept note.']);
    expect((await again('relationships:list', { includeArchived: true })).map((p) => p.id)).toEqual([id]);
  });

  it('another computer that saw the removal gets every entry back too', async () => {
    const laptop = computer();
    const { ok, id, version } = await deletedByMistake(laptop);
    // The desktop has the journal with the removal in its own snapshot, as a synced folder leaves it.
    const desktop = computer(DESKTOP, await syncedCopy(laptop.files), fixedStamp('2026-03-01T10:00:00.000Z'));
    const before = await desktop.open();
    expect(texts(await before('journals:get', { relationshipId: id }))).toEqual(['Kept note.']);

    await ok('journals:restore', { relationshipId: id, backupId: version.id });
    // The sync tool brings over the laptop's own log (each computer writes only its own).
    for (const name of await laptop.files.list('logs')) {
      if (name.includes(LAPTOP.id)) await desktop.files.write(`logs/${name}`, (await laptop.files.read(`logs/${name}`))!);
    }
    const after = await desktop.open();
    expect(texts(await after('journals:get', { relationshipId: id }))).toEqual(['Deleted by mistake.', 'Kept note.']);
  });

  it('an entry removed on another computer, whose log arrived but is not merged here yet, comes back too', async () => {
    const laptop = computer();
    const ok = await laptop.open();
    const { id } = await ok('relationships:create', SAM);
    await ok('monitoring-notes:create', note(id, '2026-02-20T09:00:00.000Z', 'Kept note.'));
    const gone = await ok('monitoring-notes:create', note(id, '2026-02-21T09:00:00.000Z', 'Deleted on the desktop.'));
    await ok('relationships:update', { id, ...SAM, notes: 'Prefers mornings.' }); // the version with both notes is now an earlier one
    const desktop = computer(DESKTOP, await syncedCopy(laptop.files), fixedStamp('2026-03-01T10:00:00.000Z'));
    await (await desktop.open())('monitoring-notes:delete', { relationshipId: id, id: gone.id });
    for (const name of await desktop.files.list('logs')) {
      if (name.includes(DESKTOP.id)) await laptop.files.write(`logs/${name}`, (await desktop.files.read(`logs/${name}`))!);
    }
    // The laptop still shows the note (it has not looked at the folder since); its current version holds both.
    const versions = await ok('journals:backups', { relationshipId: id });
    const withBoth = versions.find((v) => v.entries === 2)!;
    const restored = await ok('journals:restore', { relationshipId: id, backupId: withBoth.id });
    expect(texts(restored)).toEqual(['Deleted on the desktop.', 'Kept note.']);
    expect(texts(await (await laptop.open())('journals:get', { relationshipId: id }))).toEqual(['Deleted on the desktop.', 'Kept note.']);
  });

  it('a link to a returning entry follows its new id (a trust check about a discarded debrief)', async () => {
    const pc = computer();
    const ok = await pc.open();
    const { id } = await ok('relationships:create', SAM);
    const debrief = await ok('debriefs:start', { relationshipId: id, preparationId: null, incidentId: null });
    const check = await ok('checks:create', {
      relationshipId: id,
      at: '2026-02-28T17:00:00.000Z',
      ratings: noRatings,
      evidence: '',
      interpretation: 'Talked it through.',
      activation: 0,
      emotion: '',
      source: '',
      debriefId: debrief.id,
    });
    await ok('debriefs:discard', { relationshipId: id, id: debrief.id });
    const version = (await ok('journals:backups', { relationshipId: id })).find((v) => v.entries === 2)!;
    expect(version).toBeDefined();

    await ok('journals:restore', { relationshipId: id, backupId: version.id });
    const now = await (await pc.open())('journals:get', { relationshipId: id });
    expect(now.debriefs).toHaveLength(1);
    expect(now.debriefs[0]!.id).not.toBe(debrief.id);
    expect(now.checks.map((c) => ({ id: c.id, debriefId: c.debriefId }))).toEqual([{ id: check.id, debriefId: now.debriefs[0]!.id }]);
  });

  it('a version that holds nothing removed since is restored with every id as it was', async () => {
    const { ok, id, kept } = await deletedByMistake();
    const versions = await ok('journals:backups', { relationshipId: id });
    const oneNote = versions.find((v) => v.entries === 1)!;
    await ok('journals:restore', { relationshipId: id, backupId: oneNote.id });
    const now = await ok('journals:get', { relationshipId: id });
    expect(now.monitoringNotes.map((n) => n.id)).toEqual([kept.id]);
  });
});
