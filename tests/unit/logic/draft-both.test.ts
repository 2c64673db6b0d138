import { describe, it, expect } from 'vitest';
import { keepBoth } from '../../../src/core/logic/draft-both';

/** Words typed after a failed lookup meet words kept earlier: neither is written over. */
describe('keepBoth', () => {
  const opened = { text: 'Talked about the launch.', at: '2026-11-01T09:00', kind: 'other' };
  const kept = { text: 'Talked about the launch, and the long list.', at: '2026-11-01T09:00', kind: 'other' };

  it('takes each field from the side that changed it', () => {
    expect(keepBoth(opened, { ...opened, at: '2026-11-20T10:00' }, kept)).toEqual({ ...kept, at: '2026-11-20T10:00' });
    expect(keepBoth(opened, opened, kept)).toEqual(kept);
    expect(keepBoth(opened, { ...opened, kind: 'one-to-one' }, { ...opened, at: '2026-10-30T08:00' })).toEqual({ ...opened, kind: 'one-to-one', at: '2026-10-30T08:00' });
  });

  it('keeps both texts where both changed one, the kept words first', () => {
    expect(keepBoth(opened, { ...opened, text: 'Talked about it, and the budget.' }, kept).text).toBe(`${kept.text}\n\nTalked about it, and the budget.`);
    expect(keepBoth({ text: '' }, { text: 'New words.' }, { text: 'Old words.' }).text).toBe('Old words.\n\nNew words.');
 
  });

  it('words only added at the end of the opened text follow the kept text, without the opened text twice', () => {
    expect(keepBoth(opened, { ...opened, text: `${opened.text} Oops.` }, kept).text).toBe(`${kept.text} Oops.`);
    // Anything else typed over the opened text keeps both whole.
    expect(keepBoth(opened, { ...opened, text: `Oops. ${opened.text}` }, kept).text).toBe(`${kept.text}\n\nOops. ${opened.text}`);
  });

  it('only at a word\'s edge: letters added to the last word rewrite it, and keep both whole', () => {
    // Before, "Talked about the launch" + "es" glued "es" onto the kept words.
    const base = { text: 'Talked about the launch' };
    expect(keepBoth(base, { text: 'Talked about the launches' }, { text: 'Talked about the budget' }).text).toBe('Talked about the budget\n\nTalked about the launches');
    expect(keepBoth(base, { text: 'Talked about the launch, twice' }, { text: 'Talked about the budget' }).text).toBe('Talked about the budget\n\nTalked about the launch, twice');
    expect(keepBoth({ text: 'Done.' }, { text: 'Done.Then more' }, { text: 'Kept.' }).text).toBe('Kept. Then more');
  });

  it('takes what is on screen for another value both changed, and keeps a text both changed alike once', () => {
    expect(keepBoth(opened, { ...opened, at: '2026-11-20T10:00' }, { ...kept, at: '2026-10-30T08:00' }).at).toBe('2026-11-20T10:00');
    expect(keepBoth(opened, { ...kept }, kept).text).toBe(kept.text);
    expect(keepBoth({ r: [1, 2] }, { r: [1, 3] }, { r: [4, 2] })).toEqual({ r: [1, 3] });
  });
});
