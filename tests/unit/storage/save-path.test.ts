import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../../src/core/store/journal-store';
import type { Journal } from '../../../src/core/model/journal';
import { MemoryFileStore } from '../../support/memory-file-store';

/**
 * The durable save (issue 13): a change is made on a copy-on-write draft, only what it touched is
 * validated and appended, memory changes only after the append is durable, the index follows after the
 * acknowledgement and compaction never holds a save back.
 */
const device = { id: 'abcdef0123456789', name: 'home' };
const now = () => new Date('2026-12-01T09:00:00Z');
const at = '2026-12-01T09:00:00.000Z';
const relationship = { id: 'r1', name: 'Sam', role: '', kind: 'peer', started: null, notes: 'first', archived: false, createdAt: at, updatedAt: at };
const note = (i: number) => ({ id: `n${i}`, createdAt: at, updatedAt: at, at, kind: 'other', note: `Note ${i}` });
const logOf = (files: MemoryFileStore) => new TextDecoder().decode(files.files.get(`logs/r1.${device.id}.log`) ?? new Uint8Array());

async function storeWithNotes(files = new MemoryFileStore(), options: { compactEvery?: number } = {}) {
  const store = await JournalStore.open(files, now, { device, ...options });
  await store.create({ relationship, monitoringNotes: [note(1), note(2), note(3)] } as unknown as Journal);
  return { files, store };
}

describe('the durable save', () => {
  it('a failed append leaves the journal in memory, on disk and on Home as it was', async () => {
    const { files, store } = await storeWithNotes();
    await store.update('r1', (j) => void (j.relationship.notes = 'second'));
    const log = logOf(files);
    files.failNextWrite = new Error('disk full');
    await expect(store.update('r1', (j) => {
      j.relationship.name = 'Lost';
      j.monitoringNotes[0]!.note = 'Lost too';
    })).rejects.toThrow('disk full');
    expect(logOf(files)).toBe(log);
    const journal = await store.journal('r1');
    expect([journal.relationship.name, journal.relationship.notes, journal.monitoringNotes[0]!.note]).toEqual(['Sam', 'second', 'Note 1']);
    expect(store.summary('r1').name).toBe('Sam');
    // The next save is diffed against what is really on disk: the failed change is not in it.
    await store.update('r1', (j) => void (j.relationship.role = 'Lead'));
    await store.flushed();
    const reopened = await JournalStore.open(files, now, { device });
    const back = await reopened.journal('r1');
    expect([back.relationship.name, back.relationship.role, back.monitoringNotes[0]!.note]).toEqual(['Sam', 'Lead', 'Note 1']);
  });

  it('edits in place on the draft never reach the journal readers hold; untouched records are shared', async () => {
    const { store } = await storeWithNotes();
    const before = await store.journal('r1');
    await store.update('r1', (j) => void (j.monitoringNotes[1]!.note = 'Changed'));
    const after = await store.journal('r1');
    expect(before.monitoringNotes[1]!.note).toBe('Note 2');
    expect(after.monitoringNotes[1]!.note).toBe('Changed');
    expect(after.monitoringNotes[0]).toBe(before.monitoringNotes[0]);
    expect(after.relationship).toBe(before.relationship);
  });

  it('returns what the change returned, also when it is part of the draft', async () => {
    const { store } = await storeWithNotes();
    const found = await store.update('r1', (j) => j.monitoringNotes.find((n) => n.id === 'n2'));
    const both = await store.update('r1', (j) => ({ first: j.monitoringNotes[0], count: j.monitoringNotes.length }));
    expect(found).toMatchObject({ id: 'n2', note: 'Note 2' });
    expect(both).toMatchObject({ first: { id: 'n1' }, count: 3 });
  });

  it('validation of the changed records refuses bad data, and nothing is written', async () => {
    const { files, store } = await storeWithNotes();
    const appends = files.appends;
    await expect(store.update('r1', (j) => void ((j.monitoringNotes[2] as { kind: string }).kind = 'not a kind'))).rejects.toThrow();
    await expect(store.update('r1', (j) => void (j.monitoringNotes as unknown[]).push({ id: 'n9' }))).rejects.toThrow();
    expect(files.appends).toBe(appends);
    expect((await store.journal('r1')).monitoringNotes.map((n) => n.kind)).toEqual(['other', 'other', 'other']);
  });

  it('a save appends one line with only the fields that changed', async () => {
    const { files, store } = await storeWithNotes();
    const before = logOf(files);
    await store.update('r1', (j) => {
      j.monitoringNotes[2] = { ...j.monitoringNotes[2]!, note: 'Edited' };
    });
    const lines = logOf(files).slice(before.length).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ k: 'monitoringNotes/n3', s: { note: ['Edited', expect.any(String)] } });
    expect(Object.keys(JSON.parse(lines[0]!).s)).toEqual(['note']);
  });

  it('Home shows a save at once; the index file follows, and a removal is never undone by it', async () => {
    const { files, store } = await storeWithNotes();
    await store.update('r1', (j) => void (j.relationship.name = 'Sam R.'));
    expect(store.summaries().map((s) => s.name)).toEqual(['Sam R.']);
    await store.flushed();
    expect((await JournalStore.open(files, now, { device })).summaries().map((s) => s.name)).toEqual(['Sam R.']);
    await store.update('r1', (j) => void (j.relationship.name = 'Sam Rivera'));
    await store.trash('r1');
    await store.flushed();
    expect(store.summaries()).toEqual([]);
    expect((await JournalStore.open(files, now, { device })).summaries()).toEqual([]);
  });

  it('compaction never holds a save back: saves go on while the snapshot is written', async () => {
    const files = new SlowSnapshots();
    const { store } = await storeWithNotes(files, { compactEvery: 2 });
    files.hold = true;
    await store.update('r1', (j) => void (j.relationship.notes = 'one'));
    await store.update('r1', (j) => void (j.relationship.notes = 'two')); // the second line: compaction is due
    // Folding waits for saving to pause (quiet-compaction.ts), then starts: its snapshot write is held.
    for (let wait = 0; files.held === 0 && wait < 400; wait++) await new Promise((r) => setTimeout(r, 5));
    expect(files.held).toBe(1);
    const third = store.update('r1', (j) => void (j.relationship.notes = 'three'));
    const timedOut = new Promise((resolve) => setTimeout(() => resolve('waited for the snapshot'), 1000));
    expect(await Promise.race([third.then(() => 'saved'), timedOut])).toBe('saved');
    files.release();
    await store.flushed();
    const reopened = await JournalStore.open(files, now, { device });
    expect((await reopened.journal('r1')).relationship.notes).toBe('three');
  });
});

/** Snapshot writes wait until released (a slow disk, a large journal); appends go through. */
class SlowSnapshots extends MemoryFileStore {
  hold = false;
  held = 0;
  private waiting: (() => void)[] = [];

  override async write(path: string, bytes: Uint8Array): Promise<void> {
    if (this.hold && path.startsWith('relationships/')) {
      this.held++;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    return super.write(path, bytes);
  }

  release(): void {
    this.hold = false;
    this.waiting.splice(0).forEach((go) => go());
  }
}
