import type { JournalStore } from '../store/journal-store';
import type { Journal } from '../model/journal';
import { documentFor, snippetText } from '../logic/search-documents';
import { markdownAsPlain } from '../logic/markdown-plain';
import { markedSnippet, type Segment } from '../logic/search-text';
import type { EngineHit } from './search-engine';

export interface SearchHit {
  entry: string;
  kind: string;
  title: string;
  /** The title again, with the matching words marked. */
  titleMarked: Segment[];
  at: string;
  /** Empty when the title already shows the entry's words in full (a short commitment or 1:1 note). */
  snippet: Segment[];
}
export interface SearchGroup {
  relationshipId: string;
  person: string;
  hits: SearchHit[];
}

/** A result's id is `<relationshipId>|<entry>` (search-documents.ts): both halves are read back from it. */
function partsOf(id: string): { relationshipId: string; entry: string } {
  const cut = id.indexOf('|');
  return { relationshipId: id.slice(0, cut), entry: id.slice(cut + 1) };
}

/**
 * The best results grouped by person, each with its snippet. A journal is fetched once per answer
 * however many of its entries matched (a fetch waits its turn behind that journal's saves). What a hit
 * shows (name, kind, title, date, text) is read from the journal now, not kept in the index: the index
 * holds words only, and a result never shows an edit's earlier title. An entry gone since it was
 * indexed is left out.
 */
/** The words under a result's title, or none when its title already shows them all. */
function snippetOf(doc: { entry: string; title: string; text: string }, terms: readonly string[]): Segment[] {
  // Read as words: Markdown's marks (** around a time, a link's address) are not what was written about.
  const text = markdownAsPlain(snippetText(doc));
  return text.trim() === '' ? [] : markedSnippet(text, terms);
}

export async function groupedHits(store: JournalStore, results: readonly EngineHit[]): Promise<SearchGroup[]> {
  const journals = new Map<string, Promise<Journal | null>>();
  const journalOf = (id: string) => {
    if (!journals.has(id)) journals.set(id, store.journal(id).catch(() => null));
    return journals.get(id)!;
  };
  const groups = new Map<string, SearchGroup>();
  for (const r of results) {
    const { relationshipId, entry } = partsOf(r.id);
    const journal = await journalOf(relationshipId);
    const doc = journal && documentFor(journal, entry);
    if (!doc) continue;
    const group = groups.get(relationshipId) ?? { relationshipId, person: doc.person, hits: [] };
    groups.set(relationshipId, group);
    group.hits.push({
      entry, kind: doc.kind, title: doc.title, titleMarked: markedSnippet(doc.title, r.terms, 200), at: doc.at, snippet: snippetOf(doc, r.terms),
    });
  }
  return [...groups.values()];
}
