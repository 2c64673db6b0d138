import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import type { WorkKind, WorkProgress } from '../../../src/core/model/progress';
import { MemoryFileStore, fixedStamp } from '../../support/memory-file-store';
import { ok } from '../../support/sample-journal';
import { memoryPlatform } from '../transfer/memory-platform';

/** A store whose journal reads take a moment, as a large folder on a slow disk does. */
class SlowJournals extends MemoryFileStore {
  delayMs = 0;
  override async read(path: string) {
    if (this.delayMs > 0 && path.startsWith('relationships/')) await new Promise((r) => setTimeout(r, this.delayMs));
    return super.read(path);
  }
}

const PEOPLE = 40;

/**
 * The paths whose contents differ between two snapshots (never the bytes: a failure stays readable).
 * Index shards are compared by what they say: opening a journal may rewrite its shard with the same
 * summaries in another order (the store's own healing, not the import's doing).
 */
function changedFiles(before: string, after: string): string[] {
  const a = new Map(JSON.parse(before) as [string, string][]);
  const b = new Map(JSON.parse(after) as [string, string][]);
  const meaning = (path: string, base64: string | undefined) => {
    if (base64 === undefined || !path.startsWith('index/')) return base64;
    const { data } = JSON.parse(Buffer.from(base64, 'base64').toString()) as { data: { relationships: { id: string }[] } };
    return canonical([...data.relationships].sort((x, y) => x.id.localeCompare(y.id)));
  };
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => meaning(k, a.get(k)) !== meaning(k, b.get(k)));
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v);
const person = (n: number) => ({ name: `Person ${n}`, role: '', kind: 'peer' as const, started: null, notes: `Note ${n}.` });

async function folderWithPeople(files: MemoryFileStore, outside: ReturnType<typeof memoryPlatform>): Promise<Core> {
  const core = await openCore({ files, platform: outside.platform, ...fixedStamp('2026-03-01T09:00:00.000Z') });
  for (let n = 0; n < PEOPLE; n++) await ok(core, 'relationships:create', person(n));
  return core;
}

/** Polls `progress:current` until `seen` says stop; returns every answer that named work. */
async function watch(core: Core, kind: WorkKind | undefined, until: (w: WorkProgress) => boolean): Promise<WorkProgress[]> {
  const seen: WorkProgress[] = [];
  for (let i = 0; i < 2_000; i++) {
    const { work } = await ok(core, 'progress:current', kind ? { kind } : {});
    if (work) seen.push(work);
    if (work && until(work)) return seen;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error(`no ${kind ?? 'work'} seen`);
}

describe('long work shows progress', () => {
  it('Cancel while a large backup is checked stops it and writes nothing', async () => {
    const outside = memoryPlatform();
    const files = new SlowJournals();
    await folderWithPeople(files, outside);
    const backup = await ok(await openCore({ files, platform: outside.platform, ...fixedStamp() }), 'exports:backup', {});
    if (backup.cancelled) return expect.unreachable('cancelled');
    // A fresh start: nothing cached, so checking reads every person's current copy.
    files.delayMs = 5;
    const core = await openCore({ files, platform: outside.platform, ...fixedStamp('2026-03-01T10:00:00.000Z') });
    const before = files.snapshot();
    outside.dialogs.importFile = backup.files[0]!;
    const checking = ok(core, 'imports:check', {});
    const seen = await watch(core, undefined, (w) => w.kind === 'import-check' && w.done >= 5);
    expect(seen.at(-1)).toMatchObject({ kind: 'import-check', total: PEOPLE, what: 'Checking the backup', cancellable: true });
    expect(await ok(core, 'progress:cancel', { kind: 'import-check' })).toEqual({ cancelled: true });
    expect(await checking).toEqual({ cancelled: true });
    expect((await ok(core, 'progress:current', {})).work).toBeNull();
    expect(changedFiles(before, files.snapshot())).toEqual([]);
    // Nothing waits to be applied: a stopped check leaves no import behind.
    expect(await core.call('imports:apply', { token: 'anything' })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('importing reports each person and cannot be cancelled halfway', async () => {
    const outside = memoryPlatform();
    const source = await folderWithPeople(new MemoryFileStore(), outside);
    const backup = await ok(source, 'exports:backup', {});
    if (backup.cancelled) return expect.unreachable('cancelled');
    const files = new SlowJournals();
    const core = await openCore({ files, platform: outside.platform, ...fixedStamp('2026-03-02T09:00:00.000Z') });
    outside.dialogs.importFile = backup.files[0]!;
    const preview = await ok(core, 'imports:check', {});
    if (preview.cancelled) return expect.unreachable('cancelled');
    files.delayMs = 3; // each add first looks for a stray file with its name
    const applying = ok(core, 'imports:apply', { token: preview.token });
    const seen = await watch(core, undefined, (w) => w.kind === 'import' && w.done >= 10);
    expect(seen.at(-1)).toMatchObject({ kind: 'import', total: PEOPLE, cancellable: false });
    expect(await ok(core, 'progress:cancel', { kind: 'import' })).toEqual({ cancelled: false });
    expect(await applying).toMatchObject({ add: PEOPLE });
    expect((await ok(core, 'relationships:list', {})).length).toBe(PEOPLE);
  });

  it('the search index reports how far it is; stopped, it stays paused until the person asks to finish', async () => {
    const outside = memoryPlatform();
    const files = new SlowJournals();
    await folderWithPeople(files, outside);
    files.delayMs = 5;
    const core = await openCore({ files, platform: outside.platform, ...fixedStamp() });
    await ok(core, 'search:status', {});
    const seen = await watch(core, 'search-index', (w) => w.done >= 3);
    expect(seen.at(-1)).toMatchObject({ kind: 'search-index', total: PEOPLE, what: 'Getting search ready', cancellable: true });
    // Not shown where the person did not ask for search.
    expect((await ok(core, 'progress:current', {})).work).toBeNull();
    expect(await ok(core, 'progress:cancel', { kind: 'search-index' })).toEqual({ cancelled: true });
    await new Promise((r) => setTimeout(r, 30));
    expect((await ok(core, 'progress:current', { kind: 'search-index' })).work).toBeNull();
    expect(await ok(core, 'search:status', {})).toMatchObject({ ready: false, paused: true });
    files.delayMs = 0;
    // Stopped means stopped: a search answers from what was read and does not start the build again.
    const meanwhile = await ok(core, 'search:query', { query: 'Note 39' });
    expect(meanwhile.progress).toMatchObject({ ready: false, paused: true });
    expect(meanwhile.progress.indexed).toBeLessThan(PEOPLE);
    // "Finish getting ready" reads on from where it stopped.
    await ok(core, 'search:status', { resume: true });
    for (let i = 0; i < 200 && !(await ok(core, 'search:status', {})).ready; i++) await new Promise((r) => setTimeout(r, 5));
    const answer = await ok(core, 'search:query', { query: 'Note 39' });
    expect(answer.progress).toMatchObject({ ready: true, indexed: PEOPLE, paused: false });
    expect(answer.groups.map((g) => g.person)).toContain('Person 39');
  });
});
