import { describe, expect, it } from 'vitest';
import { broughtBackIdIn, isBroughtBackFrom } from '../../../src/core/logic/brought-back';
import { undoneId } from '../../../src/core/services/raced-removals';

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

  it('finds it in whichever list of the journal it is, one removal at a time', () => {
    const once = undoneId(`checks/${removed}`);
    const twice = undoneId(`checks/${once}`);
    const journal = { relationship: { id: 'p' }, incidents: [{ id: 'x' }], checks: [{ id: 'y' }, { id: once }] };
    expect(broughtBackIdIn(journal, removed)).toBe(once);
    expect(broughtBackIdIn({ ...journal, checks: [{ id: twice }] }, once)).toBe(twice);
    expect(broughtBackIdIn({ ...journal, checks: [] }, removed)).toBeUndefined();
  });
});
