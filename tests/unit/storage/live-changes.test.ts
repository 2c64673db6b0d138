import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { testPlatform } from '../../support/memory-file-store';
import { pair, SyncWorld, value } from '../../support/sync-sim';

/** A change another computer makes while Mend is open shows within 2 s, without a restart. */
describe('live changes from another computer', () => {
  it('shows another computer\'s edit within 2 s of its file landing', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await value<{ id: string }>(await world.open(home), 'relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: 'first' });
    world.transfer(home, work);
    const w = await world.open(work);
    let stopped = false;
    const watching = await openCore({
      files: home.files,
      platform: testPlatform().platform,
      newId: () => 'x',
      now: () => new Date(world.wall),
      device: { id: home.id, name: home.name },
      watch: { everyMs: 200, later: (run, ms) => void (stopped || setTimeout(run, ms)) },
    });
    expect(await value<{ relationship: { notes: string } }>(watching, 'journals:get', { relationshipId: id })).toMatchObject({ relationship: { notes: 'first' } });
    await value(w, 'relationships:update', { id, name: 'Sam R.', role: '', kind: 'peer', started: null, notes: 'from work' });
    world.transfer(work, home);
    const landed = performance.now();
    let seenAfter = -1;
    while (performance.now() - landed < 2000) {
      const list = await value<{ name: string }[]>(watching, 'relationships:list', {});
      const j = await value<{ relationship: { notes: string } }>(watching, 'journals:get', { relationshipId: id });
      if (list[0]?.name === 'Sam R.' && j.relationship.notes === 'from work') {
        seenAfter = performance.now() - landed;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    console.log(`live change visible after ${seenAfter.toFixed(0)} ms`);
    expect(seenAfter).toBeGreaterThanOrEqual(0);
    stopped = true;
  });
});
