import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import type { Input } from '../../../src/core/api/contract';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { callOk } from '../../support/typed-call';
import { noRatings, SAM } from '../follow-up/helpers';

/**
 * "Restore an earlier version" over a snapshot whose bytes are damaged (recovery.ts restoreBackup, the
 * unreadable path). The version is put back with every log line written after it merged again; a
 * removal among those lines is a tombstone, so an entry the version holds and that was removed since
 * must come back under a new id, as it does over a readable file, or the restore silently leaves it
 * out. Checked on this computer and on another that saw the removal, once the logs have arrived.
 */
const LAPTOP = { id: 'a1a1a1a1a1a1a1a1', name: 'Laptop' };
const DESKTOP = { id: 'b2b2b2b2b2b2b2b2', name: 'Desktop' };

function computer(device: { id: string; name: string }, files = new MemoryFileStore(), stamp = fixedStamp()) {
  const open = async () => callOk(await openCore({ files, platform: testPlatform().platform, ...stamp, device, compactEvery: 1 }));
  return { files, open };
}

/** What the sync tool brings: `from`'s own logs, and the snapshots when `snapshots` (one side changed them). */
async function transfer(from: MemoryFileStore, fromId: string, to: MemoryFileStore, snapshots: boolean) {
  for (const [path, bytes] of from.files) {
    if ((path.startsWith('logs/') && path.endsWith(`.${fromId}.log`)) || (snapshots && path.startsWith('relationships/'))) await to.write(path, bytes);
  }
}

const note = (relationshipId: string, at: string, text: string): Input<'monitoring-notes:create'> => ({ relationshipId, at, kind: 'other', note: text });
const texts = (j: { monitoringNotes: { note: string }[] }) => j.monitoringNotes.map((n) => n.note).sort();
const damage = (files: MemoryFileStore, id: string) => files.write(`relationships/${id}.json`, new TextEncoder().encode('{"mend":"journal", damaged'));

/**
 * Sam with a kept note and one deleted by mistake; the desktop has it all, removal included. With
 * `holdTrimBack` the laptop knows the desktop from before it read Sam (a record that has folded
 * nothing), so the removal stays in the laptop's log; without, the laptop trims it (every computer
 * it knows has folded it) and the removal is only in the snapshots: the damaged one and the desktop's.
 */
async function deletedThenDamaged(holdTrimBack: boolean) {
  const laptop = computer(LAPTOP);
  const desktop = computer(DESKTOP, new MemoryFileStore(), fixedStamp('2026-03-01T10:00:00.000Z'));
  await desktop.open();
  if (holdTrimBack) await laptop.files.write(`devices/${DESKTOP.id}.json`, (await desktop.files.read(`devices/${DESKTOP.id}.json`))!);
  const ok = await laptop.open();
  const { id } = await ok('relationships:create', SAM);
  const kept = await ok('monitoring-notes:create', note(id, '2026-02-20T09:00:00.000Z', 'Kept note.'));
  const gone = await ok('monitoring-notes:create', note(id, '2026-02-21T09:00:00.000Z', 'Deleted by mistake.'));
  await ok('monitoring-notes:delete', { relationshipId: id, id: gone.id });
  await transfer(laptop.files, LAPTOP.id, desktop.files, true);
  expect(texts(await (await desktop.open())('journals:get', { relationshipId: id }))).toEqual(['Kept note.']);
  await damage(laptop.files, id);
  const again = await laptop.open(); // opening trims what every computer the laptop knows has folded
  const log = new TextDecoder().decode((await laptop.files.read(`logs/${id}.${LAPTOP.id}.log`))!);
  expect(log.includes(`monitoringNotes/${gone.id}`)).toBe(holdTrimBack);
  const version = (await again('journals:backups', { relationshipId: id })).find((v) => v.entries === 2)!;
  expect(version).toBeDefined();
  return { laptop, desktop, id, kept, gone, again, version };
}

/** Both computers' view of Sam once the laptop's files have arrived (`snapshots`: its snapshot too). */
async function bothAfter(w: Awaited<ReturnType<typeof deletedThenDamaged>>, snapshots: boolean) {
  await transfer(w.laptop.files, LAPTOP.id, w.desktop.files, snapshots);
  const out = [];
  for (const [on, pc] of [['laptop', w.laptop], ['desktop', w.desktop]] as const) {
    const ok = await pc.open();
    const j = await ok('journals:get', { relationshipId: w.id });
    const back = j.monitoringNotes.find((n) => n.note === 'Deleted by mistake.');
    out.push({ on, notes: texts(j), people: (await ok('relationships:list', { includeArchived: true })).map((p) => p.id), underRemovedId: back?.id === w.gone.id });
  }
  return out;
}

const EXPECTED = (id: string) =>
  ['laptop', 'desktop'].map((on) => ({ on, notes: ['Deleted by mistake.', 'Kept note.'], people: [id], underRemovedId: false }));

describe('restoring an earlier version over a damaged snapshot', () => {
  for (const holdTrimBack of [true, false]) {
    const where = holdTrimBack ? 'its removal still in the log' : 'its removal trimmed from the log, in the damaged snapshot only';
    for (const snapshots of [false, true]) {
      const how = snapshots ? 'the restored snapshot reaches the desktop too' : 'the desktop keeps its own snapshot';
      it(`an entry removed since comes back once, under a new id, on both computers (${where}; ${how})`, async () => {
        const w = await deletedThenDamaged(holdTrimBack);
        const restored = await w.again('journals:restore', { relationshipId: w.id, backupId: w.version.id });
        expect(texts(restored)).toEqual(['Deleted by mistake.', 'Kept note.']);
        expect(await bothAfter(w, snapshots)).toEqual(EXPECTED(w.id));
      });
    }
  }

  for (const holdTrimBack of [true, false]) {
    it(`a link to the returning entry follows its new id (${holdTrimBack ? 'removal in the log' : 'removal trimmed: every entry takes a new id'})`, async () => {
      const pc = computer(LAPTOP);
      if (holdTrimBack) {
        const other = computer(DESKTOP);
        await other.open();
        await pc.files.write(`devices/${DESKTOP.id}.json`, (await other.files.read(`devices/${DESKTOP.id}.json`))!);
      }
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
      await damage(pc.files, id);
      const again = await pc.open();
      await again('journals:restore', { relationshipId: id, backupId: version.id });
      const now = await (await pc.open())('journals:get', { relationshipId: id });
      expect(now.debriefs).toHaveLength(1);
      expect(now.debriefs[0]!.id).not.toBe(debrief.id);
      expect(now.checks.map((c) => ({ interpretation: c.interpretation, debriefId: c.debriefId }))).toEqual([{ interpretation: 'Talked it through.', debriefId: now.debriefs[0]!.id }]);
      expect(now.checks[0]!.id === check.id).toBe(holdTrimBack);
    });
  }
});
