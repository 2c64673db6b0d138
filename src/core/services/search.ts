import MiniSearch from 'minisearch';
import type { JournalStore } from '../store/journal-store';
import type { Journal } from '../model/journal';
import { documentFor, journalDocuments, type SearchDocument } from '../logic/search-documents';
import { isSearchable, markedSnippet, splitWords, type Segment } from '../logic/search-text';
import { beginWork, type ProgressRegistry } from './progress';

export interface SearchHit {
  entry: string;
  kind: string;
  title: string;
  /** The title again, with the matching words marked. */
  titleMarked: Segment[];
  at: string;
  snippet: Segment[];
}
export interface SearchGroup {
  relationshipId: string;
  person: string;
  hits: SearchHit[];
}
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
}

type Indexed = Pick<SearchDocument, 'relationshipId' | 'person' | 'entry' | 'kind' | 'title' | 'at'>;
const SLICE_MS = 8;
const MAX_HITS = 60;
/** FNV-1a over a document's words: tells a changed document from an unchanged one without keeping its text. */
function signature(d: SearchDocument): number {
  let h = 0x811c9dc5;
  for (const part of [d.person, d.title, d.text]) {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Each distinct word once per field: a journal search asks "which entries mention this", so how
 * often a word recurs in one entry adds little, and indexing each word once makes the build several
 * times faster on long entries.
 */
const distinctWords = (text: string): string[] => [...new Set(splitWords(text).filter(Boolean))];
const prefixFrom3 = (term: string): boolean => term.length >= 3;
const fuzzyFrom5 = (term: string): number | false => (term.length > 4 ? 0.2 : false);
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
  private readonly mini = new MiniSearch<SearchDocument>({
    fields: ['person', 'title', 'text'],
    storeFields: ['relationshipId', 'person', 'entry', 'kind', 'title', 'at'],
    tokenize: distinctWords,
    searchOptions: { tokenize: distinctWords, prefix: prefixFrom3, combineWith: 'AND', boost: { person: 2, title: 1.5 } },
  });
  /** Per person: document id → signature of its words, to re-index only what changed. */
  private readonly signatures = new Map<string, Map<string, number>>();
  private readonly syncedBySave = new Set<string>();
  private build: Promise<void> | null = null;
  private done = false;
  private since = 0;

  constructor(private readonly store: JournalStore, private readonly progressRegistry?: ProgressRegistry) {
    store.onChange((id, journal) => this.sync(id, journal));
  }

  /** Starts the build if it has not started; resolves when every person has been read. */
  start(): Promise<void> {
    this.build ??= this.buildAll();
    return this.build;
  }

  progress(): SearchProgress {
    const total = this.store.summaries().length;
    return { ready: this.done, indexed: this.done ? total : Math.min(this.signatures.size, total), total };
  }

  async search(query: string): Promise<SearchAnswer> {
    void this.start();
    if (!isSearchable(query)) return { searched: false, progress: this.progress(), groups: [] };
    // A slip of the keyboard is forgiven only when the words as typed find nothing.
    const exact = this.mini.search(query);
    const results = (exact.length ? exact : this.mini.search(query, { fuzzy: fuzzyFrom5 })).slice(0, MAX_HITS);
    const groups = new Map<string, SearchGroup>();
    for (const r of results) {
      const doc = r as unknown as Indexed & { terms: string[] };
      const group = groups.get(doc.relationshipId) ?? { relationshipId: doc.relationshipId, person: doc.person, hits: [] };
      groups.set(doc.relationshipId, group);
      const text = await this.textOf(doc.relationshipId, doc.entry);
      group.hits.push({
        entry: doc.entry, kind: doc.kind, title: doc.title, titleMarked: markedSnippet(doc.title, doc.terms, 200), at: doc.at, snippet: markedSnippet(text, doc.terms),
      });
    }
    return { searched: true, progress: this.progress(), groups: [...groups.values()] };
  }

  private async buildAll(): Promise<void> {
    const ids = this.store.summaries().map((s) => s.id);
    this.since = Date.now();
    // Stopping is always safe: what is indexed stays, and the next search starts the build again.
    const work = beginWork(this.progressRegistry, 'search-index', ids.length, 'Getting search ready', { cancellable: true });
    try {
      for (const [i, id] of ids.entries()) {
        if (work.cancelled) return void (this.build = null);
        work.step(i);
        if (this.syncedBySave.has(id)) continue;
        const journal = await this.store.journal(id).catch(() => null);
        await this.buildOne(id, journal);
      }
      this.done = true;
    } finally {
      work.end();
    }
  }

  /** Indexes one journal a document at a time, stepping aside every few milliseconds. */
  private async buildOne(id: string, journal: Journal | null): Promise<void> {
    // A save that landed before this journal's turn has indexed it already, and its signatures are the
    // true ones: replacing them with an empty map would make the next save add documents twice.
    if (this.syncedBySave.has(id)) return;
    const signatures = new Map<string, number>();
    this.signatures.set(id, signatures);
    for (const doc of journal ? journalDocuments(journal) : []) {
      // A save that landed meanwhile has already indexed the newer text.
      if (this.syncedBySave.has(id)) return;
      const sig = signature(doc);
      if (this.mini.has(doc.id)) this.mini.discard(doc.id);
      this.mini.add(doc);
      signatures.set(doc.id, sig);
      if (Date.now() - this.since > SLICE_MS) {
        await pause();
        this.since = Date.now();
      }
    }
  }

  /** Brings one person's documents in line with a save (`null`: the person is gone). */
  private sync(id: string, journal: Journal | null): void {
    this.syncedBySave.add(id);
    const before = this.signatures.get(id) ?? new Map<string, number>();
    const after = new Map<string, number>();
    for (const doc of journal ? journalDocuments(journal) : []) {
      const sig = signature(doc);
      after.set(doc.id, sig);
      if (before.get(doc.id) === sig) continue;
      if (this.mini.has(doc.id)) this.mini.discard(doc.id);
      this.mini.add(doc);
    }
    for (const docId of before.keys()) if (!after.has(docId)) this.mini.discard(docId);
    if (journal) this.signatures.set(id, after);
    else this.signatures.delete(id);
  }

  private async textOf(id: string, entry: string): Promise<string> {
    const journal = await this.store.journal(id).catch(() => null);
    return (journal && documentFor(journal, entry)?.text) ?? '';
  }
}
