import { describe, expect, it } from 'vitest';
import { SyncWorld } from '../../support/sync-sim';
import { callOk } from '../../support/typed-call';

/**
 * A computer whose name is blank is never listed as a bold gap with a bare "Forget" button, and a long
 * name is stored cut between characters (found by attack26-settings-folder.spec.ts).
 */
describe('computers with odd names in Settings → Computers', () => {
  it('a blank name is shown as "This computer" here and "A computer with no name" elsewhere', async () => {
    const world = new SyncWorld(['   ', 'work']);
    const [blank, work] = world.devices as [NonNullable<(typeof world.devices)[0]>, NonNullable<(typeof world.devices)[0]>];
    await callOk(await world.open(blank))('relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: '' });
    expect((await callOk(blank.core!)('devices:list', {})).map((d) => d.name)).toEqual(['This computer']);
    world.transfer(blank, work);
    const listed = await callOk(await world.open(work))('devices:list', {});
    expect(listed.map((d) => d.name)).toEqual(['work', 'A computer with no name']);
  });

  it('a name over 200 characters is stored cut before an emoji, never through it', async () => {
    const world = new SyncWorld([`${'x'.repeat(199)}💻`, 'work']);
    const [long, work] = world.devices as [NonNullable<(typeof world.devices)[0]>, NonNullable<(typeof world.devices)[0]>];
    const core = await world.open(long); // its record, with the long name, is written as it opens
    long.name = 'long'; // the sim names new ids after the device: a short one for those
    await callOk(core)('relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: '' });
    await core.settled?.();
    world.transfer(long, work);
    const other = (await callOk(await world.open(work))('devices:list', {})).find((d) => !d.thisDevice)!;
    expect(other.name).toBe('x'.repeat(199));
  });
});
