import { describe, expect, it } from 'vitest';
import { BulkIndex, type GatheredIndex } from '../../../src/core/services/search-bulk';

/**
 * BulkIndex lists a word's documents in an array and moves them into its Map only when the index is
 * asked for. What it hands over must be exactly what adding each document straight into the Maps
 * gave (the gather before): the same documents, in the same order in every Map (a search's ties keep
 * that order), the same lengths and averages, whenever it is asked and whatever was replaced or
 * removed meanwhile. `Direct` below is that earlier gather, kept as the reference.
 */
class Direct {
  private readonly numbers = new Map<string, number>();
  private readonly wordsOf = new Map<number, number[][]>();
  private readonly postings: (Map<number, number> | undefined)[][] = [[], [], []];
  private readonly documentIds = new Map<number, string>();
  private readonly fieldLength = new Map<number, number[]>();
  private readonly sums = [0, 0, 0];
  private nextId = 0;

  put(id: string, words: number[][]): void {
    const known = this.numbers.get(id);
    if (known !== undefined) this.drop(known);
    const short = known ?? this.nextId++;
    this.numbers.set(id, short);
    this.wordsOf.set(short, words);
    this.documentIds.set(short, id);
    this.fieldLength.set(short, words.map((list) => list.length));
    words.forEach((list, field) => {
      this.sums[field]! += list.length;
      for (const word of list) {
        const byWord = this.postings[field]!;
        (byWord[word] ??= new Map()).set(short, 1);
      }
    });
  }

  remove(id: string): void {
    const short = this.numbers.get(id);
    if (short === undefined) return;
    this.drop(short);
    this.numbers.delete(id);
    this.wordsOf.delete(short);
    this.documentIds.delete(short);
    this.fieldLength.delete(short);
  }

  gathered(): GatheredIndex {
    const count = this.numbers.size;
    const index = new Map<string, Map<number, Map<number, number>>>();
    const words = Math.max(...this.postings.map((byWord) => byWord.length));
    for (let word = 0; word < words; word++) {
      const postings = new Map<number, Map<number, number>>();
      this.postings.forEach((byWord, field) => {
        const docs = byWord[word];
        if (docs && docs.size > 0) postings.set(field, docs);
      });
      if (postings.size > 0) index.set(`w${word}`, postings);
    }
    return { documentCount: count, nextId: this.nextId, averageFieldLength: this.sums.map((sum) => (count ? sum / count : 0)), documentIds: this.documentIds, fieldLength: this.fieldLength, index };
  }

  private drop(short: number): void {
    (this.wordsOf.get(short) ?? []).forEach((list, field) => {
      this.sums[field]! -= list.length;
      for (const word of list) this.postings[field]![word]?.delete(short);
    });
  }
}

/** Everything gathered, written out in order (Maps as lists of entries, so their order counts). */
const plain = (g: GatheredIndex): string => JSON.stringify({
  documentCount: g.documentCount,
  nextId: g.nextId,
  averageFieldLength: g.averageFieldLength,
  documentIds: [...g.documentIds],
  fieldLength: [...g.fieldLength],
  index: [...g.index].map(([word, postings]) => [word, [...postings].map(([field, docs]) => [field, [...docs]])]),
});

/** A small deterministic generator (mulberry32), so a failure can be run again as it was. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distinct word numbers per field, as DistinctWords gives them (a few common words, a long tail). */
function wordsOf(next: () => number): number[][] {
  return [3, 6, 40].map((most) => {
    const words = new Set<number>();
    const n = Math.floor(next() * most);
    for (let i = 0; i < n; i++) words.add(next() < 0.7 ? Math.floor(next() * 20) : Math.floor(next() * 400));
    return [...words];
  });
}

describe('the bulk build gathers', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`exactly what adding straight into the Maps gathered (puts, replacements, removals, asked at any time; seed ${seed})`, () => {
      const next = random(seed);
      const bulk = new BulkIndex(['person', 'title', 'text'], (word) => `w${word}`);
      const direct = new Direct();
      const ids: string[] = [];
      let asked = 0;
      for (let step = 0; step < 3000; step++) {
        const roll = next();
        if (roll < 0.6 || ids.length === 0) {
          const id = `doc-${ids.length}`;
          ids.push(id);
          const words = wordsOf(next);
          bulk.put(id, words);
          direct.put(id, words);
        } else if (roll < 0.8) {
          // A save replaces a document: it may be one still waiting or one moved into the Maps.
          const id = ids[Math.floor(next() * ids.length)]!;
          const words = wordsOf(next);
          bulk.put(id, words);
          direct.put(id, words);
        } else if (roll < 0.95) {
          const id = ids[Math.floor(next() * ids.length)]!;
          bulk.remove(id);
          direct.remove(id);
        } else {
          // A search during the build: what is gathered so far is handed over, and the build goes on.
          asked++;
          expect(plain(bulk.gathered())).toBe(plain(direct.gathered()));
        }
      }
      expect(asked).toBeGreaterThan(50);
      expect(plain(bulk.gathered())).toBe(plain(direct.gathered()));
    });
  }

  it('exactly what adding straight into the Maps gathered, over thousands of documents not asked for in between', () => {
    // Past MOVE_EVERY documents the lists are moved into the Maps unasked, several times over here.
    const next = random(7);
    const bulk = new BulkIndex(['person', 'title', 'text'], (word) => `w${word}`);
    const direct = new Direct();
    const ids: string[] = [];
    for (let step = 0; step < 9000; step++) {
      const roll = next();
      if (roll < 0.8 || ids.length === 0) ids.push(`doc-${ids.length}`);
      // A new document, else a replaced one (a save) or a removed one.
      const id = roll < 0.8 ? ids[ids.length - 1]! : ids[Math.floor(next() * ids.length)]!;
      if (roll < 0.95) {
        const words = wordsOf(next);
        bulk.put(id, words);
        direct.put(id, words);
      } else {
        bulk.remove(id);
        direct.remove(id);
      }
    }
    expect(ids.length).toBeGreaterThan(3 * 2048);
    expect(plain(bulk.gathered())).toBe(plain(direct.gathered()));
  });

  it('names the first document’s words, for the warm-up', () => {
    const bulk = new BulkIndex(['person', 'title', 'text'], (word) => `w${word}`);
    bulk.put('a', [[1], [2, 3], [4]]);
    bulk.put('b', [[5], [], [6]]);
    expect(bulk.first()).toEqual([['w1'], ['w2', 'w3'], ['w4']]);
  });
});
