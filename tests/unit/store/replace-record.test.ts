import { describe, expect, it } from 'vitest';
import { applyChange, withRecordReplaced } from '../../../src/core/store/journal-draft';
import { JournalStore } from '../../../src/core/store/journal-store';
import { DomainError } from '../../../src/core/errors';
import { longPerson } from '../../support/long-journal';
import { MemoryFileStore } from '../../support/memory-file-store';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const missing = () => new DomainError('not-found', 'That note is not here.');

/**
 * An autosave replaces one record of one list. It makes the next journal without a draft: the same
 * journal a draft replacing that record made, sharing every record and list it did not touch.
 */
describe('replacing one record of a list', () => {
  const journal = longPerson(0, 40, NOW);

  it('replaces only that record: every other record and list is the very same object as before', () => {
    const target = journal.meetingNotes[7]!;
    const { next, result } = withRecordReplaced(journal, 'meetingNotes', target.id, (c) => ({ ...c, text: 'changed' }), missing);
    expect(result).toEqual({ ...target, text: 'changed' });
    expect(next.meetingNotes[7]).toBe(result);
    next.meetingNotes.forEach((r, i) => { if (i !== 7) expect(r).toBe(journal.meetingNotes[i]); });
    expect(next.checks).toBe(journal.checks);
    expect(next.relationship).toBe(journal.relationship);
    expect(journal.meetingNotes[7]).toBe(target); // the journal before is untouched
  });

  it('makes the journal a draft that replaces the record makes', () => {
    const target = journal.meetingNotes[3]!;
    const edit = (c: typeof target) => ({ ...c, text: 'the same either way' });
    const drafted = applyChange(journal, (draft) => {
      draft.meetingNotes[3] = edit(target);
    }).next;
    const { next } = withRecordReplaced(journal, 'meetingNotes', target.id, edit, missing);
    expect(next).toEqual(drafted);
    expect(Object.keys(next)).toEqual(Object.keys(drafted));
  });

  it('gives the edit the record as stored and the journal', () => {
    const target = journal.meetingNotes[5]!;
    let given: unknown;
    let read: unknown;
    withRecordReplaced(journal, 'meetingNotes', target.id, (c, j) => ((given = c), (read = j), { ...c }), missing);
    expect(given).toBe(target);
    expect(read).toBe(journal);
  });

  it('throws the missing error for an id the list does not hold', () => {
    expect(() => withRecordReplaced(journal, 'meetingNotes', 'no-such-id', (c) => c, missing)).toThrow('That note is not here.');
  });
});

describe('a store replacing one record', () => {
  const DEVICE = { id: 'a1a1a1a1a1a1a1a1', name: 'Laptop' };
  const now = () => new Date(NOW);

  async function storeWith(journal = longPerson(0, 20, NOW)) {
    const files = new MemoryFileStore();
    const store = await JournalStore.open(files, now, { device: DEVICE });
    await store.create(journal);
    return { files, store, journal };
  }

  it('saves it to the log, as an update would, and a fresh read sees it', async () => {
    const { files, store, journal } = await storeWith();
    const target = journal.meetingNotes[2]!;
    const saved = await store.replaceRecord(journal.relationship.id, 'meetingNotes', target.id, (c) => ({ ...c, text: 'replaced' }), missing);
    expect(saved.text).toBe('replaced');
    expect((await store.journal(journal.relationship.id)).meetingNotes[2]!.text).toBe('replaced');
    await store.flushed();
    const again = await JournalStore.open(files, now, { device: DEVICE });
    expect((await again.journal(journal.relationship.id)).meetingNotes[2]).toEqual(saved);
  });

  it('validates the record as an update does: an invalid one is refused and nothing is written', async () => {
    const { files, store, journal } = await storeWith();
    const target = journal.meetingNotes[2]!;
    const log = `logs/${journal.relationship.id}.${DEVICE.id}.log`;
    const before = await files.read(log);
    await expect(store.replaceRecord(journal.relationship.id, 'meetingNotes', target.id, (c) => ({ ...c, text: 42 as unknown as string }), missing)).rejects.toThrow();
    await expect(store.replaceRecord(journal.relationship.id, 'meetingNotes', 'no-such-id', (c) => c, missing)).rejects.toMatchObject({ code: 'not-found' });
    expect(await files.read(log)).toEqual(before);
    expect((await store.journal(journal.relationship.id)).meetingNotes[2]).toEqual(target);
  });
});
