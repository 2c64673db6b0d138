/** Per word: per field number, the documents (short ids) that hold it, each with its count (1: words are distinct). */
export type Postings = Map<number, Map<number, number>>;

/** What the bulk build hands MiniSearch (search-loaded.ts): its own in-memory structures, ready to use. */
export interface GatheredIndex {
  documentCount: number;
  nextId: number;
  documentIds: Map<number, string>;
  fieldLength: Map<number, number[]>;
  averageFieldLength: number[];
  index: Map<string, Postings>;
}

/** Gives the word of a number (search-words.ts numbers each word it meets). */
export type WordOf = (number: number) => string;

/**
 * Documents listed before their words' Maps are filled. Long lists fill Maps cheaply, but whatever is
 * still listed when the last journal arrives is filled after it, while nothing else is left to do: at
 * L, about 2,000 documents of 10,000 cost ~25 ms more in all than filling every Map once at the end,
 * and leave ~20 ms instead of ~110 ms after the last journal.
 */
const MOVE_EVERY = 2048;

/**
 * The first build's index in MiniSearch's own in-memory form (the Maps it keeps once loaded), kept up
 * to date as documents arrive already cut into their distinct words per field, each word by its
 * number: each word's postings are gathered as they come (found by number in an array, not by the
 * word in a Map), so building the word tree is all that is left once the last journal is read, and
 * that tree is built once per word instead of walked once per word of every document. Fields are
 * numbered as `fields` lists them; a replaced document keeps its number.
 *
 * A word's documents are first listed in a plain array and moved into its Map every MOVE_EVERY
 * documents and when the index is asked for (`gathered`): filling one Map at a time from a list costs
 * about half of adding to thousands of Maps in turn as each document comes (the Maps' memory stays in
 * the cache). The Map holds its documents in the order they were put, as it would have had they been
 * added one by one.
 */
export class BulkIndex {
  private readonly numbers = new Map<string, number>();
  private readonly wordsOf = new Map<number, number[][]>();
  /** By field number, by word number: the documents that hold the word there, as MiniSearch reads them. */
  private readonly postings: (Map<number, number> | undefined)[][];
  /** By field number, by word number: documents put since the last `gathered`, in order, not yet in `postings`. */
  private readonly waiting: (number[] | undefined)[][];
  private readonly documentIds = new Map<number, string>();
  private readonly fieldLength = new Map<number, number[]>();
  private readonly sums: number[];
  private nextId = 0;
  /** Documents put since the waiting lists were last moved into the Maps. */
  private sinceMoved = 0;

  constructor(fields: readonly string[], private readonly wordOf: WordOf) {
    this.sums = fields.map(() => 0);
    this.postings = fields.map(() => []);
    this.waiting = fields.map(() => []);
  }

  /** Words of the first document put, per field (to warm the engine up with). */
  first(): string[][] | undefined {
    const first: number[][] | undefined = this.wordsOf.values().next().value;
    return first?.map((list) => list.map(this.wordOf));
  }

  put(id: string, words: number[][]): void {
    const known = this.numbers.get(id);
    if (known !== undefined) this.drop(known);
    const short = known ?? this.nextId++;
    this.numbers.set(id, short);
    this.wordsOf.set(short, words);
    this.documentIds.set(short, id);
    this.fieldLength.set(short, words.map((list) => list.length));
    // The busiest loop of the build: plain loops, the field's list looked up once.
    for (let field = 0; field < words.length; field++) {
      const list = words[field]!;
      const byWord = this.waiting[field]!;
      this.sums[field]! += list.length;
      for (let i = 0; i < list.length; i++) {
        const word = list[i]!;
        const docs = byWord[word];
        if (docs) docs.push(short);
        else byWord[word] = [short];
      }
    }
    if (++this.sinceMoved >= MOVE_EVERY) this.settleWaiting();
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

  /**
   * What is gathered so far. The documents' Maps are the gathered ones, not copies: MiniSearch reads
   * them as they are, and the engine loads afresh whenever something was put since
   * (search-engine.ts), so a loaded index is never asked after the build has changed what it holds.
   */
  gathered(): GatheredIndex {
    this.settleWaiting();
    const count = this.numbers.size;
    const averageFieldLength = this.sums.map((sum) => (count ? sum / count : 0));
    const index = new Map<string, Postings>();
    const words = Math.max(...this.postings.map((byWord) => byWord.length));
    for (let word = 0; word < words; word++) {
      const postings: Postings = new Map();
      this.postings.forEach((byWord, field) => {
        const docs = byWord[word];
        if (docs && docs.size > 0) postings.set(field, docs);
      });
      if (postings.size > 0) index.set(this.wordOf(word), postings);
    }
    return { documentCount: count, nextId: this.nextId, averageFieldLength, documentIds: this.documentIds, fieldLength: this.fieldLength, index };
  }

  /** Moves every word's waiting documents into its Map, after those there (the order they were put in). */
  private settleWaiting(): void {
    this.sinceMoved = 0;
    this.waiting.forEach((byWord, field) => {
      const maps = this.postings[field]!;
      for (let word = 0; word < byWord.length; word++) {
        const docs = byWord[word];
        if (!docs || docs.length === 0) continue;
        let map = maps[word];
        if (!map) maps[word] = map = new Map();
        for (let i = 0; i < docs.length; i++) map.set(docs[i]!, 1);
        byWord[word] = undefined;
      }
    });
  }

  /** Takes a document's words out of the postings (before it is put again, or removed). */
  private drop(short: number): void {
    const words = this.wordsOf.get(short) ?? [];
    words.forEach((list, field) => {
      this.sums[field]! -= list.length;
      for (const word of list) {
        // In its Map, or still waiting: never both.
        if (this.postings[field]![word]?.delete(short)) continue;
        const docs = this.waiting[field]![word];
        const at = docs ? docs.lastIndexOf(short) : -1;
        if (at >= 0) docs!.splice(at, 1);
      }
    });
  }
}
