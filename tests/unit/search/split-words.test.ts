import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitWords, WORD_BOUNDARY } from '../../../src/core/logic/search-text';

/** Characters that sit near the boundary: every ASCII one, accents, other scripts, Unicode spaces and dashes. */
const nearBoundary = fc.oneof(
  fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('é', 'Ü', 'ß', 'İ', 'ﬁ', '日', '本', '\u00a0', '\u2014', '\u2019', '\u3000', '¿', '«', '»', '😀', '\u0301', '\u0308', '€', '£', '\t', '\u200d'),
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
        expect(splitWords(text)).toEqual(text.toLowerCase().normalize('NFC').split(WORD_BOUNDARY));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('what a word is (found by a helper: these were not found)', () => {
  const words = (text: string) => splitWords(text).filter(Boolean);
  it('a tab ends a word: text pasted from a table', () => {
    expect(words('Owner\tPriya\nNext\tescalate to finance')).toEqual(['owner', 'priya', 'next', 'escalate', 'to', 'finance']);
  });
  it('a symbol ends a word: $500, €200, ~30, <draft>, owner=Priya, a+b, x|y', () => {
    expect(words('$500 €200 ~30 <draft> owner=Priya a+b x|y 5^2 `code`')).toEqual(['500', '200', '30', 'draft', 'owner', 'priya', 'a', 'b', 'x', 'y', '5', '2', 'code']);
  });
  it('an accent typed or pasted as a combining mark is the same word', () => {
    expect(words('cafe\u0301 Zoe\u0308')).toEqual(words('café Zoë'));
    expect(words('café Zoë')).toEqual(['café', 'zoë']);
  });
});
