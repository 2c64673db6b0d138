import type { SearchResult } from 'minisearch';
import type { JournalStore } from '../store/journal-store';
import type { Journal } from '../model/journal';
import { documentFor, type SearchDocument } from '../logic/search-documents';
import { markedSnippet, type Segment } from '../logic/search-text';

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

type Indexed = Pick<SearchDocument, 'relationshipId' | 'person' | 'entry' | 'kind' | 'title' | 'at'> & { terms: string[] };

/**
 * The best results grouped by person, each with its snippet. A journal is fetched once per answer
 * however many of its entries matched (a fetch waits its turn behind that journal's saves).
 */
export async function groupedHits(store: JournalStore, results: readonly SearchResult[]): Promise<SearchGroup[]> {
  const journals = new Map<string, Promise<Journal | null>>();
  const journalOf = (id: string) => {
    if (!journals.has(id)) journals.set(id, store.journal(id).catch(() => null));
    return journals.get(id)!;
  };
  const groups = new Map<string, SearchGroup>();
  for (const r of results) {
    const doc = r as unknown as Indexed;
    const group = groups.get(doc.relationshipId) ?? { relationshipId: doc.relationshipId, person: doc.person, hits: [] };
    groups.set(doc.relationshipId, group);
    const journal = await journalOf(doc.relationshipId);
    const text = (journal && documentFor(journal, doc.entry)?.text) ?? '';
    group.hits.push({
      entry: doc.entry, kind: doc.kind, title: doc.title, titleMarked: markedSnippet(doc.title, doc.terms, 200), at: doc.at, snippet: markedSnippet(text, doc.terms),
    });
  }
  return [...groups.values()];
}
