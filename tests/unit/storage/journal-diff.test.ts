import { describe, expect, it } from 'vitest';
import { diffJournals } from '../../../src/core/store/journal-diff';
import type { Plain } from '../../../src/core/store/sync-state';

/** What a save appends: per record, only the fields that changed; removals as tombstones; whatever the list's order. */
const note = (id: string, text: string): Plain => ({ id, note: text });
const journal = (notes: Plain[]): Plain => ({ relationship: { id: 'r1', name: 'Sam' }, monitoringNotes: notes });
const diff = (a: Plain, b: Plain) => diffJournals(a, b, ['monitoringNotes'], new Map());

describe('the difference a save appends', () => {
  const list = [note('a', 'one'), note('b', 'two'), note('c', 'three')];
  const before = journal(list);

  it('a record replaced in place: one line with the changed field only', () => {
    expect(diff(before, journal([list[0]!, note('b', 'TWO'), list[2]!]))).toEqual([{ k: 'monitoringNotes/b', s: { note: ['TWO', ''] } }]);
  });

  it('an equal copy of a record in its place, or the same records in another order: nothing', () => {
    expect(diff(before, journal([list[0]!, note('b', 'two'), list[2]!]))).toEqual([]);
    expect(diff(before, journal([list[2]!, list[0]!, list[1]!]))).toEqual([]);
  });

  it('a record removed and another added in its place: a tombstone and a new record', () => {
    expect(diff(before, journal([list[0]!, note('d', 'four'), list[2]!]))).toEqual([
      { k: 'monitoringNotes/d', isNew: true, s: { id: ['d', ''], note: ['four', ''] } },
      { k: 'monitoringNotes/b', x: 1 },
    ]);
  });

  it('appended, and cut from the end', () => {
    expect(diff(before, journal([...list, note('d', 'four')]))).toEqual([{ k: 'monitoringNotes/d', isNew: true, s: { id: ['d', ''], note: ['four', ''] } }]);
    expect(diff(before, journal(list.slice(0, 2)))).toEqual([{ k: 'monitoringNotes/c', x: 1 }]);
  });
});
