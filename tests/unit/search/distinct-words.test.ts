import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitWords } from '../../../src/core/logic/search-text';
import { DistinctWords } from '../../../src/core/logic/search-words';

/** What the index took before: the words of splitWords, each once, in the order first met. */
const reference = (text: string): string[] => [...new Set(splitWords(text))].filter((w) => w !== '');

const nearBoundary = fc.oneof(
  fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('é', 'Ü', 'ß', 'İ', '日', '\u00a0', '\u2014', '\u2019', '😀'),
);
const asciiWords = fc.array(fc.constantFrom('Deadline', 'deadline', 'the', 'THE', 'c++', 'a$b', 'x^2', 'Q3', 'tab\tbed', ''), { maxLength: 30 });
const asciiGaps = fc.constantFrom(' ', ', ', '.\n', '  (', ') ', '—', '_', '\r\n');

describe('DistinctWords gives exactly the distinct words of splitWords', () => {
  it('any text, ASCII or not, one instance across many texts (words it has met before come back the same)', () => {
    const words = new DistinctWords();
    fc.assert(
      fc.property(fc.array(nearBoundary, { maxLength: 80 }).map((cs) => cs.join('')), (text) => {
        expect(words.of(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('ASCII texts made of repeated words and gaps, in either case', () => {
    const words = new DistinctWords();
    fc.assert(
      fc.property(asciiWords, asciiGaps, (parts, gap) => {
        const text = parts.join(gap);
        expect(words.of(text)).toEqual(reference(text));
        expect(words.of(text.toUpperCase())).toEqual(reference(text.toUpperCase()));
      }),
      { numRuns: 2000 },
    );
  });

  it('words whose hashes collide stay apart', () => {
    const words = new DistinctWords();
    // Many distinct short words: with 30-bit hashes some share a slot; each must still be itself.
    const all = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}`);
    expect(words.of(all.join(' '))).toEqual(all);
    expect(words.of(all.reverse().join(' '))).toEqual(all);
  });
});
