import MiniSearch from 'minisearch';
import type { JournalStore } from '../store/journal-store';
import type { Journal } from '../model/journal';
import { crc32 } from '../store/crc32';
import { journalDocuments, type SearchDocument } from '../logic/search-documents';
import { isSearchable, markedSnippet, type Segment } from '../logic/search-text';

export interface SearchHit {
  entry: string;
  kind: string;
  title: string;
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
const encoder = new TextEncoder();
const signature = (d: SearchDocument): number => crc32(encoder.encode(`${d.person}\u0000${d.title}\u0000${d.text}`));
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
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND', boost: { person: 2, title: 1.5 } },
  });
  /** Per person: document id → signature of its words, to re-index only what changed. */
  private readonly signatures = new Map<string, Map<string, number>>();
  private readonly syncedBySave = new Set<string>();
  private build: Promise<void> | null = null;
  private done = false;

  constructor(private readonly store: JournalStore) {
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
    const results = this.mini.search(query).slice(0, MAX_HITS);
    const groups = new Map<string, SearchGroup>();
    const texts = new Map<string, Map<string, string>>();
    for (const r of results) {
      const doc = r as unknown as Indexed & { terms: string[] };
      const group = groups.get(doc.relationshipId) ?? { relationshipId: doc.relationshipId, person: doc.person, hits: [] };
      groups.set(doc.relationshipId, group);
      const text = (await this.textsOf(doc.relationshipId, texts)).get(doc.entry) ?? '';
      group.hits.push({ entry: doc.entry, kind: doc.kind, title: doc.title, at: doc.at, snippet: markedSnippet(text, doc.terms) });
    }
    return { searched: true, progress: this.progress(), groups: [...groups.values()] };
  }

  private async buildAll(): Promise<void> {
    const ids = this.store.summaries().map((s) => s.id);
    let since = Date.now();
    for (const id of ids) {
      const journal = await this.store.journal(id).catch(() => null);
      // A save that landed meanwhile has already indexed the newer text.
      if (!this.syncedBySave.has(id)) this.sync(id, journal, true);
      if (Date.now() - since > SLICE_MS) {
        await pause();
        since = Date.now();
      }
    }
    this.done = true;
  }

  /** Brings one person's documents in line with `journal` (null: the person is gone or unreadable). */
  private sync(id: string, journal: Journal | null, fromBuild = false): void {
    if (!fromBuild) this.syncedBySave.add(id);
    const before = this.signatures.get(id) ?? new Map<string, number>();
    const after = new Map<string, number>();
    for (const doc of journal ? journalDocuments(journal) : []) {
      const sig = signature(doc);
      after.set(doc.id, sig);
      if (before.get(doc.id) === sig) continue;
      if (before.has(doc.id)) this.mini.discard(doc.id);
      this.mini.add(doc);
    }
    for (const docId of before.keys()) if (!after.has(docId)) this.mini.discard(docId);
    if (journal || fromBuild) this.signatures.set(id, after);
    else this.signatures.delete(id);
  }

  private async textsOf(id: string, cache: Map<string, Map<string, string>>): Promise<Map<string, string>> {
    const cached = cache.get(id);
    if (cached) return cached;
    const journal = await this.store.journal(id).catch(() => null);
    const texts = new Map((journal ? journalDocuments(journal) : []).map((d) => [d.entry, d.text]));
    cache.set(id, texts);
    return texts;
  }
}
