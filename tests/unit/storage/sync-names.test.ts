import { describe, expect, it } from 'vitest';
import { conflictCopyOf, journalIdsIn } from '../../../src/core/store/sync-names';

/** Sync tools' second copies are recognised by name; Mend's own names (no space) are never taken for one. */
describe('conflict copies by name', () => {
  it('recognises each tool\'s copy, of a journal and of a change log', () => {
    expect(conflictCopyOf("abc (Ana's conflicted copy 2026-12-01).json")).toBe('abc.json');
    expect(conflictCopyOf('abc.1a1a1a1a1a1a1a1a (Ana conflicted copy).log')).toBe('abc.1a1a1a1a1a1a1a1a.log');
    expect(conflictCopyOf('abc.sync-conflict-20261201-101010-ABCDEFG.json')).toBe('abc.json');
    expect(conflictCopyOf('abc.1a1a1a1a1a1a1a1a.sync-conflict-20261201-101010.log')).toBe('abc.1a1a1a1a1a1a1a1a.log');
    expect(conflictCopyOf('abc (1).json')).toBe('abc.json');
    expect(conflictCopyOf('abc 2.json')).toBe('abc.json');
  });

  it('takes no name without a space or a sync-conflict mark for a copy', () => {
    for (const name of ['abc.json', 'e-0000lj.json', 'abc.1a1a1a1a1a1a1a1a.log', 'abc(1).json', 'abc-2.json', 'abc.sync-conflict.json', 'a_b (x.json']) {
      expect(conflictCopyOf(name), name).toBeNull();
    }
    expect(journalIdsIn(['a.json', 'a (1).json', 'b.json', 'notes.txt'])).toEqual(['a', 'b']);
  });
});
