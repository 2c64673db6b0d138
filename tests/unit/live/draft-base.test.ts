import { describe, expect, it } from 'vitest';
import { splitBase, withBase } from '../../../src/renderer/src/lib/draft-base';
import { DRAFT_MAX_CHARS } from '../../../src/core/model/draft-limits';
import { keepBoth } from '../../../src/core/logic/draft-both';

/**
 * An edit kept as a draft carries what its words were written from, so Save on a later visit can tell
 * the other computer's rewrite from the record the words changed (kept-draft-rewritten-elsewhere.spec.ts).
 */
describe('what a kept edit was written from', () => {
  it('travels with the words and comes back apart from them, never as a field', () => {
    const kept = JSON.parse(JSON.stringify(withBase({ notes: 'Mine' }, { notes: 'First' })));
    expect(splitBase(kept)).toEqual({ fields: { notes: 'Mine' }, base: { notes: 'First' } });
  });

  it('a draft kept before it was carried (or a new entry\'s, which has none) comes back without it', () => {
    expect(splitBase({ notes: 'Mine' })).toEqual({ fields: { notes: 'Mine' }, base: undefined });
    expect(withBase({ notes: 'Mine' }, undefined)).toEqual({ notes: 'Mine' });
    expect(splitBase({ notes: 'Mine', '@from': 'not a record' })).toEqual({ fields: { notes: 'Mine' }, base: undefined });
  });

  it('a draft too long to carry both keeps its words and goes without it', () => {
    const long = 'x'.repeat(DRAFT_MAX_CHARS * 0.6);
    expect(withBase({ notes: long }, { notes: long.slice(1) })).toEqual({ notes: long });
  });

  it("when two computers' drafts meet (the store's merge), the words are merged and the kept words' base goes with them (Save then errs towards showing more, never less)", () => {
    const opened = withBase({ notes: 'First' }, { notes: 'First' });
    const typed = withBase({ notes: 'Mine here' }, { notes: 'First' });
    const kept = withBase({ notes: 'Other words' }, { notes: 'Older' });
    const merged = splitBase<{ notes: string }>(keepBoth(opened, typed, kept));
    expect(merged.fields.notes).toBe('Other words\n\nMine here');
    expect(merged.base).toEqual({ notes: 'Older' });
  });
});
