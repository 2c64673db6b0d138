import type { JournalStore } from '../store/journal-store';
import type { Journal } from '../model/journal';
import { journalDocuments, type SearchDocument } from '../logic/search-documents';
import { isSearchable } from '../logic/search-text';
import { beginWork, type ProgressRegistry } from './progress';
import { groupedHits, type SearchGroup } from './search-answer';
import { inThreadEngine, type EngineDoc, type SearchEngine, type SearchEngineHost } from './search-engine';
import { changedOnly, docIdsOf } from './search-changes';
import { ReadAhead } from './search-read-ahead';

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
/** Journals read ahead while one is indexed: the disk, decryption and indexing overlap (more in flight only crowds other reads). */
const READ_AHEAD = 2;
/** Between two summary checks after the build (about 3 s for 300 people). */
const HEAL_EVERY_MS = 10;

/** Per person: the journal whose documents the engine holds (null while only part of them is in), and their ids. */
interface Indexed {
  journal: Journal | null;
  ids: Set<string>;
}

const engineDoc = (doc: SearchDocument): EngineDoc => ({ id: doc.id, person: doc.person, title: doc.title, text: doc.text });
const sameWords = (a: SearchDocument | undefined, b: SearchDocument): boolean => !!a && a.person === b.person && a.title === b.title && a.text === b.text;

// Core has no host typings; both Node and browsers have setTimeout, which lets queued calls run first.
const host = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };
const pause = (ms = 0): Promise<void> => new Promise((resolve) => host.setTimeout(resolve, ms));

/**
 * Full-text search over every person and entry, held in memory only (never written anywhere, so an
 * encrypted folder stays encrypted; it goes when the store goes, on lock). Built after the first
 * request, in short slices or in a worker of main (search-engine.ts), so no call waits behind it,
 * and kept current by the store's change notification: a save re-indexes only the entries it changed.
 */
export class SearchIndex {
  private engine: SearchEngine;
  private readonly indexed = new Map<string, Indexed>();
  private readonly syncedBySave = new Set<string>();
  private build: Promise<void> | null = null;
  private done = false;
  private paused = false;

  constructor(private readonly store: JournalStore, private readonly progressRegistry?: ProgressRegistry, engines?: SearchEngineHost) {
    this.engine = engines?.create() ?? inThreadEngine();
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
    return { ready: this.done, indexed: this.done ? total : Math.min(this.indexed.size, total), total, paused: this.paused };
  }

  async search(query: string): Promise<SearchAnswer> {
    void this.start();
    if (!isSearchable(query)) return { searched: false, progress: this.progress(), groups: [] };
    const hits = await this.engine.search(query, MAX_HITS).catch(() => this.recovered().search(query, MAX_HITS));
    return { searched: true, progress: this.progress(), groups: await groupedHits(this.store, hits) };
  }

  private async buildAll(): Promise<void> {
    const ids = this.store.summaries().map((s) => s.id).filter((id) => !this.indexed.has(id) && !this.syncedBySave.has(id));
    // Stopping is always safe: what is indexed stays, and "Finish getting ready" reads on from there.
    const work = beginWork(this.progressRegistry, 'search-index', this.store.summaries().length, 'Getting search ready', { cancellable: true });
    // Home's summaries are checked once search is ready, not while every journal is being read for it.
    // One listing of the folders for every read of the build, not two per journal.
    const listing = this.store.sharedListings();
    const reads = new ReadAhead(ids, (id) => this.store.journal(id, { heal: false, listing }).catch(() => null), READ_AHEAD);
    const slice = { since: Date.now() };
    try {
      for (const id of ids) {
        // Before asking for the next journal (which starts another read ahead) and after it arrives.
        if (work.cancelled) return this.stopped();
        const journal = await reads.next();
        if (work.cancelled) return this.stopped();
        work.step(this.indexed.size);
        await this.buildOne(id, journal, slice);
      }
      const engine = this.engine;
      await engine.settle().catch(() => undefined);
      // An engine that failed meanwhile was replaced: the new one is built by the next request.
      if (engine === this.engine) this.done = true;
    } finally {
      work.end();
      void this.healSummaries(ids.filter((id) => this.indexed.has(id)));
    }
  }

