import { describe, it, expect } from 'vitest';
import { mergeTypedOverKept } from '../../../src/renderer/src/lib/draft-merge';

/** A form changed while its kept draft was being looked up: neither the kept words nor the changes go whole. */
describe('mergeTypedOverKept', () => {
  const opened = { text: 'Talked about the launch.', at: '2026-11-01T09:00', kind: 'other' };
  const kept = { text: 'Talked about the launch, and the long list.', at: '2026-11-01T09:00', kind: 'other' };

  it('takes each field from the side that changed it', () => {
    expect(mergeTypedOverKept(opened, { ...opened, at: '2026-11-20T10:00' }, kept)).toEqual({ ...kept, at: '2026-11-20T10:00' });
    expect(mergeTypedOverKept(opened, opened, kept)).toEqual(kept);
    expect(mergeTypedOverKept(opened, { ...opened, kind: 'one-to-one' }, { ...opened, at: '2026-10-30T08:00' }))
      .toEqual({ ...opened, kind: 'one-to-one', at: '2026-10-30T08:00' });
  });

  it('adds words typed at the end or the start of the opened text to the kept words', () => {
    expect(mergeTypedOverKept(opened, { ...opened, text: `${opened.text} Also` }, kept).text).toBe(`${kept.text} Also`);
    expect(mergeTypedOverKept(opened, { ...opened, text: `First, ${opened.text}` }, kept).text).toBe(`First, ${kept.text}`);
    // A new form opens empty: whatever was typed goes after the kept words.
    expect(mergeTypedOverKept({ text: '' }, { text: 'Also' }, { text: 'Long kept words.' }).text).toBe('Long kept words.Also');
  });

  it('gives way to the kept words when the opened text was changed in its middle, and for other values both changed', () => {
    expect(mergeTypedOverKept(opened, { ...opened, text: 'Talked about it.' }, kept).text).toBe(kept.text);
    expect(mergeTypedOverKept(opened, { ...opened, at: '2026-11-20T10:00' }, { ...kept, at: '2026-10-30T08:00' }).at).toBe('2026-10-30T08:00');
    const ratings = { r: [1, 2] };
    expect(mergeTypedOverKept(ratings, { r: [1, 3] }, { r: [4, 2] })).toEqual({ r: [4, 2] });
  });

  it('keeps fields only the form has, and compares values by content', () => {
    expect(mergeTypedOverKept({ a: [1], b: 'x' }, { a: [1], b: 'y' }, { a: [1] })).toEqual({ a: [1], b: 'y' });
  });
});
