import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/renderer/src/lib/draft-base';
import { RewrittenOnBoth } from '../../../src/renderer/src/lib/rewritten-on-both';
import { DRAFT_MAX_CHARS } from '../../../src/core/model/draft-limits';
import { harness } from '../prepare/helpers';

/**
 * Attacks on 62756bc (a helper): an edit's draft carries '@from', what its words were written from
 * (draft-base.ts). Both failed on 62756bc: the draft kept the old base after a both-versions Save, and the
 * store counted the base in the size of two drafts laid together.
 */
describe('kept draft base (attack)', () => {
  it('after Save laid both versions in a field, the draft carries the other computer\'s words as seen: the form opened again (leave and come back, restart, Undo of Cancel) saves, not lays them in twice', () => {
    const opened = { note: 'Asked for an update.' };
    const mine = 'Asked for an update twice in one day.';
    const theirs = 'Asked for an update; I said Friday.';
    const current = { note: theirs };
    // First Save, in the form as it was open: both versions go on screen.
    const screen = { note: mine };
    const first = new RewrittenOnBoth<typeof opened>(['note']);
    expect(first.check(opened, screen, current, (f, v) => (screen[f] = v))).not.toBeNull();
    expect(screen.note).toBe(`${theirs} / ${mine}`);
    // The autosave keeps what is on screen, as the forms' snapshot makes it (draftOf).
    const kept = JSON.parse(JSON.stringify(first.draftOf(screen, opened))) as Record<string, unknown>;
    // The form opened again on the record as it is now: it takes the kept draft back (fromDraft); Save checks afresh.
    const again = new RewrittenOnBoth<typeof opened>(['note']);
    const back = again.fromDraft(kept, current);
    const shown = again.check(back.opened!, back.fields, current, (f, v) => (back.fields[f] = v));
    // Nothing new came from the other computer since the both-versions Save: Save must go on.
    expect(shown, `Save stopped again; the field became: ${back.fields.note}`).toBeNull();
    expect(back.fields.note).toBe(`${theirs} / ${mine}`);
  });

  it('the store\'s merge of kept and unseen words lets the \'@from\' they carry go rather than refuse words that fit together without it', async () => {
    const h = await harness();
    const key = 'person:abc123';
    const n = Math.floor(DRAFT_MAX_CHARS * 0.4);
    const rec = { name: 'Sam', notes: 'r'.repeat(n) }; // the record as both forms opened it
    // A draft kept earlier (this form could not see it: the look for it failed).
    const keptDraft = withBase({ name: 'Sam', notes: `k ${'k'.repeat(n - 2)}` }, rec);
    await h.ok('drafts:save', { key, fields: keptDraft });
    // The unsure form's save: its own rewrite, with what it opened with (form-draft.ts saveDraft).
    const typed = withBase({ name: 'Sam', notes: `t ${'t'.repeat(n - 2)}` }, rec);
    const opened = withBase(rec, rec);
    const words = JSON.stringify({ name: 'Sam', notes: `${keptDraft['notes']}\n\n${typed['notes']}` }).length;
    expect(words, 'the words of both fit in a draft').toBeLessThanOrEqual(DRAFT_MAX_CHARS);
    const saved = await callSave(h, key, typed, opened);
    expect(saved, 'refused only because of the base carried with them').toBe('saved');
  });
});

async function callSave(h: Awaited<ReturnType<typeof harness>>, key: string, fields: Record<string, unknown>, opened: Record<string, unknown>): Promise<string> {
  try {
    await h.ok('drafts:save', { key, fields, opened });
    return 'saved';
  } catch (e) {
    return `refused: ${(e as Error).message}`;
  }
}
