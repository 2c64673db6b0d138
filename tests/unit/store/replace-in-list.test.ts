import { describe, expect, it } from 'vitest';
import { isDraft } from 'immer';
import { applyChange, replaceInList } from '../../../src/core/store/journal-draft';
import { longPerson } from '../../support/long-journal';

const NOW = Date.parse('2026-11-20T10:00:00Z');

describe('replacing one record of a draft list', () => {
  const journal = longPerson(0, 40, NOW);

  it('replaces only that record: every other record is the very same object as before', () => {
    const target = journal.meetingNotes[7]!;
    const { next } = applyChange(journal, (draft) => replaceInList(draft.meetingNotes, target.id, (c) => ({ ...c, text: 'changed' })));
    expect(next.meetingNotes[7]).toEqual({ ...target, text: 'changed' });
    next.meetingNotes.forEach((r, i) => { if (i !== 7) expect(r).toBe(journal.meetingNotes[i]); });
    expect(next.checks).toBe(journal.checks);
    expect(journal.meetingNotes[7]).toBe(target); // the journal before is untouched
  });

  it('finds the record when the same change already reordered or removed records of that list', () => {
    const target = journal.meetingNotes[7]!;
    const { next, result } = applyChange(journal, (draft) => {
      draft.meetingNotes.splice(0, 3); // the record now sits at index 4 of the draft, 7 of the list before
      return replaceInList(draft.meetingNotes, target.id, (c) => ({ ...c, text: 'after a splice' }));
    });
    expect(result?.text).toBe('after a splice');
    expect(next.meetingNotes[4]).toEqual({ ...target, text: 'after a splice' });
    expect(next.meetingNotes).toHaveLength(journal.meetingNotes.length - 3);
  });

  it('sees an edit made earlier in the same change, and answers undefined for an id it does not hold', () => {
    const target = journal.meetingNotes[2]!;
    const { next, result } = applyChange(journal, (draft) => {
      draft.meetingNotes[2]!.text = 'first edit';
      const missing = replaceInList(draft.meetingNotes, 'no-such-id', (c) => c);
      const edited = replaceInList(draft.meetingNotes, target.id, (c) => ({ ...c, at: c.text === 'first edit' ? 'seen' : 'not seen' }));
      return { missing, edited };
    });
    expect(result.missing).toBeUndefined();
    expect(next.meetingNotes[2]).toEqual({ ...target, text: 'first edit', at: 'seen' });
  });
});

describe('what the edit of one record is given', () => {
  const journal = longPerson(0, 40, NOW);

  it('the record as stored, not a draft: no proxy is made for it or for what it holds', () => {
    const target = journal.meetingNotes[5]!;
    let given: unknown;
    let givenADraft: boolean | undefined;
    const { next } = applyChange(journal, (draft) => replaceInList(draft.meetingNotes, target.id, (c) => {
      given = c;
      givenADraft = isDraft(c);
      return { ...c, text: 'changed' };
    }));
    expect(givenADraft).toBe(false);
    expect(given).toBe(target);
    expect(next.meetingNotes[5]).toEqual({ ...target, text: 'changed' });
    expect(journal.meetingNotes[5]).toEqual({ ...target }); // the journal before is untouched
  });

  it('a record already drafted by this change comes as that draft, with its edit', () => {
    const target = journal.meetingNotes[3]!;
    let givenADraft: boolean | undefined;
    const { next } = applyChange(journal, (draft) => {
      draft.meetingNotes[3]!.text = 'first edit';
      return replaceInList(draft.meetingNotes, target.id, (c) => {
        givenADraft = isDraft(c);
        return { ...c, at: 'second edit' };
      });
    });
    expect(givenADraft).toBe(true);
    expect(next.meetingNotes[3]).toEqual({ ...target, text: 'first edit', at: 'second edit' });
    expect(journal.meetingNotes[3]).toBe(target);
    expect(target.text).not.toBe('first edit');
  });
});
