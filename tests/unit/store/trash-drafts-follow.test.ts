import { describe, expect, it } from 'vitest';
import { callOk } from '../../support/typed-call';
import { pair, SyncWorld } from '../../support/sync-sim';

/**
 * A quick note half typed on one computer while the other moved the person to the Trash: the form
 * closed, and its words were kept as a draft under the removed id. Brought back (under a new id), the
 * person came back without them; they stayed under a key no screen opens (found by an attack on live
 * changes; this test failed before the fix).
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: '' };

describe('drafts of a person moved to the Trash', () => {
  it('follow the person when they are brought back, under the new id; other drafts stay', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home] = pair(world);
    const { id } = await callOk(await world.open(home))('relationships:create', sam);
    const here = callOk(home.core!);
    await here('drafts:save', { key: `capture-note:${id}`, fields: { text: 'He asked for more time on the Acme report' } });
    await here('drafts:save', { key: `meeting-note:${id}:n1`, fields: { text: 'An edit left waiting.' } });
    await here('drafts:save', { key: 'capture-note:someone-else', fields: { text: 'Not about Sam.' } });
    // The removal is recorded (a tombstone), so the person comes back under a new id.
    await here('relationships:delete', { id });
    const core = here;
    const [trashed] = await core('trash:list', {});
    const back = await core('trash:restore', { file: trashed!.file });
    expect(back.id).not.toBe(id);
    expect(await core('drafts:get', { key: `capture-note:${back.id}` })).toMatchObject({ fields: { text: 'He asked for more time on the Acme report' } });
    expect(await core('drafts:get', { key: `meeting-note:${back.id}:n1` })).toMatchObject({ fields: { text: 'An edit left waiting.' } });
    expect(await core('drafts:get', { key: `capture-note:${id}` })).toBeNull();
    expect(await core('drafts:get', { key: 'capture-note:someone-else' })).toMatchObject({ fields: { text: 'Not about Sam.' } });
  });
});
