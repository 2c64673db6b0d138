import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, SIZES } from '../../bench/generate';
import { JournalStore } from '../../../src/core/store/journal-store';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { journalDocuments } from '../../../src/core/logic/search-documents';
import { SearchCore, type EngineDoc, type EngineHit } from '../../../src/core/services/search-engine';
import { workerSearchEngines } from '../../../src/main/search-worker-host';

/**
 * The worker's engine gathers the first build's words and loads them into MiniSearch in one go
 * (search-engine.ts, plainIndex); core's own engine adds each document as it comes. On a generated
 * folder both must answer every query alike: the same hits, in the same order, with the same words.
 */
let dir = '';
const docs: EngineDoc[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mend-search-engine-'));
  await generate(SIZES.find((s) => s.name === 'S')!, dir);
  const store = await JournalStore.open(createNodeFileStore(dir), () => new Date('2026-11-01T12:00:00.000Z'));
  for (const { id } of store.summaries()) {
    docs.push(...journalDocuments(await store.journal(id)).map(({ id: docId, person, title, text }) => ({ id: docId, person, title, text })));
  }
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }));

/** Words of the folder itself, their first letters (prefixes), two-word queries and slips of the keyboard. */
function queriesFrom(all: readonly EngineDoc[]): string[] {
  const words = [...new Set(all.flatMap((d) => d.text.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length > 3))].sort();
  const some = words.filter((_, i) => i % Math.max(1, Math.floor(words.length / 40)) === 0);
  const slips = some.filter((w) => w.length > 5).map((w) => `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`);
  const pairs = some.slice(0, 10).map((w, i) => `${w} ${some[some.length - 1 - i]}`);
  return [...some, ...some.map((w) => w.slice(0, 3)), ...slips, ...pairs, all[0]!.person.toLowerCase(), 'nothing-like-this'];
}

const oneAtATime = (all: readonly EngineDoc[]): SearchCore => {
  const core = new SearchCore(false);
  for (const doc of all) core.put([doc], []);
  return core;
};
const inBulk = (all: readonly EngineDoc[]): SearchCore => {
  const core = new SearchCore(true);
  for (let i = 0; i < all.length; i += 37) core.put(all.slice(i, i + 37), []);
  core.settle();
  return core;
};

describe('the search engine, built in bulk or a document at a time', () => {
  it('answers every query with the same hits in the same order', () => {
    expect(docs.length).toBeGreaterThan(100);
    const a = oneAtATime(docs);
    const b = inBulk(docs);
    const queries = queriesFrom(docs);
    let found = 0;
    for (const query of queries) {
      const hits = a.search(query, 60);
      found += hits.length;
      expect(b.search(query, 60), query).toEqual(hits);
    }
    console.log(`${queries.length} queries, ${found} hits compared over ${docs.length} documents`);
    expect(found).toBeGreaterThan(queries.length);
  });

  it('follows replacements and removals, during the bulk build and after it, as a fresh index does', () => {
    const half = Math.floor(docs.length / 2);
    const edited = docs.slice(0, 40).map((d) => ({ ...d, text: `${d.text} zorblat` }));
    const removed = docs.slice(40, 60).map((d) => d.id);
    const b = new SearchCore(true);
    b.put(docs.slice(0, half), []);
    expect(b.search('zorblat', 60)).toEqual([]); // a search during the build sees what came so far
    b.put(edited.slice(0, 20), removed.slice(0, 10));
    b.put(docs.slice(half), []);
    b.settle();
    b.put(edited.slice(20), removed.slice(10));
    const final = new Map(docs.map((d) => [d.id, d]));
    for (const d of edited) final.set(d.id, d);
    for (const id of removed) final.delete(id);
    const a = oneAtATime([...final.values()]);
    const ids = (hits: EngineHit[]) => hits.map((h) => h.id).sort();
    expect(ids(b.search('zorblat', 60))).toEqual(ids(a.search('zorblat', 60)));
    expect(b.search('zorblat', 60)).toHaveLength(40);
    for (const query of queriesFrom([...final.values()]).slice(0, 30)) expect(ids(b.search(query, 500)), query).toEqual(ids(a.search(query, 500)));
  });

  it('searched again and again while the build goes on, answers each time as a fresh index of what came so far', () => {
    // The bulk engine hands its gathered structures to MiniSearch without a copy: every search in
    // between must still see exactly what was put (and taken out) by then, and nothing of later puts.
    const b = new SearchCore(true);
    const ids = (hits: EngineHit[]) => hits.map((h) => h.id).sort();
    const queries = queriesFrom(docs).slice(0, 12);
    let sofar: EngineDoc[] = [];
    const step = Math.ceil(docs.length / 5);
    for (let i = 0; i < docs.length; i += step) {
      const part = docs.slice(i, i + step);
      const gone = sofar.slice(0, 5).map((d) => d.id);
      b.put(part, gone);
      sofar = [...sofar.filter((d) => !gone.includes(d.id)), ...part];
      const fresh = oneAtATime(sofar);
      for (const query of queries) expect(ids(b.search(query, 500)), query).toEqual(ids(fresh.search(query, 500)));
    }
    b.settle();
    const fresh = oneAtATime(sofar);
    for (const query of queries) expect(b.search(query, 60), query).toEqual(fresh.search(query, 60));
  });

  it('answers alike before and after the warm-up that follows settling (the worker says "ready" first)', () => {
    const b = new SearchCore(true);
    b.put(docs, []);
    b.settle();
    const queries = queriesFrom(docs).slice(0, 10);
    const before = queries.map((query) => b.search(query, 60));
    b.warmUp();
    b.put([{ ...docs[0]!, text: `${docs[0]!.text} quuxwarm` }], []);
    b.warmUp(); // a second call has nothing left to do
    expect(queries.map((query) => b.search(query, 60))).toEqual(before);
    expect(b.search('quuxwarm', 60).map((h) => h.id)).toEqual([docs[0]!.id]);
  });

  it('in a worker thread answers as in this thread, and once closed holds nothing and refuses', async () => {
    const host = workerSearchEngines();
    const engine = host.create();
    for (let i = 0; i < docs.length; i += 50) engine.put(docs.slice(i, i + 50), []);
    await engine.settle();
    const here = inBulk(docs);
    for (const query of queriesFrom(docs).slice(0, 20)) expect(await engine.search(query, 60), query).toEqual(here.search(query, 60));
    host.closeAll();
    await expect(engine.search('deadline', 60)).rejects.toThrow();
  }, 30_000);
});
