import { describe, it, expect } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';

/** Files whose journals, after the first `n` read, wait until released: the build stops there. */
class HeldFiles extends MemoryFileStore {
  private held: { n: number; seen: Set<string>; release: Promise<void> } | null = null;
  holdAfter(n: number): () => void {
    let release!: () => void;
    this.held = { n, seen: new Set(), release: new Promise((done) => (release = done)) };
    return release;
  }
  override async read(path: string) {
    if (this.held && path.startsWith('relationships/')) {
      this.held.seen.add(path);
      if (this.held.seen.size > this.held.n) await this.held.release;
    }
    return super.read(path);
  }
}

const open = (files: MemoryFileStore): Promise<Core> => openCore({ files, platform: testPlatform().platform, ...fixedStamp() });

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`never: ${what}`);
}

describe('stopping the search build', () => {
  it('keeps what was read searchable, does not start again by itself, and reads on when asked', async () => {
    const files = new HeldFiles();
    const first = await open(files);
    for (const name of ['Ana Silva', 'Ben Okafor', 'Cleo Park', 'Dev Shah']) await addSamplePerson(first, name);
    await first.settled?.();
    const core = await open(files); // journals are read from the files again, not from memory
    const release = files.holdAfter(2);
    await ok(core, 'search:status', {});
    await until(async () => (await ok(core, 'search:status', {})).indexed === 2, 'two people read, the third held');
    expect((await ok(core, 'progress:current', { kind: 'search-index' })).work).toMatchObject({ cancellable: true, total: 4 });
    expect((await ok(core, 'progress:cancel', { kind: 'search-index' })).cancelled).toBe(true);
    release();
    await until(async () => (await ok(core, 'search:status', {})).paused, 'the build stops');
    const partial = await ok(core, 'search:query', { query: 'deck' });
    expect(partial.progress).toMatchObject({ ready: false, paused: true });
    expect(partial.groups, 'the two people read before the stop').toHaveLength(2);
    await new Promise((r) => setTimeout(r, 30));
    expect((await ok(core, 'search:query', { query: 'deck' })).groups.length, 'no build started by a search').toBe(partial.groups.length);
    expect((await ok(core, 'progress:current', { kind: 'search-index' })).work).toBeNull();
    await ok(core, 'search:status', { resume: true });
    await until(async () => (await ok(core, 'search:status', {})).ready, 'the build finishes');
    const all = await ok(core, 'search:query', { query: 'deck' });
    expect(all.groups.map((g) => g.person).sort()).toEqual(['Ana Silva', 'Ben Okafor', 'Cleo Park', 'Dev Shah']);
    expect(all.groups.every((g) => g.hits.length === 3), 'no entry indexed twice').toBe(true);
  });

  it('a changed date shows in the result at once, though the words stayed the same', async () => {
    const core = await open(new MemoryFileStore());
    const sam = await addSamplePerson(core);
    await until(async () => (await ok(core, 'search:status', {})).ready, 'the build finishes');
    const journal = await ok(core, 'journals:get', { relationshipId: sam });
    const { id, createdAt: _c, updatedAt: _u, ...check } = journal.checks[0]!;
    await ok(core, 'checks:update', { relationshipId: sam, id, ...check, at: '2026-02-23T09:00:00.000Z' });
    const hit = (await ok(core, 'search:query', { query: 'weekly report' })).groups[0]!.hits.find((h) => h.kind === 'Trust check')!;
    expect(hit.at).toBe('2026-02-23T09:00:00.000Z');
  });
});