  /**
   * A worker that stopped (it should not) takes its index with it: search goes on in this thread,
   * built afresh from the store, whose journals are current.
   */
  private recovered(): SearchEngine {
    this.engine.close();
    this.engine = inThreadEngine();
    this.indexed.clear();
    this.syncedBySave.clear();
    this.build = null;
    this.done = false;
    void this.start();
    return this.engine;
  }

  /**
   * The summary check a first read makes (journal-store.ts), one journal at a time and unhurried, so
   * the first searches, asked just as search gets ready, do not share the thread with it.
   */
  private async healSummaries(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      await pause(HEAL_EVERY_MS);
      await this.store.healSummary(id).catch(() => undefined);
    }
  }

  private stopped(): void {
    this.paused = true;
    this.build = null;
  }

  /**
   * Hands one journal's documents to the engine a batch at a time, stepping aside about every
   * SLICE_MS. A stop (or a lock) lands between journals: what is indexed stays whole.
   */
  private async buildOne(id: string, journal: Journal | null, slice: { since: number }): Promise<void> {
    // A save that landed before this journal's turn has indexed it already, with the newer text.
    if (this.syncedBySave.has(id)) return;
    const docs = journal ? journalDocuments(journal) : [];
    // Until every document is in, a save replaces all of them (it cannot tell which are in yet).
    const entry: Indexed = { journal: null, ids: new Set() };
    this.indexed.set(id, entry);
    for (let i = 0; i < docs.length; i += this.engine.batch) {
      const part = docs.slice(i, i + this.engine.batch);
      this.engine.put(part.map(engineDoc), []);
      for (const doc of part) entry.ids.add(doc.id);
      if (Date.now() - slice.since > SLICE_MS) {
        await pause();
        slice.since = Date.now();
        // A save that landed meanwhile has replaced them all with the newer text.
        if (this.syncedBySave.has(id)) return;
      }
    }
    entry.journal = journal;
  }

  /** Brings one person's documents in line with a save (`null`: the person is gone). */
  private sync(id: string, journal: Journal | null): void {
    this.syncedBySave.add(id);
    const before = this.indexed.get(id);
    if (!journal) {
      if (before) this.engine.put([], [...before.ids]);
      this.indexed.delete(id);
      return;
    }
    const { docs, gone } = changes(before, journal);
    const ids = new Set(before?.ids);
    for (const docId of gone) ids.delete(docId);
    for (const doc of docs) ids.add(doc.id);
    this.engine.put(docs.map(engineDoc), gone);
    this.indexed.set(id, { journal, ids });
  }
}

/**
 * The documents a save changed and the ids it removed. By record identity when the person is the same
 * (journal-draft.ts copies only what a save touched), else word by word against what is indexed.
 */
function changes(before: Indexed | undefined, journal: Journal): { docs: SearchDocument[]; gone: string[] } {
  const last = before?.journal;
  const cut = last ? changedOnly(last, journal) : null;
  if (last && cut) {
    const docs = journalDocuments(cut.journal).filter((doc) => doc.entry !== 'person');
    const kept = new Set(docs.map((doc) => doc.id));
    return { docs, gone: docIdsOf(before.ids, cut.records).filter((docId) => !kept.has(docId)) };
  }
  const all = journalDocuments(journal);
  const now = new Set(all.map((doc) => doc.id));
  const gone = [...(before?.ids ?? [])].filter((docId) => !now.has(docId));
  if (!last) return { docs: all, gone };
  const old = new Map(journalDocuments(last).map((doc) => [doc.id, doc]));
  return { docs: all.filter((doc) => !sameWords(old.get(doc.id), doc)), gone };
}
