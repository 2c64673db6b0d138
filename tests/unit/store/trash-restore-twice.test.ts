import { describe, expect, it } from 'vitest';
import { callOk, callResult } from '../../support/typed-call';
import { SyncWorld } from '../../support/sync-sim';

/**
 * Bringing back a person who is back already: the Undo of their delete, pressed after the Trash screen
 * brought them back (the bar was still up), or Bring back pressed twice. Before, the second call said
 * "That journal is not in the trash any more." as an error, though what was asked was done (found by
 * attacking the Trash and Undo: attack5-trash-outcomes.spec.ts; this test failed before the fix).
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };

describe('bringing back a person who is back already', () => {
  it('answers with them, once, rather than with a failure', async () => {
    const world = new SyncWorld(['home']);
    const core = await world.open(world.devices[0]!);
    const { id } = await callOk(core)('relationships:create', sam);
    const { trashedTo } = await callOk(core)('relationships:delete', { id });
    const file = trashedTo.replace(/^trash\//, '');
    const first = await callOk(core)('trash:restore', { file });
    const again = await callOk(core)('trash:restore', { file });
    expect(again).toEqual(first);
    const people = await callOk(core)('relationships:list', { includeArchived: true });
    expect(people.map((r) => r.id)).toEqual([first.id]);
    expect(await callOk(core)('trash:list', {})).toEqual([]);
  });

  it('still says it is gone once the person brought back was deleted again', async () => {
    const world = new SyncWorld(['home']);
    const core = await world.open(world.devices[0]!);
    const { id } = await callOk(core)('relationships:create', sam);
    const { trashedTo } = await callOk(core)('relationships:delete', { id });
    const file = trashedTo.replace(/^trash\//, '');
    const back = await callOk(core)('trash:restore', { file });
    await callOk(core)('relationships:delete', { id: back.id });
    const old = await callResult(core)('trash:restore', { file });
    expect(old).toMatchObject({ ok: false, code: 'not-found' });
  });
});
