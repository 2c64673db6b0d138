import { describe, it, expect } from 'vitest';
import { markedSnippet, WORD_BOUNDARY, type Segment } from '../../../src/core/logic/search-text';

/** The snippet as it was first written: the whole text cut into pieces, then the window taken. */
function wholeTextSnippet(text: string, terms: readonly string[], max = 160): Segment[] {
  const flat = text.trim().replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ');
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  const all: { text: string; word: boolean }[] = [];
  let last = 0;
  for (const m of flat.matchAll(new RegExp(WORD_BOUNDARY.source, 'gu'))) {
    if (m.index > last) all.push({ text: flat.slice(last, m.index), word: true });
    all.push({ text: m[0], word: false });
    last = m.index + m[0].length;
  }
  if (last < flat.length) all.push({ text: flat.slice(last), word: true });
  const isHit = (p: { text: string; word: boolean }) => p.word && wanted.has(p.text.toLowerCase());
  const first = all.findIndex(isHit);
  let start = 0;
  if (first > 0) {
    let drop = Math.max(0, all.slice(0, first).reduce((n, p) => n + p.text.length, 0) - Math.floor(max / 3));
    while (drop > 0 && start < first) drop -= all[start++]!.text.length;
  }
  const segments: Segment[] = start > 0 ? [{ text: '…', mark: false }] : [];
  let used = 0;
  for (let i = start; i < all.length; i++) {
    const p = all[i]!;
    if (used >= max && !isHit(p)) {
      segments.push({ text: '…', mark: false });
      break;
    }
    used += p.text.length;
    const mark = isHit(p);
    const prev = segments[segments.length - 1];
    if (prev && prev.mark === mark && !mark) prev.text += p.text;
    else segments.push({ text: p.text, mark });
  }
  return segments;
}

describe('markedSnippet reads only up to its window', () => {
  it('gives exactly the snippet the whole text gives, for many long and short texts', () => {
    let seed = 5;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const vocabulary = ['deadline', 'Deadline', 'the', 'client', 'report', 'missed', 'café', 'week', '—', 'sorry', 'budget'];
    const gaps = [' ', ', ', '. ', '\n', '\n\n', ' (', ') ', '!! '];
    let rounds = 0;
    for (let round = 0; round < 400; round++) {
      const words = 1 + Math.floor(next() * (round % 4 === 0 ? 1_500 : 60));
      const text = Array.from({ length: words }, () => vocabulary[Math.floor(next() * vocabulary.length)]! + gaps[Math.floor(next() * gaps.length)]!).join('');
      const terms = [vocabulary[Math.floor(next() * vocabulary.length)]!.toLowerCase(), ...(next() < 0.3 ? ['budget'] : [])];
      for (const max of [40, 160, 200]) expect(markedSnippet(text, terms, max), `round ${round}, max ${max}`).toEqual(wholeTextSnippet(text, terms, max));
      rounds++;
    }
    console.log(`snippet window: ${rounds} texts compared with the whole-text snippet`);
  });

  it('agrees on long texts cut near their first hit: runs of space at the cut, hits deep inside, words with symbols, letters that fold alike', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const vocabulary = ['deadline', 'the', 'c++', 'a$b', 'x^2', 'ſtop', 'stop', 'K', 'k', 'sorry', 'İstanbul', 'istanbul'];
    const gaps = [' ', '      ', '\n   \n', '\n\n\n', ' \t ', ', ', '. '];
    let rounds = 0;
    for (let round = 0; round < 60; round++) {
      const words = 300 + Math.floor(next() * 1_500);
      const text = Array.from({ length: words }, () => vocabulary[Math.floor(next() * vocabulary.length)]! + gaps[Math.floor(next() * gaps.length)]!).join('');
      // Often a term that only appears far in (or never): the cut must still land past the real first hit.
      const terms = [vocabulary[Math.floor(next() * vocabulary.length)]!.toLowerCase(), ...(next() < 0.5 ? ['zzz-never'] : [])];
      const late = `${text}${' '.repeat(Math.floor(next() * 3_000))}needle${text.slice(0, 500)}`;
      for (const max of [40, 160, 200]) {
        expect(markedSnippet(text, terms, max), `round ${round}, max ${max}`).toEqual(wholeTextSnippet(text, terms, max));
        expect(markedSnippet(late, ['needle'], max), `late, round ${round}, max ${max}`).toEqual(wholeTextSnippet(late, ['needle'], max));
      }
      rounds++;
    }
    console.log(`snippet cut near the first hit: ${rounds * 2} long texts compared with the whole-text snippet`);
  });

  it('agrees on plain ASCII texts read from just before their first hit: tabs and form feeds beside the gaps, hits deep inside', () => {
    let seed = 23;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    // Even rounds: plain ASCII, read from just before the hit. Odd rounds: tabs and feeds, read from the start.
    const plainWords = ['deadline', 'Deadline', 'the', 'c++', 'a$b', 'x^2', 'stop', 'K', 'sorry', 'long'.repeat(40)];
    const plainGaps = [' ', '      ', '\n   \n', '\n\n', ', ', '. ', '!', ' (', ') '];
    let rounds = 0;
    for (let round = 0; round < 80; round++) {
      const vocabulary = round % 2 === 0 ? plainWords : [...plainWords, '\tpad', 'v\vw'];
      const gaps = round % 2 === 0 ? plainGaps : [...plainGaps, '\n\t', ' \t ', '\f'];
      const words = 200 + Math.floor(next() * 1_500);
      const text = Array.from({ length: words }, () => vocabulary[Math.floor(next() * vocabulary.length)]! + gaps[Math.floor(next() * gaps.length)]!).join('');
      const terms = [vocabulary[Math.floor(next() * vocabulary.length)]!.toLowerCase().trim()];
      const late = `${text}${gaps[round % gaps.length]!.repeat(Math.floor(next() * 300))}needle${text.slice(0, 700)}`;
      for (const max of [40, 160, 200]) {
        expect(markedSnippet(text, terms, max), `round ${round}, max ${max}`).toEqual(wholeTextSnippet(text, terms, max));
        expect(markedSnippet(late, ['needle', 'zzz'], max), `late, round ${round}, max ${max}`).toEqual(wholeTextSnippet(late, ['needle', 'zzz'], max));
      }
      rounds++;
    }
    console.log(`snippet read from before the first hit: ${rounds * 2} ASCII texts compared with the whole-text snippet`);
  });
});
