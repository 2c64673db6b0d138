import { describe, it, expect } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { callLoose, callOk } from '../../support/typed-call';
import { SAM } from '../follow-up/helpers';

/**
 * A snapshot damaged before it was ever folded again (its only version): everything written since the
 * person was added lives in this computer's change log, creation included, so the log alone rebuilds it.
 */
const DEVICE = { id: 'a1a1a1a1a1a1a1a1', name: 'Laptop' };
const NOTE = { at: '2026-02-27T09:00:00.000Z', kind: 'other' as const, note: 'Sent the status note a day early.' };

async function world() {
  const files = new MemoryFileStore();
  const stamp = fixedStamp();
  const open = async () => openCore({ files, platform: testPlatform().platform, ...stamp, device: DEVICE });
  return { files, open };
}

async function damagedFirstSnapshot() {
  const w = await world();
  const ok = callOk(await w.open());
  const { id } = await ok('relationships:create', { ...SAM, notes: 'Prefers mornings.' });
  await ok('monitoring-notes:create', { relationshipId: id, ...NOTE });
  const path = `relationships/${id}.json`;
  const bytes = (await w.files.read(path))!;
  await w.files.write(path, bytes.slice(0, bytes.length - 40)); // torn: a sync tool or a disk fault
  return { w, id };
}

describe('a snapshot damaged before any earlier version existed', () => {
  it('is offered back as rebuilt from the change logs, with the creation and every later change', async () => {
    const { w, id } = await damagedFirstSnapshot();
    const core = await w.open();
    expect(await callLoose(core)('journals:get', { relationshipId: id })).toMatchObject({ ok: false, code: 'damaged' });
    const versions = await callOk(core)('journals:backups', { relationshipId: id });
    const rebuilt = versions.find((v) => v.source === 'logs');
    expect(rebuilt).toMatchObject({ name: SAM.name, entries: 1 });

    const back = await callOk(core)('journals:restore', { relationshipId: id, backupId: rebuilt!.id });
    expect(back.relationship).toMatchObject({ name: SAM.name, notes: 'Prefers mornings.' });
    expect(back.monitoringNotes.map((n) => n.note)).toEqual([NOTE.note]);

    const again = callOk(await w.open());
    const reopened = await again('journals:get', { relationshipId: id });
    expect(reopened.monitoringNotes.map((n) => n.note)).toEqual([NOTE.note]);
    expect(reopened.relationship.notes).toBe('Prefers mornings.');
    // The damaged file was set aside, never overwritten.
    expect((await w.files.list('damaged')).length).toBe(1);
    // A healthy journal offers no rebuild: it would only repeat what is on screen.
    expect((await again('journals:backups', { relationshipId: id })).some((v) => v.source === 'logs')).toBe(false);
  });
});
