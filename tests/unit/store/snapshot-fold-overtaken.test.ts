import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { JournalStore } from '../../../src/core/store/journal-store';
import type { Journal } from '../../../src/core/model/journal';
import { MemoryFileStore, testPlatform } from '../../support/memory-file-store';
import { ok } from '../../support/sample-journal';

/** A folder whose next write to `held` waits until released (a slow fsync, a file a sync tool holds open). */
class SlowStore extends MemoryFileStore {
  held: string | null = null;
  private release: (() => void) | null = null;
  started = false;
  override async write(path: string, bytes: Uint8Array) {
    if (path === this.held) {
      this.held = null;
      this.started = true;
      await new Promise<void>((resolve) => (this.release = resolve));
    }
    return super.write(path, bytes);
  }
  let() { this.release?.(); }
}

const A = { id: 'aaaaaaaaaaaaaaaa', name: 'Laptop' };
const B = { id: 'bbbbbbbbbbbbbbbb', name: 'Home' };
const quiet = () => new Promise((r) => setTimeout(r, 450)); // past FOLD_QUIET_MS
const copy = (from: MemoryFileStore, to: MemoryFileStore, match: (p: string) => boolean) => {
  for (const [p, b] of from.files) if (match(p)) to.files.set(p, b.slice());
};

/**
 * A fold (snapshot write) still under way when the journal is read afresh (another computer's lines
 * arrived) belonged to the replaced replica; the fresh replica's fold could land first, leaving the
 * older snapshot on disk while this computer's record claimed the newer one's reach, and trimming then
 * dropped the lines between: lost on both computers, each waiting for a newer snapshot for good.
 */
describe('a snapshot fold that is slow to land while the journal is read afresh', () => {
  it('never lets trimming drop lines the snapshot on disk lacks', async () => {
    let wall = Date.parse('2026-12-01T09:00:00.000Z');
    const now = () => new Date((wall += 7));
    const scratch = await openCore({ files: new MemoryFileStore(), platform: testPlatform().platform, newId: () => 'sam', now });
    await ok(scratch, 'relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: 'created' });
    const sam = (await ok(scratch, 'journals:get', { relationshipId: 'sam' })) as unknown as Journal;
    const setNotes = (notes: string) => (d: Journal) => void (d.relationship.notes = notes);

    const aFiles = new SlowStore();
    const a = await JournalStore.open(aFiles, now, { device: A, compactEvery: 2 });
    await a.create(sam);
    const bFiles = new MemoryFileStore();
    copy(aFiles, bFiles, () => true);
    const b = await JournalStore.open(bFiles, now, { device: B, compactEvery: 2 });
    await b.update('sam', setNotes('from home'));

    // The laptop saves twice: the fold that falls due is slow to land.
    aFiles.held = 'relationships/sam.json';
    await a.update('sam', setNotes('laptop 1'));
    await a.update('sam', setNotes('laptop 2'));
    await quiet();
    expect(aFiles.started).toBe(true);
    // Home's line arrives; the laptop reads the journal afresh, saves twice more, and that fold lands first.
    copy(bFiles, aFiles, (p) => p.startsWith('logs/sam.bbbb'));
    await a.refresh();
    await a.update('sam', setNotes('laptop 3'));
    await a.update('sam', setNotes('laptop 4'));
    await quiet();
    // The sync tool carries the laptop's log and that newer snapshot to home, which reads them and says so.
    copy(aFiles, bFiles, (p) => p.startsWith('logs/sam.aaaa') || p === 'relationships/sam.json');
    wall += 120_000;
    await b.refresh();
    copy(bFiles, aFiles, (p) => p === `devices/${B.id}.json`);
    // Now the slow fold lands, over the newer snapshot.
    aFiles.let();
    await a.flushed();
    await a.maintain(); // records how far snapshots reach, then trims this computer's own log that far
    // Once in step, home restarts too: both computers read the folder as it now is.
    copy(aFiles, bFiles, (p) => p.startsWith('logs/sam.aaaa') || p === 'relationships/sam.json');
    const home = await JournalStore.open(bFiles, now, { device: B, compactEvery: 2 });
    const again = await JournalStore.open(aFiles, now, { device: A, compactEvery: 2 });
    expect((await again.journal('sam')).relationship.notes).toBe('laptop 4');
    expect((await home.journal('sam')).relationship.notes).toBe('laptop 4');
    expect(await again.waiting('sam')).toBe(false);
    expect(await home.waiting('sam')).toBe(false);
  });
});
