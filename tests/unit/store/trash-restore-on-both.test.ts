import { describe, expect, it } from 'vitest';
import { callOk } from '../../support/typed-call';
import { pair, SyncWorld, type SimDevice } from '../../support/sync-sim';

/**
 * trash/ lies inside the synced folder, so a sync tool carries it like any other file (the simulator
 * keeps it per computer; this copies it, moves included). A person deleted on one computer and brought
 * back from the Trash on both before they are in step came back under a random id on each: two people.
 * Now the id they come back under follows from the removal, so both end with one (found by review;
 * the first test failed before the fix).
 */
function carryTrash(from: SimDevice, to: SimDevice): void {
  for (const [path, bytes] of from.files.files) if (path.startsWith('trash/') && !to.files.files.has(path)) to.files.files.set(path, bytes.slice());
  for (const path of [...to.files.files.keys()]) {
    const moved = path.replace('trash/', 'trash/restored/');
    if (path.startsWith('trash/') && !path.startsWith('trash/restored/') && !from.files.files.has(path) && from.files.files.has(moved)) to.files.files.delete(path);
  }
}

const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };

async function deletedOnHome() {
  const world = new SyncWorld(['home', 'work']);
  const [home, work] = pair(world);
  const { id } = await callOk(await world.open(home))('relationships:create', sam);
  await callOk(home.core!)('monitoring-notes:create', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note: 'Written at home before.' });
  world.transfer(home, work);
  await world.open(work);
  await callOk(home.core!)('relationships:delete', { id });
  world.transfer(home, work);
  carryTrash(home, work);
  await world.open(work);
  const [onHome] = await callOk(home.core!)('trash:list', {});
  const [onWork] = await callOk(work.core!)('trash:list', {});
  expect(onWork?.file).toBe(onHome?.file);
  const inStep = () => {
    for (let i = 0; i < 2; i++) {
      world.transfer(home, work);
      carryTrash(home, work);
      world.transfer(work, home);
      carryTrash(work, home);
    }
  };
  return { world, home, work, file: onHome!.file, inStep };
}

describe('a deleted person brought back from the Trash on two computers', () => {
  it('before they are in step: one person on both, with their entries once', async () => {
    const { world, home, work, file, inStep } = await deletedOnHome();
    const a = await callOk(home.core!)('trash:restore', { file });
    const b = await callOk(work.core!)('trash:restore', { file });
    expect(b.id).toBe(a.id);
    inStep();
    for (const device of [home, work]) {
      const core = await world.open(device);
      expect((await callOk(core)('relationships:list', { includeArchived: true })).map((r) => r.name)).toEqual(['Sam']);
      const journal = await callOk(core)('journals:get', { relationshipId: a.id });
      expect(journal.monitoringNotes.map((n) => n.note)).toEqual(['Written at home before.']);
      expect(await callOk(core)('trash:list', {})).toEqual([]);
    }
  });

  it('once the other computer\'s return has arrived but its copy is still listed here: they are back, once', async () => {
    const { world, home, work, file } = await deletedOnHome();
    const a = await callOk(home.core!)('trash:restore', { file });
    world.transfer(home, work); // the journal arrives; the trash copy's move has not yet
    const core = await world.open(work);
    expect((await callOk(core)('trash:list', {})).map((t) => t.file)).toEqual([file]);
    const b = await callOk(core)('trash:restore', { file });
    expect(b).toEqual({ id: a.id, name: 'Sam' });
    expect((await callOk(core)('relationships:list', { includeArchived: true })).map((r) => r.name)).toEqual(['Sam']);
    expect(await callOk(core)('trash:list', {})).toEqual([]);
  });
});
