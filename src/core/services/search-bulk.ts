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
 * The first build's index in MiniSearch's own in-memory form (the Maps it keeps once loaded), kept up
 * to date as documents arrive already cut into their distinct words per field, each word by its
 * number: each word's postings are gathered as they come (found by number in an array, not by the
 * word in a Map), so building the word tree is all that is left once the last journal is read, and
 * that tree is built once per word instead of walked once per word of every document. Fields are
 * numbered as `fields` lists them; a replaced document keeps its number.
 */
export class BulkIndex {
  private readonly numbers = new Map<string, number>();
  private readonly wordsOf = new Map<number, number[][]>();
  /** By field number, by word number: the documents that hold the word there. */
  private readonly postings: (Map<number, number> | undefined)[][];
  private readonly documentIds = new Map<number, string>();
  private readonly fieldLength = new Map<number, number[]>();
  private readonly sums: number[];
  private nextId = 0;

  constructor(fields: readonly string[], private readonly wordOf: WordOf) {
    this.sums = fields.map(() => 0);
    this.postings = fields.map(() => []);
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
      const byWord = this.postings[field]!;
      this.sums[field]! += list.length;
      for (let i = 0; i < list.length; i++) {
        const word = list[i]!;
        let docs = byWord[word];
        if (!docs) byWord[word] = docs = new Map();
        docs.set(short, 1);
      }
    }
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

  /** Takes a document's words out of the postings (before it is put again, or removed). */
  private drop(short: number): void {
    const words = this.wordsOf.get(short) ?? [];
    words.forEach((list, field) => {
      this.sums[field]! -= list.length;
      for (const word of list) this.postings[field]![word]?.delete(short);
    });
  }
}
