import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitWords, WORD_BOUNDARY } from '../../../src/core/logic/search-text';

/** Characters that sit near the boundary: every ASCII one, accents, other scripts, Unicode spaces and dashes. */
const nearBoundary = fc.oneof(
  fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('é', 'Ü', 'ß', 'İ', 'ﬁ', '日', '本', '\u00a0', '\u2014', '\u2019', '\u3000', '¿', '«', '»', '😀'),
);

describe('splitWords splits exactly where the word boundary does', () => {
  it('every ASCII character on its own', () => {
    for (let c = 0; c < 128; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      expect(splitWords(text), `character ${c}`).toEqual(text.toLowerCase().split(WORD_BOUNDARY));
    }
  });

  it('any text, ASCII or not', () => {
    fc.assert(
      fc.property(fc.array(nearBoundary, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        expect(splitWords(text)).toEqual(text.toLowerCase().split(WORD_BOUNDARY));
      }),
      { numRuns: 2000 },
    );
  });
});
