import { describe, expect, it } from 'vitest';
import { pair, SyncWorld, value } from '../../support/sync-sim';

/**
 * A journal merges its logs as they are read, which needs each log in clock order (as every device
 * writes it). A log that is not (lines moved around by hand, or by a tool) opens just as well: its lines
 * are read again and sorted, and what it reports is said once, not once per attempt.
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report', started: null, notes: 'first' };
type Journal = { relationship: { role: string }; monitoringNotes: { note: string }[] };
const note = (relationshipId: string, text: string) => ({ relationshipId, at: '2026-12-01T08:00:00.000Z', kind: 'other', note: text });

describe('a log out of clock order', () => {
  it('opens with every line merged as in clock order, and a damaged line in it reported once', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await value<{ id: string }>(await world.open(home), 'relationships:create', sam);
    world.transfer(home, work);
    const w = await world.open(work);
    for (const text of ['one', 'two', 'three']) await value(w, 'monitoring-notes:create', note(id, text));
    await value(w, 'relationships:update', { id, ...sam, role: 'Lead' });
    await value(w, 'relationships:update', { id, ...sam, role: 'Team lead' });
    world.transfer(work, home);
    const path = `logs/${id}.${work.id}.log`;
    const rows = new TextDecoder().decode(home.files.files.get(path)!).split('\n').filter(Boolean);
    expect(rows).toHaveLength(5);
    // Newest first, and the line of "two" damaged (now row 4 of the file).
    const reordered = [...rows].reverse().map((row) => row.replace('"two"', '"tw0"'));
    home.files.files.set(path, new TextEncoder().encode(reordered.map((row) => `${row}\n`).join('')));
    const opened = await value<Journal>(await world.open(home), 'journals:get', { relationshipId: id });
    expect(opened.monitoringNotes.map((n) => n.note)).toEqual(['one', 'three']);
    expect(opened.relationship.role).toBe('Team lead'); // the later edit wins, wherever its line sits in the file
    expect(world.reports).toEqual([`home: ${path}:4 its checksum does not match`]);
  });
});
