import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutBetweenCharacters } from '../../../src/core/logic/cut-text';

/** Names cut short never end in half a character (found by attack26: a computer's name ended in "�"). */
describe('cutting a name between characters', () => {
  it('keeps whole emoji, flags and combining accents at every limit', () => {
    const name = `${'x'.repeat(199)}💻`;
    expect(cutBetweenCharacters(name, { units: 200 })).toBe('x'.repeat(199));
    expect(cutBetweenCharacters(`${'y'.repeat(99)}💻 at home`, { units: 100 })).toBe('y'.repeat(99));
    expect(cutBetweenCharacters('ab🇯🇵cd', { characters: 3 })).toBe('ab🇯🇵');
    expect(cutBetweenCharacters('Ame\u0301lie', { units: 4 })).toBe('Ame\u0301');
    expect(cutBetweenCharacters('Ame\u0301lie', { units: 3 })).toBe('Am');
    expect(cutBetweenCharacters('日本語のチーム', { bytes: 7 })).toBe('日本');
  });

  it('leaves what fits as it is', () => {
    expect(cutBetweenCharacters('Home laptop', { units: 100, characters: 100, bytes: 200 })).toBe('Home laptop');
    expect(cutBetweenCharacters('', { units: 1 })).toBe('');
  });

  it('cuts plain ASCII (its quick path) exactly where cutting grapheme by grapheme does', () => {
    const slow = (text: string, limit: number) => {
      let out = '';
      for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
        if (out.length + segment.length > limit) break;
        out += segment;
      }
      return out;
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...' aZ9~.\r\n\té'.split('')), maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (text, limit) => {
        expect(cutBetweenCharacters(text, { units: limit })).toBe(slow(text, limit));
        expect(cutBetweenCharacters(text, { characters: limit, bytes: limit * 4 }).length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
    expect(cutBetweenCharacters('ab\r\ncd', { units: 3 })).toBe('ab'); // CR LF is one character as seen: never cut in two
    expect(cutBetweenCharacters('Plain words here', { units: 5, characters: 9, bytes: 7 })).toBe('Plain');
  });
});
