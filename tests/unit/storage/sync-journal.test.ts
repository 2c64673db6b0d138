import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../../src/core/store/journal-store';
import { MemoryFileStore } from '../../support/memory-file-store';
import { pair, SyncWorld, value } from '../../support/sync-sim';

/** One journal on two computers: per-device logs, merge, removals, torn and damaged lines. */
const sam = { name: 'Sam', role: '', kind: 'direct-report', started: null, notes: 'first' };
type Journal = { relationship: { name: string; notes: string; role: string }; monitoringNotes: { id: string; note: string }[] };
const journal = (core: Parameters<typeof value>[0], id: string) => value<Journal>(core, 'journals:get', { relationshipId: id });
const note = (relationshipId: string, text: string) => ({ relationshipId, at: '2026-12-01T08:00:00.000Z', kind: 'other', note: text });

describe('one journal on two computers', () => {
  it('an edit on one reaches the other; each computer appends only to its own log', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await value<{ id: string }>(await world.open(home), 'relationships:create', sam);
    // The creation is home's own first log line(s): the log alone can rebuild the person.
    const homeLog = `logs/${id}.${home.id}.log`;
    const created = home.files.files.get(homeLog);
    const appendsAtCreation = home.files.appends;
    expect(created).toBeDefined();
    world.transfer(home, work);
    const w = await world.open(work);
    await value(w, 'relationships:update', { id, ...sam, role: 'Lead' });
    await value(w, 'monitoring-notes:create', note(id, 'Checked in twice'));
    world.transfer(work, home);
    const h = await world.open(home);
    expect((await journal(h, id)).relationship.role).toBe('Lead');
    expect((await journal(h, id)).monitoringNotes.map((n) => n.note)).toEqual(['Checked in twice']);
    expect((await value<{ name: string }[]>(h, 'relationships:list', {})).map((r) => r.name)).toEqual(['Sam']);
    const logs = [...home.files.files.keys()].filter((k) => k.startsWith('logs/'));
    expect(logs.sort()).toEqual([homeLog, `logs/${id}.${work.id}.log`].sort());
    // Home saved nothing since the creation: its log is as it was, and it appended nothing more.
    expect(home.files.files.get(homeLog)).toEqual(created);
    expect(home.files.appends).toBe(appendsAtCreation);
  });

  it('keeps both versions of a text two computers changed at once: the later shows, the other is offered', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await value<{ id: string }>(await world.open(home), 'relationships:create', sam);
    world.transfer(home, work);
    const w = await world.open(work);
    await value(home.core!, 'relationships:update', { id, ...sam, notes: 'Written at home' });
    await value(w, 'relationships:update', { id, ...sam, notes: 'Written at work', role: 'Lead' });
    world.transfer(home, work);
    world.transfer(work, home);
    const seen = [];
    for (const d of [home, work]) {
      const store = await JournalStore.open(d.files, () => new Date(world.wall), { device: d });
      seen.push({ notes: (await store.journal(id)).relationship.notes, role: (await store.journal(id)).relationship.role, alts: await store.alternatives(id) });
    }
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[0]!.notes).toBe('Written at work'); // the later write shows
    expect(seen[0]!.role).toBe('Lead'); // a field only one computer changed is simply merged
    expect(seen[0]!.alts).toMatchObject([{ field: 'notes', value: 'Written at home', device: home.id }]);
  });

  it('a removal is final: an older copy of the journal arriving later does not bring the person back', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await value<{ id: string }>(await world.open(home), 'relationships:create', sam);
    world.transfer(home, work);
    const oldCopy = work.files.files.get(`relationships/${id}.json`)!;
    const w = await world.open(work);
    await value(w, 'relationships:delete', { id });
    world.transfer(work, home);
    home.files.files.set(`relationships/${id}.json`, oldCopy); // the sync tool restores its older copy
    const h = await world.open(home);
    expect(await value<unknown[]>(h, 'relationships:list', {})).toEqual([]);
  });

  it('an entry removed on one computer stays removed although the other still had it and edited the journal', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const h = await world.open(home);
    const { id } = await value<{ id: string }>(h, 'relationships:create', sam);
    const { id: noteId } = await value<{ id: string }>(h, 'monitoring-notes:create', note(id, 'Took the report back'));
    world.transfer(home, work);
    const w = await world.open(work);
    await value(w, 'relationships:update', { id, ...sam, notes: 'edited at work' }); // work still has the entry
    await value(h, 'monitoring-notes:delete', { relationshipId: id, id: noteId });
    world.transfer(work, home);
    world.transfer(home, work);
    for (const d of [home, work]) {
      const j = await journal(await world.open(d), id);
      expect(j.monitoringNotes).toEqual([]);
      expect(j.relationship.notes).toBe('edited at work');
    }
  });

  it('reads a log up to its last complete line and picks the rest up when it arrives', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await value<{ id: string }>(await world.open(home), 'relationships:create', sam);
    world.transfer(home, work);
    const w = await world.open(work);
    await value(w, 'monitoring-notes:create', note(id, 'one'));
    await value(w, 'monitoring-notes:create', note(id, 'two'));
    world.transfer(work, home, { cut: 0.75 });
    expect((await journal(await world.open(home), id)).monitoringNotes.map((n) => n.note)).toEqual(['one']);
    world.transfer(work, home);
    expect((await journal(await world.open(home), id)).monitoringNotes.map((n) => n.note)).toEqual(['one', 'two']);
    expect(world.reports).toEqual([]); // a line still arriving is not a problem
  });

  it('reports a line whose checksum fails by file and line, skips it and never rewrites it', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await value<{ id: string }>(await world.open(home), 'relationships:create', sam);
    world.transfer(home, work);
    const w = await world.open(work);
    await value(w, 'monitoring-notes:create', note(id, 'one'));
    await value(w, 'monitoring-notes:create', note(id, 'two'));
    world.transfer(work, home);
    const path = `logs/${id}.${work.id}.log`;
    const text = new TextDecoder().decode(home.files.files.get(path)!).replace('"one"', '"0ne"');
    home.files.files.set(path, new TextEncoder().encode(text));
    const notes = (await journal(await world.open(home), id)).monitoringNotes.map((n) => n.note);
    expect(notes).toEqual(['two']);
    expect(world.reports).toEqual([`home: ${path}:1 its checksum does not match`]);
    expect(new TextDecoder().decode(home.files.files.get(path)!)).toBe(text);
  });

  it('merges a sync tool\'s conflict copy of a snapshot and never shows the person twice', async () => {
    const world = new SyncWorld(['home', 'work'], 1);
    const [home, work] = pair(world);
    const { id } = await value<{ id: string }>(await world.open(home), 'relationships:create', sam);
    world.transfer(home, work);
    await value(await world.open(work), 'relationships:update', { id, ...sam, role: 'Lead' });
    await value(home.core!, 'relationships:update', { id, ...sam, name: 'Sam R.' });
    for (const k of [...work.files.files.keys()]) if (k.startsWith('logs/')) work.files.files.delete(k); // only snapshots travel
    world.transfer(work, home, { conflictCopies: true });
    const h = await world.open(home);
    expect((await value<{ name: string }[]>(h, 'relationships:list', {})).map((r) => r.name)).toEqual(['Sam R.']);
    expect((await journal(h, id)).relationship).toMatchObject({ name: 'Sam R.', role: 'Lead' });
  });
});

describe('this device\'s own log', () => {
  it('cuts its own torn tail (an append that was never acknowledged) before appending again', async () => {
    const files = new MemoryFileStore();
    const device = { id: 'abcdef0123456789', name: 'home' };
    const now = () => new Date('2026-12-01T09:00:00Z');
    const store = await JournalStore.open(files, now, { device });
    const base = { relationship: { id: 'r1', name: 'Sam', role: '', kind: 'peer', started: null, notes: '', archived: false, createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z' } };
    await store.create(base as never);
    await store.update('r1', (j) => void (j.relationship.notes = 'one'));
    const path = `logs/r1.${device.id}.log`;
    files.files.set(path, new Uint8Array([...files.files.get(path)!, ...new TextEncoder().encode('{"t":"2026-12-01T09:00:00.000Z-0005')]));
    const again = await JournalStore.open(files, now, { device });
    await again.update('r1', (j) => void (j.relationship.notes = 'two'));
    const reopened = await JournalStore.open(files, now, { device, report: (p) => { throw new Error(p.reason); } });
    expect((await reopened.journal('r1')).relationship.notes).toBe('two');
  });
});
