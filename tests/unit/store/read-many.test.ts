import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { JournalStore } from '../../../src/core/store/journal-store';
import { decodeEnvelopeWithSync, encodeEnvelope } from '../../../src/core/store/envelope';
import { journalSchema, journalSpec, type Journal } from '../../../src/core/model/journal';
import type { SnapshotMeta } from '../../../src/core/store/snapshot-meta';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import { pair, SyncWorld, value } from '../../support/sync-sim';

/**
 * Reading many journals in one go (the search build reads every one): a journal whose changes are all
 * folded into its snapshot is validated once, not twice, and reads given shared listings list each
 * folder once, not twice per journal. Neither may change what a read gives.
 */
const DEVICE = { id: 'a1a1a1a1a1a1a1a1', name: 'Laptop' };
const now = () => new Date('2026-03-01T09:00:00.000Z');

class CountingFiles extends MemoryFileStore {
  lists = 0;
  override async list(dir: string) {
    this.lists++;
    return super.list(dir);
  }
}

/** `people` sample people, every change folded into their snapshots; and the journals as saved. */
async function foldedFolder(people: number) {
  const files = new CountingFiles();
  const core = await openCore({ files, platform: testPlatform().platform, ...fixedStamp(), device: DEVICE });
  const ids: string[] = [];
  for (let i = 0; i < people; i++) ids.push(await addSamplePerson(core, `Person ${i}`));
  const saved = new Map<string, Journal>();
  for (const id of ids) saved.set(id, await ok(core, 'journals:get', { relationshipId: id }));
  const store = await JournalStore.open(files, now, { device: DEVICE });
  for (const id of ids) await store.journal(id);
  await store.compactAll();
  await store.flushed();
  return { files, ids, saved };
}

const reopen = (files: MemoryFileStore) => JournalStore.open(files, now, { device: DEVICE });

afterEach(() => vi.restoreAllMocks());

describe('a journal read whole from its snapshot', () => {
  it('is validated once, and reads exactly as saved', async () => {
    const { files, ids, saved } = await foldedFolder(2);
    const store = await reopen(files);
    const parse = vi.spyOn(journalSchema, 'safeParse');
    const read = await store.journal(ids[0]!);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(read).toEqual(saved.get(ids[0]!));
    expect(read).toEqual(journalSchema.parse(read));
  });

  it('is validated again as merged when a change lies past its snapshot', async () => {
    const { files, ids } = await foldedFolder(1);
    const writer = await reopen(files);
    await writer.update(ids[0]!, (draft) => {
      draft.relationship.notes = 'Moved to the Lisbon office.';
    });
    await writer.flushed();
    const store = await reopen(files);
    const parse = vi.spyOn(journalSchema, 'safeParse');
    expect((await store.journal(ids[0]!)).relationship.notes).toBe('Moved to the Lisbon office.');
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('is refused when its clocks leave a required field unset, intact checksums or not', async () => {
    const { files, ids } = await foldedFolder(1);
    const path = `relationships/${ids[0]}.json`;
    const { data, sync } = decodeEnvelopeWithSync(journalSpec, (await files.read(path))!);
    const meta = sync as SnapshotMeta;
    const person = meta.r['relationship']!;
    person.f = { ...person.f, name: [person.c, person.d, 0] };
    // Written as Mend writes: both checksums match, so only the schema can tell.
    await files.write(path, encodeEnvelope(journalSpec, data, meta));
    const store = await reopen(files);
    await expect(store.journal(ids[0]!)).rejects.toMatchObject({ code: 'damaged' });
  });
});

describe('reads given shared listings', () => {
  it('list each folder once for many journals, and read each as a read of its own does', async () => {
    const { files, ids, saved } = await foldedFolder(4);
    const store = await reopen(files);
    files.lists = 0;
    const listing = store.sharedListings();
    const read = await Promise.all(ids.map((id) => store.journal(id, { heal: false, listing })));
    expect(files.lists).toBe(2); // relationships/ and logs/, against two per journal before
    expect(read).toEqual(ids.map((id) => saved.get(id)));
  });

  it('ask again for a listing that failed', async () => {
    const { files, ids } = await foldedFolder(1);
    const store = await reopen(files);
    const listing = store.sharedListings();
    const list = vi.spyOn(files, 'list').mockRejectedValueOnce(new Error('the disk went away'));
    await expect(listing.list('logs')).rejects.toThrow('the disk went away');
    expect(await listing.list('logs')).toEqual([`${ids[0]}.${DEVICE.id}.log`]);
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('miss a file that arrives after the listing only until the next refresh brings it in', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const sam = { name: 'Sam', role: '', kind: 'direct-report', started: null, notes: 'first' };
    const { id } = await value<{ id: string }>(await world.open(home), 'relationships:create', sam);
    world.transfer(home, work);
    await value(await world.open(work), 'relationships:update', { id, ...sam, notes: 'Written at work' });
    const store = await JournalStore.open(home.files, () => new Date(world.wall), { device: home });
    const listing = store.sharedListings();
    await listing.list('logs');
    world.transfer(work, home); // work's log arrives after the listing was taken
    expect((await store.journal(id, { heal: false, listing })).relationship.notes).toBe('first');
    expect(await store.refresh()).toEqual([id]);
    expect((await store.journal(id)).relationship.notes).toBe('Written at work');
  });
});
