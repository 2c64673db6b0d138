import type { AsPlainObject } from 'minisearch';

type Postings = Record<number, Record<number, number>>;

/**
 * The first build's index in MiniSearch's own serialised form (what `toJSON` writes and `loadJS`
 * reads), kept up to date as documents arrive already cut into their distinct words per field: each
 * word's postings are gathered as they come, so loading them is all that is left once the last
 * journal is read, and the index tree is built once per word instead of walked once per word of
 * every document. Fields are numbered as `fields` lists them; a replaced document keeps its number.
 */
export class BulkIndex {
  private readonly numbers = new Map<string, number>();
  private readonly wordsOf = new Map<number, string[][]>();
  private readonly index = new Map<string, Postings>();
  private readonly documentIds: Record<number, string> = {};
  private readonly fieldLength: Record<number, number[]> = {};
  private readonly sums: number[];
  private nextId = 0;

  constructor(private readonly fields: readonly string[]) {
    this.sums = fields.map(() => 0);
  }

  /** Words of the first document put, per field (to warm the engine up with). */
  first(): string[][] | undefined {
    return this.wordsOf.values().next().value;
  }

  put(id: string, words: string[][]): void {
    const known = this.numbers.get(id);
    if (known !== undefined) this.drop(known);
    const short = known ?? this.nextId++;
    this.numbers.set(id, short);
    this.wordsOf.set(short, words);
    this.documentIds[short] = id;
    this.fieldLength[short] = words.map((list, field) => {
      this.sums[field]! += list.length;
      for (const word of list) {
        let postings = this.index.get(word);
        if (!postings) this.index.set(word, (postings = {}));
        (postings[field] ??= {})[short] = 1;
      }
      return list.length;
    });
  }

  remove(id: string): void {
    const short = this.numbers.get(id);
    if (short === undefined) return;
    this.drop(short);
    this.numbers.delete(id);
    this.wordsOf.delete(short);
    delete this.documentIds[short];
    delete this.fieldLength[short];
  }

  toJS(): AsPlainObject {
    const count = this.numbers.size;
    return {
      documentCount: count, nextId: this.nextId, documentIds: { ...this.documentIds }, fieldIds: Object.fromEntries(this.fields.map((f, i) => [f, i])),
      fieldLength: { ...this.fieldLength }, averageFieldLength: this.sums.map((sum) => (count ? sum / count : 0)), storedFields: {}, dirtCount: 0,
      index: [...this.index], serializationVersion: 2,
    };
  }

  /** Takes a document's words out of the postings (before it is put again, or removed). */
  private drop(short: number): void {
    const words = this.wordsOf.get(short) ?? [];
    words.forEach((list, field) => {
      this.sums[field]! -= list.length;
      for (const word of list) {
        const postings = this.index.get(word);
        const docs = postings?.[field];
        if (!postings || !docs) continue;
        delete docs[short];
        if (Object.keys(docs).length === 0) delete postings[field];
        if (Object.keys(postings).length === 0) this.index.delete(word);
      }
    });
  }
}
