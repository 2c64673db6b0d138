import { describe, it, expect, beforeEach } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import type { SearchAnswer } from '../../../src/core/api/slices/search';

const marked = (a: SearchAnswer): string[] =>
  a.groups.flatMap((g) => g.hits.flatMap((h) => h.snippet.filter((s) => s.mark).map((s) => s.text.toLowerCase())));

async function ready(core: Core): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await ok(core, 'search:status', {})).ready) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the index never finished');
}

describe('search over every person and entry', () => {
  let files: MemoryFileStore;
  let core: Core;
  beforeEach(async () => {
    files = new MemoryFileStore();
    core = await openCore({ files, platform: testPlatform().platform, ...fixedStamp() });
  });

  it('finds words in every kind of entry, grouped by person, with the words marked', async () => {
    const sam = await addSamplePerson(core, 'Sam Rivera');
    await addSamplePerson(core, 'Alex Moreau');
    await ready(core);
    const deck = await ok(core, 'search:query', { query: 'deck' });
    expect(deck.searched).toBe(true);
    expect(deck.groups.map((g) => g.person).sort()).toEqual(['Alex Moreau', 'Sam Rivera']);
    const samKinds = deck.groups.find((g) => g.relationshipId === sam)!.hits.map((h) => h.kind).sort();
    expect(samKinds).toEqual(['Incident', 'My check-in', 'Preparation']);
    expect(marked(deck).every((w) => w === 'deck')).toBe(true);
    for (const [query, kind] of [['flagged', 'Commitment'], ['weekly report', 'Trust check'], ['mornings', 'Person'], ['renewal', 'Incident']] as const) {
      const answer = await ok(core, 'search:query', { query });
      expect(answer.groups[0]!.hits.map((h) => h.kind), query).toContain(kind);
    }
  });

  it('a result names the entry it opens, as the timeline keys it', async () => {
    const sam = await addSamplePerson(core);
    await ready(core);
    const journal = await ok(core, 'journals:get', { relationshipId: sam });
    const hit = (await ok(core, 'search:query', { query: 'renewal deadline' })).groups[0]!.hits[0]!;
    expect(hit.entry).toBe(`incident:${journal.incidents[0]!.id}`);
  });

  it('an empty query or only punctuation looks nothing up', async () => {
    await addSamplePerson(core);
    for (const query of ['', '   ', '?!…', '—', '"*"']) {
      const answer = await ok(core, 'search:query', { query });
      expect(answer).toMatchObject({ searched: false, groups: [] });
    }
  });

  it('stays current on every save: new words are found, removed words are not, deleted people vanish', async () => {
    const sam = await addSamplePerson(core);
    await ready(core);
    await ok(core, 'monitoring-notes:create', { relationshipId: sam, at: '2026-02-26T10:00:00.000Z', kind: 'extra-check-in', note: 'Quietly rechecked the zeppelin budget.' });
    expect((await ok(core, 'search:query', { query: 'zeppelin' })).groups).toHaveLength(1);
    await ok(core, 'relationships:update', { id: sam, name: 'Samira Rivera', role: 'Account lead', kind: 'direct-report', started: '2024-02-01', notes: '' });
    expect((await ok(core, 'search:query', { query: 'mornings' })).groups).toHaveLength(0);
    expect((await ok(core, 'search:query', { query: 'samira zeppelin' })).groups[0]!.person).toBe('Samira Rivera');
    await ok(core, 'relationships:delete', { id: sam });
    expect((await ok(core, 'search:query', { query: 'zeppelin' })).groups).toHaveLength(0);
  });

  it('tolerates a small typo and matches the start of a word', async () => {
    await addSamplePerson(core);
    await ready(core);
    expect((await ok(core, 'search:query', { query: 'renewl' })).groups).toHaveLength(1);
    expect((await ok(core, 'search:query', { query: 'renew' })).groups).toHaveLength(1);
  });

  it('answers at once while the index is still being read, and says how far it is', async () => {
    await addSamplePerson(core);
    const first = await ok(core, 'search:query', { query: 'deck' });
    expect(first.progress).toMatchObject({ ready: false, total: 1 });
    await ready(core);
    expect((await ok(core, 'search:query', { query: 'deck' })).progress).toEqual({ ready: true, indexed: 1, total: 1, paused: false });
  });

  it('never writes the index or any journal text to the data folder', async () => {
    await addSamplePerson(core);
    const before = new Map(files.files);
    await ready(core);
    await ok(core, 'search:query', { query: 'deck' });
    expect([...files.files.keys()].sort()).toEqual([...before.keys()].sort());
  });
});
