import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../../src/core/store/journal-store';
import { MemoryFileStore } from '../../support/memory-file-store';

/**
 * A power cut can leave any prefix of an append on disk. For every prefix of one save's bytes, the
 * journal opens (never damaged) with either the state before the save or after it, nothing is reported
 * for this device's own unacknowledged tail, and the next save lands on a line of its own.
 */
const device = { id: 'abcdef0123456789', name: 'home' };
const now = () => new Date('2026-12-01T09:00:00Z');
const stamp = '2026-12-01T08:00:00.000Z';
const base = {
  relationship: { id: 'r1', name: 'Sam', role: '', kind: 'peer' as const, started: null, notes: 'before', archived: false, createdAt: stamp, updatedAt: stamp },
  incidents: [], preparations: [], debriefs: [], commitments: [], checks: [], monitoringNotes: [], meetingNotes: [], repairBids: [], followUps: [], theirTrust: [],
};

describe('power loss during an append', () => {
  it('every prefix of a save opens as the old or the new journal, and the next save is clean', async () => {
    const files = new MemoryFileStore();
    const store = await JournalStore.open(files, now, { device });
    await store.create(base);
    await store.update('r1', (j) => void (j.relationship.notes = 'first save'));
    const path = `logs/r1.${device.id}.log`;
    const before = files.files.get(path)!;
    await store.update('r1', (j) => {
      j.relationship.notes = 'second save, with ünïcödé';
      j.monitoringNotes.push({ id: 'm1', createdAt: stamp, updatedAt: stamp, at: stamp, kind: 'other', note: 'an entry' });
    });
    const after = files.files.get(path)!;
    let prefixes = 0;
    for (let cut = before.length; cut <= after.length; cut++) {
      const disk = new MemoryFileStore();
      for (const [k, v] of files.files) disk.files.set(k, k === path ? after.slice(0, cut) : v);
      const reports: string[] = [];
      const reopened = await JournalStore.open(disk, now, { device, report: (p) => reports.push(p.reason) });
      const j = await reopened.journal('r1');
      const complete = cut === after.length;
      if (!complete) expect(j.relationship.notes).toBe('first save');
      else expect(j.relationship.notes).toBe('second save, with ünïcödé');
      await reopened.update('r1', (d) => void (d.relationship.role = 'Lead'));
      const again = await (await JournalStore.open(disk, now, { device, report: (p) => reports.push(p.reason) })).journal('r1');
      expect(again.relationship.role).toBe('Lead');
      expect(reports).toEqual([]);
      prefixes++;
    }
    console.log(`power loss: ${prefixes} prefixes of one append replayed`);
    expect(prefixes).toBe(after.length - before.length + 1);
  });
});
