import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { JournalStore } from '../../../src/core/store/journal-store';
import type { Journal } from '../../../src/core/model/journal';
import { MemoryFileStore, testPlatform } from '../../support/memory-file-store';
import { ok } from '../../support/sample-journal';

const A = { id: 'aaaaaaaaaaaaaaaa', name: 'Laptop' };
const LOG = `logs/sam.${A.id}.log`;

/**
 * A save of several rows cut by a crash after some of its rows were complete (its last row torn, or not
 * there at all). At the next start this computer's own log is cut back to the end of its last complete
 * save. A first version of the row-by-row rewrite (log-edit.ts) cut only after the last newline: the
 * complete rows of the save never acknowledged stayed, the next save's rows completed it, and a note the
 * person saw and went on editing was removed (found by review; this test failed on that version).
 */
describe('a torn multi-row save in this computer\'s own log', () => {
  for (const tail of ['torn', 'absent'] as const) {
    it(`is cut whole at the next start (last row ${tail}), so it is never joined to the next save`, async () => {
      let wall = Date.parse('2026-12-01T09:00:00.000Z');
      const now = () => new Date((wall += 7));
      const scratch = await openCore({ files: new MemoryFileStore(), platform: testPlatform().platform, newId: () => 'sam', now });
      await ok(scratch, 'relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: 'created' });
      const sam = (await ok(scratch, 'journals:get', { relationshipId: 'sam' })) as unknown as Journal;
      sam.meetingNotes = [
        { id: 'n1', createdAt: sam.relationship.createdAt, updatedAt: sam.relationship.updatedAt, at: sam.relationship.createdAt, text: 'first talk' } as never,
        { id: 'n2', createdAt: sam.relationship.createdAt, updatedAt: sam.relationship.updatedAt, at: sam.relationship.createdAt, text: 'second talk' } as never,
      ];
      const files = new MemoryFileStore();
      const a = await JournalStore.open(files, now, { device: A, compactEvery: 100 });
      await a.create(sam);
      await a.flushed();
      const before = files.files.get(LOG)!.length;
      await a.update('sam', (d) => {
        d.meetingNotes = []; // both notes removed, in one save of two rows
      });
      await a.flushed();
      const all = files.files.get(LOG)!;
      const added = new TextDecoder().decode(all.slice(before)).split('\n').filter(Boolean);
      expect(added.length).toBe(2);
      expect(added[0]).toContain('"m":1');
      // The power went mid-append: the first row is there with its newline, the last row torn (or not there).
      const firstRowEnd = all.indexOf(0x0a, before) + 1;
      files.files.set(LOG, all.slice(0, tail === 'torn' ? firstRowEnd + 10 : firstRowEnd));

      // Next start: the save was never acknowledged, so it is not there.
      const a2 = await JournalStore.open(files, now, { device: A, compactEvery: 100 });
      const seen = await a2.journal('sam');
      expect(seen.meetingNotes.map((n) => n.text)).toEqual(['first talk', 'second talk']);
      // The person goes on: edits the note they still see.
      await a2.update('sam', (d) => {
        d.meetingNotes[0]!.text = 'first talk, and more';
        d.meetingNotes[1]!.text = 'second talk, and more';
      });
      await a2.flushed();
      const shownThen = await a2.journal('sam');
      expect(shownThen.meetingNotes.map((n) => n.text)).toEqual(['first talk, and more', 'second talk, and more']);

      // Next start: the journal reads as it was shown.
      const a3 = await JournalStore.open(files, now, { device: A, compactEvery: 100 });
      const after = await a3.journal('sam');
      expect(after.meetingNotes.map((n) => n.text)).toEqual(['first talk, and more', 'second talk, and more']);
    });
  }
});
