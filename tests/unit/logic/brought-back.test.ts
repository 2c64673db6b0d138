import { describe, expect, it } from 'vitest';
import { broughtBackIdIn, isBroughtBackFrom } from '../../../src/core/logic/brought-back';
import { undoneId } from '../../../src/core/services/raced-removals';
import type { Journal } from '../../../src/core/model/journal';

/** Only the lists and ids the look reads. */
const journalOf = (lists: Record<string, unknown>): Journal => lists as unknown as Journal;

const removed = '29a3e2d2-ca00-4548-8400-97c0fdaa71f0';

describe('an entry that came back is told by its id', () => {
  it('knows the id Undo writes an entry back under, and nothing else', () => {
    const back = undoneId(`incidents/${removed}`);
    expect(isBroughtBackFrom(back, removed)).toBe(true);
    expect(isBroughtBackFrom(removed, removed)).toBe(false);
    expect(isBroughtBackFrom(`${removed}-ZZZZZZZZ`, removed)).toBe(false);
    expect(isBroughtBackFrom(`${removed}-e79ec4e9-e79ec4e9`, removed)).toBe(false);
    expect(isBroughtBackFrom(back, 'another-id')).toBe(false);
  });

  it('finds it in whichever list of the journal it is, however many times it was removed and came back', () => {
    const once = undoneId(`checks/${removed}`);
    const twice = undoneId(`checks/${once}`);
    let many = twice;
    for (let i = 0; i < 8; i++) many = undoneId(`checks/${many}`); // past 80 characters: each id is cut before it is named after
    expect(many.length).toBeGreaterThan(80);
    expect(broughtBackIdIn(journalOf({ checks: [{ id: 'y' }, { id: many }] }), removed)).toBe(many);
    expect(broughtBackIdIn(journalOf({ checks: [{ id: twice }] }), removed)).toBe(twice);
    expect(broughtBackIdIn(journalOf({ checks: [{ id: `${removed}x-0123abcd` }, { id: `${removed.slice(0, 30)}-0123abcd` }] }), removed)).toBeUndefined();
    const lists = { relationship: { id: 'p' }, incidents: [{ id: 'x' }], checks: [{ id: 'y' }, { id: once }] };
    expect(broughtBackIdIn(journalOf(lists), removed)).toBe(once);
    expect(broughtBackIdIn(journalOf({ ...lists, checks: [{ id: twice }] }), once)).toBe(twice);
    expect(broughtBackIdIn(journalOf({ ...lists, checks: [] }), removed)).toBeUndefined();
  });
});
