import { describe, expect, it } from 'vitest';
import { callOk } from '../../support/typed-call';
import { pair, SyncWorld } from '../../support/sync-sim';

/**
 * Issue 13, item 3: an edit that raced a removal keeps its text in the removed journal's trash copy.
 * Home deletes Sam while work, not yet in step, writes about him; once their files meet, bringing Sam
 * back from the Trash brings work's words too. Before, they stayed in work's change log only, where no
 * screen shows them (found by attacking the store; this test failed before the fix).
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };

describe('an edit that raced the removal of a person', () => {
  it('comes back with the person from the Trash', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await callOk(await world.open(home))('relationships:create', sam);
    await callOk(home.core!)('monitoring-notes:create', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note: 'Written at home before.' });
    world.transfer(home, work);
    await world.open(work);
    await callOk(home.core!)('relationships:delete', { id });
    await callOk(work.core!)('monitoring-notes:create', { relationshipId: id, at: '2026-11-30T11:00:00.000Z', kind: 'other', note: 'Written at work meanwhile.' });
    await callOk(work.core!)('relationships:update', { id, ...sam, notes: 'Notes changed at work.' });
    world.transfer(work, home);
    world.transfer(home, work);
    const core = await world.open(home);
    expect(await callOk(core)('relationships:list', { includeArchived: true })).toEqual([]);
    const [trashed] = await callOk(core)('trash:list', {});
    const back = await callOk(core)('trash:restore', { file: trashed!.file });
    const journal = await callOk(core)('journals:get', { relationshipId: back.id });
    expect(journal.monitoringNotes.map((n) => n.note).sort()).toEqual(['Written at home before.', 'Written at work meanwhile.']);
    expect(journal.relationship.notes).toBe('Notes changed at work.');
    // And the other computer, once in step, has the same person back.
    world.transfer(home, work);
    const there = await world.open(work);
    const list = await callOk(there)('relationships:list', { includeArchived: true });
    expect(list.map((r) => r.id)).toEqual([back.id]);
  });
});
