import MiniSearch from 'minisearch';
import type { JournalStore } from '../store/journal-store';
import type { Journal } from '../model/journal';
import { journalDocuments, type SearchDocument } from '../logic/search-documents';
import { isSearchable, splitWords } from '../logic/search-text';
import { beginWork, type ProgressRegistry } from './progress';
import { groupedHits, type SearchGroup } from './search-answer';
import { Vocabulary } from './search-vocabulary';

export type { SearchGroup, SearchHit } from './search-answer';

export interface SearchAnswer {
  /** False when the query had no letter or digit: nothing was looked up. */
  searched: boolean;
  /** How far the index is: people read so far, of all. Results cover those read. */
  progress: SearchProgress;
  groups: SearchGroup[];
}
export interface SearchProgress {
  ready: boolean;
  indexed: number;
  total: number;
  /** The person stopped the build: nothing more is read until they ask again (`search:status` with `resume`). */
  paused: boolean;
}

const SLICE_MS = 10;
const MAX_HITS = 60;

/**
 * Each distinct word once per field: a journal search asks "which entries mention this", so how
 * often a word recurs in one entry adds little, and indexing each word once makes the build several
 * times faster on long entries.
 */
const distinctWords = (text: string): string[] => {
  const words = new Set(splitWords(text));
  words.delete('');
  return [...words];
};
const prefixFrom3 = (term: string): boolean => term.length >= 3;
const fuzzyFrom5 = (term: string): number | false => (term.length > 4 ? 0.2 : false);

/** FNV-1a over what the index holds of a document: tells a changed document from an unchanged one. */
function signature(parts: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A document as the index takes it: its text already cut to its distinct words (split once, the
 * build's main cost), and the signature of exactly what is indexed and shown (a text edit that leaves
 * the same words changes nothing here; the snippet is read from the journal at answer time).
 */
function prepared(doc: SearchDocument): { doc: SearchDocument; sig: number } {
  const words = distinctWords(doc.text).join(' ');
  return { doc: { ...doc, text: words }, sig: signature([doc.person, doc.title, doc.kind, doc.at, words]) };
}

// Core has no host typings; both Node and browsers have setTimeout, which lets queued calls run first.
const host = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };
const pause = (): Promise<void> => new Promise((resolve) => host.setTimeout(resolve, 0));

/**
 * Full-text search over every person and entry, held in memory only (never written anywhere, so an
 * encrypted folder stays encrypted; it goes when the store goes, on lock). Built in short slices
 * after the first request so no call waits behind it, and kept current by the store's change
 * notification: a save re-indexes only the documents whose words changed.
 */
export class SearchIndex {
  private readonly vocabulary = new Vocabulary();
  private readonly mini = new MiniSearch<SearchDocument>({
    fields: ['person', 'title', 'text'],
    // Nothing stored: a hit's name, title and date are read from its journal (search-answer.ts), so a
    // search with thousands of matches copies no fields for the ones never shown.
    storeFields: [],
    // A document's text arrives as its distinct words joined by single spaces (prepared): splitting on the
    // space is all that is left to do, instead of cutting the whole text into words a second time.
    // Every word indexed passes through here (the build's and each save's), so the vocabulary is complete.
    tokenize: (text, field) => this.vocabulary.remember(field === 'text' ? (text === '' ? [] : text.split(' ')) : distinctWords(text)),
    // The words are lower-case already (splitWords); the default would lower-case each again.
    processTerm: (term) => term,
    searchOptions: { tokenize: distinctWords, prefix: prefixFrom3, combineWith: 'AND', boost: { person: 2, title: 1.5 } },
  });
  /** Per person: document id → signature of its words, to re-index only what changed. */
  private readonly signatures = new Map<string, Map<string, number>>();
  private readonly syncedBySave = new Set<string>();
  /** Per person: the journal the last save brought in, to tell its records that changed by identity. */
  private readonly lastSynced = new Map<string, Journal>();
  private build: Promise<void> | null = null;
  private done = false;
  private paused = false;

  constructor(private readonly store: JournalStore, private readonly progressRegistry?: ProgressRegistry) {
    store.onChange((id, journal) => this.sync(id, journal));
  }

  /**
   * Starts the build if it has not started; resolves when every person has been read. After the
   * person stopped it, only `resume` starts it again (reading on from where it stopped).
   */
  start(resume = false): Promise<void> {
    if (this.paused && !resume) return Promise.resolve();
    this.paused = false;
    this.build ??= this.buildAll();
    return this.build;
  }

  progress(): SearchProgress {
    const total = this.store.summaries().length;
    return { ready: this.done, indexed: this.done ? total : Math.min(this.signatures.size, total), total, paused: this.paused };
  }

