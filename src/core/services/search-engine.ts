import MiniSearch, { type Options } from 'minisearch';
import { splitWords } from '../logic/search-text';
import { DistinctWords } from '../logic/search-words';
import { Vocabulary } from './search-vocabulary';
import { BulkIndex } from './search-bulk';
import { LoadedMiniSearch } from './search-loaded';

/** What the engine indexes of one document: its words only; what a hit shows is read from the journal. */
export interface EngineDoc {
  id: string;
  person: string;
  title: string;
  text: string;
}
export interface EngineHit {
  id: string;
  /** The indexed words that matched (what the snippet marks). */
  terms: string[];
}

/**
 * Where the index lives and is searched. Core's own engine works in this thread; main may bring one
 * that works in a worker thread of the main process (still main's memory, never on disk), so the
 * window's calls never wait behind indexing. Calls apply in the order they are made.
 */
export interface SearchEngine {
  /** How many documents one `put` should carry: indexing in this thread happens inside `put`, kept short. */
  readonly batch: number;
  /** Adds documents (replacing any with the same id) and removes ids. */
  put(docs: readonly EngineDoc[], remove: readonly string[]): void;
  /** The first build has been handed over: resolves once all of it is searchable. */
  settle(): Promise<void>;
  /** The best `limit` hits; a slip of the keyboard is forgiven only when the words as typed find nothing. */
  search(query: string, limit: number): Promise<EngineHit[]>;
  /** Forgets everything (the lock): nothing of the index stays in memory. */
  close(): void;
}

/** Makes engines, and drops every one of them at the lock (openCore calls `closeAll`). */
export interface SearchEngineHost {
  create(): SearchEngine;
  closeAll(): void;
}

const FIELDS = ['person', 'title', 'text'] as const;
const ANSWERS_KEPT = 32;

/**
 * Each distinct word once: a journal search asks "which entries mention this", so how often a word
 * recurs in one entry adds little, and indexing each word once makes the build several times faster.
 */
export const distinctWords = (text: string): string[] => {
  const words = new Set(splitWords(text));
  words.delete('');
  return [...words];
};
const prefixFrom3 = (term: string): boolean => term.length >= 3;
const fuzzyFrom5 = (term: string): number | false => (term.length > 4 ? 0.2 : false);

const optionsWith = (vocabulary: Vocabulary, words: DistinctWords): Options<EngineDoc> => ({
  fields: [...FIELDS],
  // Nothing stored: a hit's name, title and date are read from its journal (search-answer.ts).
  storeFields: [],
  // Every word indexed one at a time passes through here, so the vocabulary is complete.
  tokenize: (text) => vocabulary.remember(words.of(text)),
  // The words are lower-case already (splitWords); the default would lower-case each again.
  processTerm: (term) => term,
  searchOptions: { tokenize: distinctWords, prefix: prefixFrom3, combineWith: 'AND', boost: { person: 2, title: 1.5 } },
});

/**
 * The index itself: MiniSearch and the vocabulary beside it. `bulk` (a worker, where a long hold blocks
 * no one) gathers the first build's words and loads them in one go when asked; otherwise each
 * document is added as it comes.
 */
export class SearchCore {
  private readonly vocabulary = new Vocabulary();
  /** Cuts texts into their distinct words, knowing those met before (search-words.ts). */
  private readonly words = new DistinctWords();
  private mini: MiniSearch<EngineDoc>;
  /** While building in bulk: the words gathered so far, ready to load (search-bulk.ts). */
  private bulk: BulkIndex | null;
  private dirty = false;
  /** The words `warmUp` searches for (set by `settle`). */
  private warmWith: string[] = [];
  /** The last answers, until the index changes (typing back and forth asks the same again). */
  private readonly answers = new Map<string, EngineHit[]>();

  constructor(bulk: boolean) {
    this.mini = new MiniSearch(optionsWith(this.vocabulary, this.words));
    this.bulk = bulk ? new BulkIndex(FIELDS, (number) => this.words.word(number)) : null;
  }

  put(docs: readonly EngineDoc[], remove: readonly string[]): void {
    this.answers.clear();
    if (this.bulk) {
      for (const id of remove) this.bulk.remove(id);
      for (const doc of docs) this.bulk.put(doc.id, FIELDS.map((field) => this.words.numbersOf(doc[field])));
      this.dirty = true;
      return;
    }
    for (const id of remove) if (this.mini.has(id)) this.mini.discard(id);
    for (const doc of docs) {
      if (this.mini.has(doc.id)) this.mini.discard(doc.id);
      this.mini.add(doc);
    }
  }

  /** The first build is whole: from now on each change is added as it comes. */
  settle(): void {
    this.warmWith = this.bulk?.first()?.[2]?.slice(0, 2) ?? [];
    this.load();
    this.bulk = null;
  }

  /**
   * One search over the commonest words (those of the first entry), once the build is settled and
   * before anyone asks: the first question a person types is then answered by compiled code, not by
   * the engine warming up on it. Apart from `settle`, so saying "ready" does not wait for it.
   */
  warmUp(): void {
    const words = this.warmWith;
    this.warmWith = [];
    if (words.length) this.find(words.join(' '));
  }

  search(query: string, limit: number): EngineHit[] {
    this.load();
    const key = `${limit}\u0000${query}`;
    const known = this.answers.get(key);
    if (known) return known;
    const hits = this.find(query).slice(0, limit).map((r) => ({ id: String(r.id), terms: r.terms }));
    if (this.answers.size >= ANSWERS_KEPT) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, hits);
    return hits;
  }

  private find(query: string) {
    const words = distinctWords(query);
    const exact = this.findable(words, false) ? this.mini.search(query) : [];
    // Only words of five letters or more are forgiven a slip: with none, a second pass would find the same nothing.
    const forgiving = !exact.length && words.some((word) => fuzzyFrom5(word) !== false) && this.findable(words, true);
    return forgiving ? this.mini.search(query, { fuzzy: fuzzyFrom5 }) : exact;
  }

  /** Whether every word could match something (as MiniSearch matches: prefix from 3 letters, a slip in 5). */
  private findable(words: readonly string[], forgiving: boolean): boolean {
    return words.every((word) => {
      const fuzzy = forgiving ? fuzzyFrom5(word) : false;
      // At least MiniSearch's own allowance (it rounds length × 0.2): never a word it could still match.
      const distance = fuzzy === false ? 0 : Math.ceil(word.length * fuzzy);
      return this.vocabulary.mayMatch(word, 3, distance);
    });
  }

  /** What the bulk build gathered so far becomes searchable (the whole index is loaded afresh). */
  private load(): void {
    if (!this.bulk || !this.dirty) return;
    const gathered = this.bulk.gathered();
    this.vocabulary.remember([...gathered.index.keys()]);
    this.mini = LoadedMiniSearch.fromGathered(gathered, optionsWith(this.vocabulary, this.words));
    this.dirty = false;
  }
}

/** Core's own engine: in this thread, a document at a time (the caller yields between batches). */
export function inThreadEngine(): SearchEngine {
  let core: SearchCore | null = new SearchCore(false);
  const live = (): SearchCore => core ?? (core = new SearchCore(false));
  return {
    batch: 8,
    put: (docs, remove) => live().put(docs, remove),
    settle: async () => live().settle(),
    search: async (query, limit) => live().search(query, limit),
    close: () => {
      core = null;
    },
  };
}
