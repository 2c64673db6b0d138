import { describe, expect, it } from 'vitest';
import { keepOtherChanges, RewrittenOnBoth } from '../../../src/renderer/src/lib/rewritten-on-both';
import { withBase } from '../../../src/renderer/src/lib/draft-base';

/**
 * A helper's attacks on 4f01f1a/edded7e at the level of rewritten-on-both.ts (the end-to-end twins are in
 * tests/e2e/sync-edits-attack.spec.ts). All three failed on c620539: a one-word text was taken for a
 * choice, a group of ratings was laid back whole, and a kept draft's number never stopped Save.
 */
type Ratings = { reliability: number | null; care: number | null };
type Check = { at: string; activation: number | null; emotion: string; ratings: Ratings; evidence: string };
const TEXT = ['emotion', 'evidence'] as const;
const opened: Check = { at: '2026-11-20T10:00', activation: 0, emotion: 'calm', ratings: { reliability: 3, care: 6 }, evidence: 'The report came in late.' };

describe('edits on both computers (attack): rewritten-on-both', () => {
  it('a one-word feeling rewritten on both is free text, not "a date or a choice": both versions go on screen', () => {
    const set: Partial<Record<keyof Check, string>> = {};
    const said = new RewrittenOnBoth<Check>(TEXT).check(opened, { ...opened, emotion: 'uneasy' }, { ...opened, emotion: 'hopeful' }, (f, v) => void (set[f] = v));
    expect(said?.field).toBe('emotion');
    expect(set.emotion).toMatch(/hopeful.*uneasy/);
  });

  it('keepOtherChanges keeps a rating the other computer changed when another rating was changed here', () => {
    const next = keepOtherChanges(opened, { ...opened, ratings: { reliability: 5, care: 6 } }, { ...opened, ratings: { reliability: 3, care: 2 } });
    expect(next.ratings).toEqual({ reliability: 5, care: 2 });
  });

  it('a kept draft that changed the activation (a choice, a number), changed on the other computer since: Save stops once', () => {
    const form = new RewrittenOnBoth<Check>(TEXT);
    const kept = withBase({ ...opened, activation: 2 }, opened);
    const now = { ...opened, activation: 3 };
    const back = form.fromDraft(kept, now);
    expect(back.fields.activation).toBe(2);
    expect(form.check(back.opened!, back.fields, now, () => undefined)?.field).toBe('activation');
  });
});

describe('groups of answers, answer by answer', () => {
  it('a kept draft that changed one rating, the other computer changed the same rating since: Save stops once beside it, then keeps this one', () => {
    const form = new RewrittenOnBoth<Check>(TEXT);
    const now = { ...opened, ratings: { reliability: 1, care: 2 } };
    const back = form.fromDraft(withBase({ ...opened, ratings: { reliability: 5, care: 6 } }, opened), now);
    // The care rating the draft did not change shows the record's, as Save keeps it.
    expect(back.fields.ratings).toEqual({ reliability: 5, care: 2 });
    expect(form.check(back.opened!, back.fields, now, () => undefined)?.field).toBe('ratings.reliability');
    expect(form.check(back.opened!, back.fields, now, () => undefined)).toBeNull();
    expect(keepOtherChanges(back.opened!, back.fields, now).ratings).toEqual({ reliability: 5, care: 2 });
  });

  it('a rating changed on the other computer, and nothing here: Save keeps theirs; both changed it while open: this screen\'s, silently', () => {
    expect(keepOtherChanges(opened, { ...opened, evidence: 'More.' }, { ...opened, ratings: { reliability: 1, care: 6 } }).ratings).toEqual({ reliability: 1, care: 6 });
    const live = new RewrittenOnBoth<Check>(TEXT);
    const typed = { ...opened, ratings: { reliability: 5, care: 6 } };
    const now = { ...opened, ratings: { reliability: 1, care: 6 } };
    expect(live.check(opened, typed, now, () => undefined)).toBeNull();
    expect(keepOtherChanges(opened, typed, now).ratings).toEqual({ reliability: 5, care: 6 });
  });

  it('a draft that carries what Save already showed remembers it answer by answer (draftOf)', () => {
    const form = new RewrittenOnBoth<Check>(TEXT);
    const back = form.fromDraft(withBase({ ...opened, ratings: { reliability: 5, care: 6 } }, opened), { ...opened, ratings: { reliability: 1, care: 6 } });
    expect(form.check(back.opened!, back.fields, { ...opened, ratings: { reliability: 1, care: 6 } }, () => undefined)).not.toBeNull();
    const kept = form.draftOf(back.fields, back.opened);
    const again = new RewrittenOnBoth<Check>(TEXT);
    const now = { ...opened, ratings: { reliability: 1, care: 6 } };
    const second = again.fromDraft(JSON.parse(JSON.stringify(kept)) as Record<string, unknown>, now);
    expect(again.check(second.opened!, second.fields, now, () => undefined), 'shown once, not at every visit').toBeNull();
  });
});
