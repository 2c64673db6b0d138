import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../../src/core/store/journal-store';
import { deviceRecordPath } from '../../../src/core/store/device-upkeep';
import { devicePath } from '../../../src/core/store/device-state';
import { SEEN_FILE } from '../../../src/core/store/seen-files';
import type { Journal } from '../../../src/core/model/journal';
import { MemoryFileStore } from '../../support/memory-file-store';

/**
 * Opening reads what Home needs and no more: journals another computer changed since this one last
 * merged them (seen-files.ts), not every journal another computer ever touched; this computer's record
 * only when it says something new. Two computers share one folder here, as a synced folder would.
 */
const LAPTOP = { id: '1a1a1a1a1a1a1a1a', name: 'Laptop' };
const DESK = { id: '2b2b2b2b2b2b2b2b', name: 'Desk' };
let wall = Date.parse('2026-12-01T09:00:00.000Z');
const now = () => new Date((wall += 1000));
const at = '2026-12-01T09:00:00.000Z';
const journal = (id: string, name: string) =>
  ({
    relationship: { id, name, role: '', kind: 'peer', started: null, notes: '', archived: false, createdAt: at, updatedAt: at },
    incidents: [], preparations: [], debriefs: [], commitments: [], checks: [], monitoringNotes: [], meetingNotes: [], repairBids: [], followUps: [], theirTrust: [],
  }) as unknown as Journal;

/** Counts reads and writes by path. */
class CountingStore extends MemoryFileStore {
  reads: string[] = [];
  written: string[] = [];
  override async read(path: string) {
    this.reads.push(path);
    return super.read(path);
  }
  override async write(path: string, bytes: Uint8Array) {
    this.written.push(path);
    return super.write(path, bytes);
  }
}

const open = async (files: MemoryFileStore, device: { id: string; name: string }) => JournalStore.open(files, now, { device, compactEvery: 1000 });
const names = (store: JournalStore) => store.summaries().map((s) => s.name).sort();
const journalReads = (files: CountingStore) => files.reads.filter((p) => p.startsWith('relationships/') || p.startsWith('logs/'));

/** Sam and Kim created on the laptop; the desk has opened once (and merged them). */
async function twoComputers() {
  const files = new CountingStore();
  const laptop = await open(files, LAPTOP);
  await laptop.create(journal('sam', 'Sam'));
  await laptop.create(journal('kim', 'Kim'));
  await laptop.update('sam', (j) => void (j.relationship.role = 'Lead')); // a line in the laptop's log
  await laptop.update('kim', (j) => void (j.relationship.role = 'Analyst'));
  await laptop.flushed();
  const desk = await open(files, DESK);
  expect(names(desk)).toEqual(['Kim', 'Sam']);
  await desk.flushed();
  return { files, laptop };
}

describe('opening on a computer whose index cache is fresh', () => {
  it('reads no journal when no other computer changed anything since', async () => {
    const { files } = await twoComputers();
    files.reads = [];
    const desk = await open(files, DESK);
    expect(names(desk)).toEqual(['Kim', 'Sam']);
    expect(journalReads(files)).toEqual([]);
  });

  it('reads again, and shows, a journal another computer changed behind the cache; only that one', async () => {
    const { files, laptop } = await twoComputers();
    await laptop.update('sam', (j) => void (j.relationship.name = 'Samantha'));
    await laptop.flushed();
    files.reads = [];
    const desk = await open(files, DESK);
    expect(names(desk)).toEqual(['Kim', 'Samantha']);
    expect(journalReads(files).some((p) => p.includes('kim'))).toBe(false);
    await desk.flushed();
    expect(names(await open(files, DESK))).toEqual(['Kim', 'Samantha']);
  });

  it('drops a person removed on another computer, and never brings them back', async () => {
    const { files, laptop } = await twoComputers();
    await laptop.trash('kim');
    await laptop.flushed();
    const desk = await open(files, DESK);
    expect(names(desk)).toEqual(['Sam']);
    await desk.flushed();
    expect(names(await open(files, DESK))).toEqual(['Sam']);
  });

  it('a record of what was seen that cannot be read is set aside, and every journal is read again', async () => {
    const { files, laptop } = await twoComputers();
    const seenPath = devicePath(DESK.id, SEEN_FILE);
    expect(files.files.has(seenPath)).toBe(true);
    await laptop.update('sam', (j) => void (j.relationship.name = 'Samantha'));
    await laptop.flushed();
    files.files.set(seenPath, new TextEncoder().encode('{"mend":"index","version":1,"checksum":"crc32:00000000",\n"data": {"sizes":{}}\n}\n'));
    const damaged = files.files.get(seenPath)!;
    files.reads = [];
    const desk = await open(files, DESK);
    expect(names(desk)).toEqual(['Kim', 'Samantha']);
    expect(journalReads(files).some((p) => p.includes('kim'))).toBe(true);
    const setAside = [...files.files.keys()].filter((p) => p.startsWith('damaged/seen-'));
    expect(setAside).toHaveLength(1);
    expect(files.files.get(setAside[0]!)).toEqual(damaged);
  });

  it('a journal that could not be read is read again at the next open, not taken as seen', async () => {
    const { files, laptop } = await twoComputers();
    await laptop.update('sam', (j) => void (j.relationship.name = 'Samantha'));
    await laptop.flushed();
    const snapshot = files.files.get('relationships/sam.json')!;
    files.files.set('relationships/sam.json', new TextEncoder().encode('not a journal'));
    const desk = await open(files, DESK);
    expect(names(desk)).toEqual(['Kim', 'Sam']); // as the cache says: opening Sam tells of the damage
    await desk.flushed();
    files.files.set('relationships/sam.json', snapshot); // a sync tool brings the good copy
    expect(names(await open(files, DESK))).toEqual(['Kim', 'Samantha']);
  });
});

describe("this computer's record", () => {
  it('is not written again when opened again within minutes and saying the same; it is when it says something new', async () => {
    const files = new CountingStore();
    await (await open(files, LAPTOP)).flushed();
    expect(files.written.filter((p) => p === deviceRecordPath(LAPTOP.id))).toHaveLength(1);
    files.written = [];
    await (await open(files, LAPTOP)).flushed();
    expect(files.written.filter((p) => p === deviceRecordPath(LAPTOP.id))).toEqual([]);
    wall += 11 * 60_000; // "last seen" is kept to within ten minutes
    await (await open(files, LAPTOP)).flushed();
    expect(files.written.filter((p) => p === deviceRecordPath(LAPTOP.id))).toHaveLength(1);
    files.written = [];
    await (await JournalStore.open(files, now, { device: { ...LAPTOP, name: 'Renamed' } })).flushed();
    expect(files.written.filter((p) => p === deviceRecordPath(LAPTOP.id))).toHaveLength(1);
  });
});
