/**
 * Where the search index's build time goes at L, phase by phase (reading journals through the store,
 * turning them into documents, MiniSearch adding them one by one, the worker's engine gathering them and
 * loading them in one go), and one query's parts. For profiling:
 *   node --import tsx --cpu-prof tests/bench/search-probe.ts
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { generate, SIZES } from './generate';
import { JournalStore } from '../../src/core/store/journal-store';
import { journalDocuments, type SearchDocument } from '../../src/core/logic/search-documents';
import { splitWords } from '../../src/core/logic/search-text';
import { createNodeFileStore } from '../../src/main/storage/node-file-store';
import { DistinctWords } from '../../src/core/logic/search-words';
import { SearchCore } from '../../src/core/services/search-engine';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = join(ROOT, '.tmp/bench/L');
if (!existsSync(join(dir, 'relationships'))) await generate(SIZES.find((s) => s.name === 'L')!, dir);

const t = (label: string, start: number) => console.log(`${label.padEnd(36)} ${(performance.now() - start).toFixed(0)} ms`);
console.log(`load average ${loadavg()[0]!.toFixed(1)}`);

let s = performance.now();
const store = await JournalStore.open(createNodeFileStore(dir), () => new Date(), { device: { id: 'b0b0b0b0b0b0b0b0', name: 'bench' } });
t('open store', s);
s = performance.now();
const journals = [];
for (const r of store.summaries()) journals.push(await store.journal(r.id));
t(`read ${journals.length} journals`, s);
s = performance.now();
const docs: SearchDocument[] = journals.flatMap((j) => journalDocuments(j));
const chars = docs.reduce((n, d) => n + d.text.length, 0);
t(`documents (${docs.length}, ${(chars / 1e6).toFixed(1)} M chars)`, s);
s = performance.now();
let words = 0;
for (const d of docs) words += splitWords(d.text).length;
t(`split words (${words})`, s);
const distinct = (text: string): string[] => [...new Set(splitWords(text).filter(Boolean))];
s = performance.now();
const mini = new MiniSearch<SearchDocument>({ fields: ['person', 'title', 'text'], storeFields: ['relationshipId', 'person', 'entry', 'kind', 'title', 'at'], tokenize: distinct });
mini.addAll(docs);
t('MiniSearch addAll', s);
// What the worker does (search-engine.ts): distinct words by the character scan, then one load of the gathered index.
s = performance.now();
const scan = new DistinctWords();
let distinctCount = 0;
for (const d of docs) distinctCount += scan.of(d.text).length;
t(`DistinctWords (${distinctCount})`, s);
s = performance.now();
const bulk = new SearchCore(true);
for (const d of docs) bulk.put([d], []);
t('SearchCore bulk put (words gathered)', s);
s = performance.now();
bulk.settle();
t('SearchCore settle (load)', s);
s = performance.now();
let sum = 0;
for (const d of docs) for (const part of [d.person, d.title, d.text]) for (let i = 0; i < part.length; i++) sum = Math.imul(sum ^ part.charCodeAt(i), 0x01000193);
t(`signatures (${sum & 1})`, s);
for (const q of ['deadline', 'budget review', 'missed the', 'sorry']) {
  s = performance.now();
  const found = mini.search(q, { prefix: (term: string) => term.length >= 3, combineWith: 'AND', boost: { person: 2, title: 1.5 }, tokenize: distinct });
  t(`search "${q}" (${found.length} results)`, s);
}
