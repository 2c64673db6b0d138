import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { callOk } from '../../support/typed-call';
import { pair, SyncWorld, type SimDevice } from '../../support/sync-sim';
import { testPlatform } from '../../support/memory-file-store';

/**
 * Words this computer kept for a person (an incident half typed) while the other computer deleted the
 * person and then brought them back from the Trash, under a new id. Before, the drafts stayed under the
 * removed id, where no screen leads: the incident form for the person brought back opened empty. Now they
 * follow the person at this computer's first look at the folder and whenever changes arrive, as they do
 * when the person is brought back here. Failed before.
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: '' };

/** The device's core with a watch whose looks the test runs itself. */
async function openWatched(w: SyncWorld, d: SimDevice): Promise<{ core: Core; look: () => Promise<void> }> {
  const waiting: (() => void)[] = [];
  d.core = await openCore({
    files: d.files, platform: testPlatform().platform, newId: () => `${d.name}-${++d.ids}`,
    now: () => new Date((w.wall += 7) + d.skew), device: { id: d.id, name: d.name },
    watch: { everyMs: 1000, later: (run) => void waiting.push(run) },
  });
  const look = async () => {
    waiting.splice(0).forEach((run) => run());
    // The look reads the folder and moves the drafts: give its promises their turns.
    for (let i = 0; i < 50 && waiting.length === 0; i++) await new Promise((r) => setTimeout(r, 2));
  };
  return { core: d.core, look };
}

describe('drafts kept for a person brought back from the Trash on another computer', () => {
  it('follow the person, under their new id, on this computer too', async () => {
    const w = new SyncWorld(['home', 'work']);
    const [home, work] = pair(w);
    const { id } = await callOk(await w.open(home))('relationships:create', sam);
    w.transfer(home, work);
    const typed = { title: 'Missed the Acme deadline', facts: 'Half typed on the work laptop, then left.' };
    await callOk(await w.open(work))('drafts:save', { key: `incident:new:${id}`, fields: typed });

    const atHome = await w.open(home);
    await callOk(atHome)('relationships:delete', { id });
    const [trashed] = await callOk(atHome)('trash:list', {});
    const back = await callOk(atHome)('trash:restore', { file: trashed!.file });
    expect(back.id).not.toBe(id);
    w.transfer(home, work);
    w.transfer(work, home);

    const { core, look } = await openWatched(w, work);
    expect((await callOk(core)('relationships:list', { includeArchived: true })).map((p) => p.id)).toEqual([back.id]);
    await look();
    expect((await callOk(core)('drafts:get', { key: `incident:new:${back.id}` }))?.fields).toEqual(typed);
    expect(await callOk(core)('drafts:get', { key: `incident:new:${id}` })).toBeNull();
  });
});
