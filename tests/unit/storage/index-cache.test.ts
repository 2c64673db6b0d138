import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../../src/core/store/journal-store';
import { devicePath } from '../../../src/core/store/device-state';
import { encodeEnvelope } from '../../../src/core/store/envelope';
import { SUMMARY_VERSION } from '../../../src/core/store/summarize';
import { indexSpec, shardOf, type IndexData } from '../../../src/core/model/index-file';
import type { Journal } from '../../../src/core/model/journal';
import { MemoryFileStore } from '../../support/memory-file-store';

/**
 * This computer's index is read by shape when it is this summarize()'s own (its version, an intact
 * checksum); anything else is validated in full, and a shard that does not hold is set aside and its
 * summaries rebuilt from the journals.
 */
const device = { id: 'abcdef0123456789', name: 'home' };
const now = () => new Date('2026-12-01T09:00:00Z');
const at = '2026-12-01T09:00:00.000Z';
const journal = { relationship: { id: 'r1', name: 'Sam', role: '', kind: 'peer', started: null, notes: '', archived: false, createdAt: at, updatedAt: at } } as unknown as Journal;
const shardPath = devicePath(device.id, `index/${shardOf('r1').toString(16).padStart(2, '0')}.json`);
/** A shard written with a valid checksum around data the schema refuses (a summary with no entries count). */
const badShard = (summaryVersion: unknown) => encodeEnvelope({ ...indexSpec, schema: indexSpec.schema as never }, { summaryVersion, relationships: [{ id: 'r1', name: 'Sam' }] } as unknown as IndexData);

describe("this computer's index cache", () => {
  it('a shard of this version is read back as written, and Home lists the person', async () => {
    const files = new MemoryFileStore();
    const store = await JournalStore.open(files, now, { device });
    await store.create(journal);
    await store.flushed();
    const again = await JournalStore.open(files, now, { device });
    expect(again.summaries()).toEqual(store.summaries());
  });

  it('is written as plain ASCII (names past ASCII as JSON escapes) and reads back the same names', async () => {
    const files = new MemoryFileStore();
    const store = await JournalStore.open(files, now, { device });
    const name = 'Zoë Ørsted 李 😀 “quoted” \\u00e9 \u2028 end';
    await store.create({ ...journal, relationship: { ...journal.relationship, name } });
    await store.flushed();
    const bytes = files.files.get(shardPath)!;
    expect(bytes.every((b) => b < 0x80), 'every byte of the shard is ASCII').toBe(true);
    const again = await JournalStore.open(files, now, { device });
    expect(again.summaries().map((s) => s.name)).toEqual([name]);
  });

  it('a shard written before (UTF-8 text) is still read as it is', async () => {
    const files = new MemoryFileStore();
    const store = await JournalStore.open(files, now, { device });
    await store.create(journal);
    await store.flushed();
    const [summary] = store.summaries();
    files.files.set(shardPath, encodeEnvelope({ ...indexSpec, ascii: false }, { summaryVersion: SUMMARY_VERSION, relationships: [{ ...summary!, name: 'Zoë' }] }));
    const again = await JournalStore.open(files, now, { device });
    expect(again.summaries().map((s) => s.name)).toEqual(['Zoë']);
    expect([...files.files.keys()].some((p) => p.startsWith('damaged/'))).toBe(false);
  });

  for (const version of ['another summary version', 'no ids in it']) {
    it(`a shard with ${version} is validated in full: one that does not hold is set aside and rebuilt`, async () => {
      const files = new MemoryFileStore();
      const store = await JournalStore.open(files, now, { device });
      await store.create(journal);
      await store.flushed();
      const bytes = version === 'no ids in it'
        ? encodeEnvelope({ ...indexSpec, schema: indexSpec.schema as never }, { summaryVersion: SUMMARY_VERSION, relationships: [{ name: 'Sam' }] } as unknown as IndexData)
        : badShard(SUMMARY_VERSION + 100);
      files.files.set(shardPath, bytes);
      const again = await JournalStore.open(files, now, { device });
      expect(again.summaries().map((s) => [s.id, s.name, s.entries])).toEqual([['r1', 'Sam', 0]]);
      expect([...files.files.keys()].some((p) => p.startsWith('damaged/'))).toBe(true);
    });
  }
});
