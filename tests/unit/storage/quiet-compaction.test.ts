import { describe, expect, it, vi } from 'vitest';
import { JournalStore } from '../../../src/core/store/journal-store';
import { FOLD_CAP_TIMES, FOLD_QUIET_MS } from '../../../src/core/store/quiet-compaction';
import type { Journal } from '../../../src/core/model/journal';
import { MemoryFileStore } from '../../support/memory-file-store';

/**
 * Folding a change log into a snapshot encodes the whole journal on the one thread, so it waits for
 * saving to pause: between two saves of a burst it would land inside the second. A burst that never
 * pauses still folds once the log is far past due, and nothing removed or replaced is ever written back.
 */
const device = { id: 'abcdef0123456789', name: 'home' };
const now = () => new Date('2026-12-01T09:00:00Z');
const at = '2026-12-01T09:00:00.000Z';
const relationship = { id: 'r1', name: 'Sam', role: '', kind: 'peer', started: null, notes: 'first', archived: false, createdAt: at, updatedAt: at };
const EVERY = 2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts snapshot writes (relationships/…), the fold's one write. */
class CountingFiles extends MemoryFileStore {
  snapshots = 0;
  override async write(path: string, bytes: Uint8Array): Promise<void> {
    if (path.startsWith('relationships/')) this.snapshots++;
    return super.write(path, bytes);
  }
}

async function open(files = new CountingFiles()) {
  const store = await JournalStore.open(files, now, { device, compactEvery: EVERY });
  await store.create({ relationship } as unknown as Journal);
  await store.flushed();
  files.snapshots = 0;
  return { files, store };
}

const save = (store: JournalStore, i: number) => store.update('r1', (j) => void (j.relationship.notes = `save ${i}`));

describe('folding a change log waits for saving to pause', () => {
  it('a burst folds nothing while it lasts, then folds once the saving pauses', async () => {
    const { files, store } = await open();
    for (let i = 0; i < EVERY * FOLD_CAP_TIMES - 1; i++) await save(store, i);
    expect(files.snapshots, 'no snapshot between two saves of the burst').toBe(0);
    await sleep(FOLD_QUIET_MS * 3);
    expect(files.snapshots).toBe(1);
    const reopened = await JournalStore.open(files, now, { device });
    expect((await reopened.journal('r1')).relationship.notes).toBe(`save ${EVERY * FOLD_CAP_TIMES - 2}`);
  });

  it('a burst that never pauses still folds once its log is far past due', async () => {
    const { files, store } = await open();
    for (let i = 0; i < EVERY * FOLD_CAP_TIMES + 1; i++) await save(store, i);
    await store.flushed(); // the fold started in the burst; its write lands now
    expect(files.snapshots).toBeGreaterThanOrEqual(1);
  });

  it('letting go of the folder folds what is due at once', async () => {
    const { files, store } = await open();
    await save(store, 1);
    await save(store, 2);
    const started = Date.now();
    await store.flushed();
    expect(files.snapshots).toBe(1);
    expect(Date.now() - started).toBeLessThan(FOLD_QUIET_MS);
  });

  it('a journal removed while its fold waits is never written back', async () => {
    const { files, store } = await open();
    await save(store, 1);
    await save(store, 2);
    await store.trash('r1'); // folds the log first, so the copy in trash/ holds every edit
    const atRemoval = files.snapshots;
    await sleep(FOLD_QUIET_MS * 3);
    await store.flushed();
    expect([...files.files.keys()].filter((p) => p.startsWith('relationships/'))).toEqual([]);
    expect(files.snapshots - atRemoval).toBe(0);
  });

  it('saves while a fold waits set a timer now and then, not one each', async () => {
    // Clearing and setting the quiet timer on every save (and the index summary's) was a tenth of a
    // save's own work once the disk is left out.
    const { files, store } = await open();
    for (let i = 0; i < EVERY; i++) await save(store, i); // the log is due: the fold waits for quiet
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const saves = EVERY * FOLD_CAP_TIMES - EVERY - 1; // all before the log is far past due
    for (let i = 0; i < saves; i++) await save(store, EVERY + i);
    expect(timers.mock.calls.length).toBeLessThan(saves / 3);
    timers.mockRestore();
    expect(files.snapshots).toBe(0);
    await sleep(FOLD_QUIET_MS * 3);
    expect(files.snapshots).toBe(1);
  });

  it('a journal opened with its own log past due folds once opening is quiet, without a save; one not due does not', async () => {
    const files = new CountingFiles();
    const writer = await JournalStore.open(files, now, { device, compactEvery: 1_000_000 }); // never folds: the log only grows
    await writer.create({ relationship } as unknown as Journal);
    for (let i = 0; i < EVERY * 3; i++) await save(writer, i);
    await writer.flushed();
    files.snapshots = 0;
    const reader = await JournalStore.open(files, now, { device, compactEvery: EVERY });
    expect((await reader.journal('r1')).relationship.notes).toBe(`save ${EVERY * 3 - 1}`);
    expect(files.snapshots, 'nothing written while opening').toBe(0);
    await sleep(FOLD_QUIET_MS * 3);
    expect(files.snapshots).toBe(1);
    const after = await JournalStore.open(files, now, { device, compactEvery: EVERY * 10 });
    expect((await after.journal('r1')).relationship.notes).toBe(`save ${EVERY * 3 - 1}`);
    await sleep(FOLD_QUIET_MS * 3);
    expect(files.snapshots, 'folded already: the next open has nothing to fold').toBe(1);
  });
});
