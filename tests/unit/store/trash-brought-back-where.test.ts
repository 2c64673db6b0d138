import { describe, expect, it } from 'vitest';
import { callOk } from '../../support/typed-call';
import { SyncWorld } from '../../support/sync-sim';

/**
 * A person brought back from the Trash comes back under a new id (their removal stays final on every
 * computer). A link or a history entry that still names the old id (the person page before the delete,
 * Back after Undo) is told where they are now, instead of "This journal is not available" (found by
 * attack24-capture-people.spec.ts: Back after Undo led nowhere).
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: '' };

describe('where a person brought back is now', () => {
  it('follows the old id to the new one, through a second delete and bring-back too', async () => {
    const world = new SyncWorld(['home']);
    const core = await world.open(world.devices[0]!);
    const ok = callOk(core);
    const { id } = await ok('relationships:create', sam);
    // Still here under its own id: nothing to follow.
    expect(await ok('trash:brought-back', { id })).toBeNull();
    const first = await ok('relationships:delete', { id });
    // In the Trash, not back yet.
    expect(await ok('trash:brought-back', { id })).toBeNull();
    const back = await ok('trash:restore', { file: first.trashedTo.replace(/^trash\//, '') });
    expect(back.id).not.toBe(id);
    expect(await ok('trash:brought-back', { id })).toEqual({ id: back.id, name: 'Sam' });
    const second = await ok('relationships:delete', { id: back.id });
    expect(await ok('trash:brought-back', { id })).toBeNull();
    const again = await ok('trash:restore', { file: second.trashedTo.replace(/^trash\//, '') });
    expect(await ok('trash:brought-back', { id })).toEqual({ id: again.id, name: 'Sam' });
    expect(await ok('trash:brought-back', { id: back.id })).toEqual({ id: again.id, name: 'Sam' });
    // An id Mend never knew.
    expect(await ok('trash:brought-back', { id: 'nobody-here-0000' })).toBeNull();
  });
});