  async search(query: string): Promise<SearchAnswer> {
    void this.start();
    if (!isSearchable(query)) return { searched: false, progress: this.progress(), groups: [] };
    // A slip of the keyboard is forgiven only when the words as typed find nothing.
    const words = distinctWords(query);
    const exact = this.findable(words, false) ? this.mini.search(query) : [];
    // Only words of five letters or more are forgiven a slip: with none, a second pass would find the same nothing.
    const forgiving = !exact.length && words.some((word) => fuzzyFrom5(word) !== false) && this.findable(words, true);
    const results = (forgiving ? this.mini.search(query, { fuzzy: fuzzyFrom5 }) : exact).slice(0, MAX_HITS);
    return { searched: true, progress: this.progress(), groups: await groupedHits(this.store, results) };
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

  private async buildAll(): Promise<void> {
    const ids = this.store.summaries().map((s) => s.id).filter((id) => !this.signatures.has(id) && !this.syncedBySave.has(id));
    // Stopping is always safe: what is indexed stays, and "Finish getting ready" reads on from there.
    const work = beginWork(this.progressRegistry, 'search-index', this.store.summaries().length, 'Getting search ready', { cancellable: true });
    const read = (id: string) => this.store.journal(id).catch(() => null);
    // The next journal is read while this one is indexed, so waiting on the disk and indexing overlap.
    let next = ids.length ? read(ids[0]!) : null;
    const slice = { since: Date.now() };
    try {
      for (const [i, id] of ids.entries()) {
        const journal = await next;
        if (work.cancelled) return this.stopped();
        next = i + 1 < ids.length ? read(ids[i + 1]!) : null;
        work.step(this.signatures.size);
        await this.buildOne(id, journal, slice);
      }
      this.done = true;
    } finally {
      work.end();
    }
  }

  private stopped(): void {
    this.paused = true;
    this.build = null;
  }

  /**
   * Indexes one journal a document at a time, stepping aside about every SLICE_MS. A stop (or a lock)
   * lands between journals: this one is in memory already, and what is indexed stays whole.
   */
  private async buildOne(id: string, journal: Journal | null, slice: { since: number }): Promise<void> {
    // A save that landed before this journal's turn has indexed it already, and its signatures are the
    // true ones: replacing them with an empty map would make the next save add documents twice.
    if (this.syncedBySave.has(id)) return;
    const signatures = new Map<string, number>();
    this.signatures.set(id, signatures);
    for (const original of journal ? journalDocuments(journal) : []) {
      // A save that landed meanwhile has already indexed the newer text.
      if (this.syncedBySave.has(id)) return;
      const { doc, sig } = prepared(original);
      if (this.mini.has(doc.id)) this.mini.discard(doc.id);
      this.mini.add(doc);
      signatures.set(doc.id, sig);
      if (Date.now() - slice.since > SLICE_MS) {
        await pause();
        slice.since = Date.now();
      }
    }
  }

  /** Brings one person's documents in line with a save (`null`: the person is gone). */
  private sync(id: string, journal: Journal | null): void {
    this.syncedBySave.add(id);
    const before = this.signatures.get(id) ?? new Map<string, number>();
    const last = this.lastSynced.get(id);
    const changed = journal && last && before.size > 0 ? changedOnly(last, journal) : null;
    const after = changed ? new Map(before) : new Map<string, number>();
    if (changed) for (const docId of docIdsOf(before, changed.records)) after.delete(docId);
    for (const original of journal ? journalDocuments(changed?.journal ?? journal) : []) {
      const { doc, sig } = prepared(original);
      after.set(doc.id, sig);
      if (before.get(doc.id) === sig) continue;
      if (this.mini.has(doc.id)) this.mini.discard(doc.id);
      this.mini.add(doc);
    }
    for (const docId of before.keys()) if (!after.has(docId)) this.mini.discard(docId);
    if (journal) this.signatures.set(id, after);
    else this.signatures.delete(id);
    if (journal) this.lastSynced.set(id, journal);
    else this.lastSynced.delete(id);
  }
}

/**
 * What a save changed, by object identity: a save edits a copy-on-write draft (journal-draft.ts), so a
 * record it did not touch is the very same object as before, and its document is the same too. Returns
 * the journal cut down to the records that are new or replaced (their documents are built and compared;
 * a large journal's hundreds of others are not), with the ids of those and of the removed ones; null
 * when every document may have changed (the person's name or details, shown on each of them).
 */
function changedOnly(last: Journal, journal: Journal): { journal: Journal; records: Set<string> } | null {
  if (last.relationship !== journal.relationship) return null;
  const cut: Record<string, unknown> = { ...journal };
  const records = new Set<string>();
  for (const [key, list] of Object.entries(journal) as [keyof Journal, unknown][]) {
    if (key === 'relationship' || !Array.isArray(list)) continue;
    const old = last[key] as readonly { id: string }[];
    // A plan's title names its incident: a changed incident list rebuilds every plan's document.
    const all = key === 'preparations' && last.incidents !== journal.incidents;
    if (list === old && !all) {
      cut[key] = [];
      continue;
    }
    const kept = new Set(old);
    const now = new Set<string>();
    cut[key] = (list as { id: string }[]).filter((r) => {
      now.add(r.id);
      return all || !kept.has(r);
    });
    for (const r of cut[key] as { id: string }[]) records.add(r.id);
    for (const r of old) if (!now.has(r.id)) records.add(r.id);
  }
  return { journal: cut as unknown as Journal, records };
}

/** The ids of documents (`<person>|<kind>:<record id>`) that belong to these records. */
function docIdsOf(signatures: ReadonlyMap<string, number>, records: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (records.size === 0) return out;
  for (const docId of signatures.keys()) {
    const entry = docId.slice(docId.indexOf('|') + 1);
    if (records.has(entry.slice(entry.indexOf(':') + 1))) out.push(docId);
  }
  return out;
}
