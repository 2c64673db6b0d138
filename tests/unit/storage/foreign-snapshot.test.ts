import { describe, expect, it } from 'vitest';
import { SyncWorld } from '../../support/sync-sim';
import { callOk } from '../../support/typed-call';

/**
 * Another person's journal file copied over one (by hand, or a sync tool's mix-up) while Mend was
 * closed. Opening that person must never show the other one (found by attack23: Sam's page showed Ana
 * with both people's notes); they open to recovery, which gives back what their logs hold. With the
 * index lost too, they are still listed (as a journal that could not be read), never dropped, while a
 * conflict copy's name is still never a person (snapshot-conflict-copies.test.ts).
 */
const person = (name: string) => ({ name, role: '', kind: 'peer' as const, started: null, notes: '' });

describe('a journal file holding another person’s journal', () => {
  for (const indexLost of [false, true]) {
    it(`opens to recovery, never as the other person${indexLost ? ', and is still listed when the index is rebuilt' : ''}`, async () => {
      const world = new SyncWorld(['home'], 2);
      const [home] = world.devices as [NonNullable<(typeof world.devices)[0]>];
      const ok = callOk(await world.open(home));
      const sam = (await ok('relationships:create', person('Sam Rivera'))).id;
      const ana = (await ok('relationships:create', person('Ana Silva'))).id;
      for (const n of ['one', 'two', 'three']) {
        await ok('monitoring-notes:create', { relationshipId: sam, at: '2026-11-20T10:00:00.000Z', kind: 'other', note: `Sam ${n}` });
        await ok('monitoring-notes:create', { relationshipId: ana, at: '2026-11-20T10:00:00.000Z', kind: 'other', note: `Ana ${n}` });
      }
      await home.core!.settled?.(); // the first core's folding and index writes are done before the copy
      const files = home.files.files;
      expect(files.has(`relationships/${sam}.json`)).toBe(true);
      files.set(`relationships/${sam}.json`, files.get(`relationships/${ana}.json`)!.slice());
      if (indexLost) for (const key of [...files.keys()]) if (key.includes('/index/')) files.delete(key);

      const again = callOk(await world.open(home));
      const listed = await again('relationships:list', { includeArchived: true });
      expect(listed.map((p) => p.id).sort()).toEqual([sam, ana].sort());
      expect(listed.filter((p) => p.name === 'Ana Silva')).toHaveLength(1);
      const got = await home.core!.call('journals:get', { relationshipId: sam });
      expect(got).toMatchObject({ ok: false, code: 'damaged' });
      expect((await again('journals:get', { relationshipId: ana })).monitoringNotes.map((n) => n.note)).toEqual(['Ana one', 'Ana two', 'Ana three']);
    });
  }
});
