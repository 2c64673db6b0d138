import { describe, expect, it } from 'vitest';
import { SyncWorld } from '../../support/sync-sim';
import { callOk } from '../../support/typed-call';

/**
 * What the store could not read and left out is listed for the person (Settings → Computers), named by
 * person, computer and line, once however often the journal is read (the journal is read twice here). Before, the reports went nowhere in the app: a saved note whose line was damaged vanished unseen
 * (found by attack23-versions-recovery.spec.ts).
 */
const sam = { name: 'Sam Rivera', role: '', kind: 'peer' as const, started: null, notes: '' };
const note = (relationshipId: string, text: string) => ({ relationshipId, at: '2026-11-20T10:00:00.000Z', kind: 'other' as const, note: text });

describe('what Mend could not read', () => {
  for (const whose of ['this computer', 'another computer'] as const) {
    it(`lists a damaged line of ${whose}'s log once, by person, computer and line, and tells the page`, async () => {
      const world = new SyncWorld(['home', 'work'], 1000);
      const [home, work] = world.devices as [NonNullable<(typeof world.devices)[0]>, NonNullable<(typeof world.devices)[0]>];
      const { id } = await callOk(await world.open(home))('relationships:create', sam);
      const writer = whose === 'this computer' ? home : work;
      if (writer === work) world.transfer(home, work);
      const w = callOk(writer === home ? home.core! : await world.open(work));
      await w('monitoring-notes:create', note(id, 'one'));
      await w('monitoring-notes:create', note(id, 'two'));
      if (writer === work) world.transfer(work, home);
      const path = `logs/${id}.${writer.id}.log`;
      const text = new TextDecoder().decode(home.files.files.get(path)!).replace('"one"', '"0ne"');
      home.files.files.set(path, new TextEncoder().encode(text));

      const ok = callOk(await world.open(home));
      const notes = (await ok('journals:get', { relationshipId: id })).monitoringNotes.map((n) => n.note);
      expect(notes).toEqual(['two']);
      await ok('journals:get', { relationshipId: id });
      const problems = await ok('devices:read-problems', {});
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: path, reason: 'its checksum does not match', person: 'Sam Rivera', computer: writer.name, leftOut: true });
      expect(problems[0]!.line).toBeGreaterThan(0);
      // Left exactly as it is.
      expect(new TextDecoder().decode(home.files.files.get(path)!)).toBe(text);
    });
  }

  it('never repeats the text of a plain row that starts with "#" or "?" (a hand-edited log)', async () => {
    const world = new SyncWorld(['home'], 1000);
    const [home] = world.devices as [NonNullable<(typeof world.devices)[0]>];
    const ok = callOk(await world.open(home));
    const { id } = await ok('relationships:create', sam);
    await ok('monitoring-notes:create', note(id, 'one'));
    await home.core!.settled?.();
    const path = `logs/${id}.${home.id}.log`;
    const text = new TextDecoder().decode(home.files.files.get(path)!);
    home.files.files.set(path, new TextEncoder().encode(`${text}#Sam missed the client deadline again\n?and he knew\n`));
    const again = callOk(await world.open(home));
    await again('journals:get', { relationshipId: id });
    const said = JSON.stringify([await again('devices:read-problems', {}), world.reports]);
    expect(said).not.toMatch(/missed|client|deadline|he knew/);
    expect(said).toContain('it could not be read');
  });
});
