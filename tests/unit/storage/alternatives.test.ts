import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { callOk, callResult, type Value } from '../../support/typed-call';
import { testPlatform } from '../../support/memory-file-store';
import { pair, SyncWorld, type SimDevice } from '../../support/sync-sim';

/** Texts two computers changed at once: listed with both versions, kept or dropped, and every computer ends the same. */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: 'first notes' };

/** Home and work both change Sam's notes without seeing each other's change, then sync both ways. */
async function concurrentNotes(): Promise<{ world: SyncWorld; home: SimDevice; work: SimDevice; id: string }> {
  const world = new SyncWorld(['home', 'work']);
  const [home, work] = pair(world);
  home.name = 'Home laptop';
  work.name = 'Work laptop';
  const { id } = await callOk(await world.open(home))('relationships:create', sam);
  world.transfer(home, work);
  await world.open(work);
  await callOk(home.core!)('relationships:update', { id, ...sam, notes: 'Written at home' });
  await callOk(work.core!)('relationships:update', { id, ...sam, notes: 'Written at work, later' });
  world.transfer(home, work);
  world.transfer(work, home);
  await world.open(home);
  await world.open(work);
  return { world, home, work, id };
}

const INCIDENT = {
  title: 'Missed the Acme deadline', occurredAt: '2026-11-20T16:00:00.000Z', facts: 'The report was due Friday and arrived Monday.',
  impact: '', domains: ['reliability' as const], causes: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 5 },
  stability: 3, status: 'open' as const,
};

const notesOf = async (core: Core, id: string) => (await callOk(core)('journals:get', { relationshipId: id })).relationship.notes;

describe('alternatives:list and alternatives:resolve', () => {
  it('lists the version that did not win beside the one shown, with each computer\'s name and time', async () => {
    const { home, work, id } = await concurrentNotes();
    for (const d of [home, work]) {
      const list: Value<'alternatives:list'> = await callOk(d.core!)('alternatives:list', { relationshipId: id });
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({
        record: 'relationship', collection: null, recordId: null, field: 'notes',
        shown: { text: 'Written at work, later', device: 'Work laptop', thisComputer: d === work },
        other: { text: 'Written at home', device: 'Home laptop', thisComputer: d === home },
      });
      expect(Date.parse(list[0]!.other.at)).toBeLessThan(Date.parse(list[0]!.shown.at));
    }
  });

  it('keep: the other version becomes the text on both computers, and neither offers a choice any more', async () => {
    const { world, home, work, id } = await concurrentNotes();
    const [alt] = await callOk(home.core!)('alternatives:list', { relationshipId: id });
    const { remaining } = await callOk(home.core!)('alternatives:resolve', { relationshipId: id, record: alt!.record, field: alt!.field, version: alt!.version, choice: 'keep' });
    expect(remaining).toEqual([]);
    expect(await notesOf(home.core!, id)).toBe('Written at home');
    world.transfer(home, work);
    const w = await world.open(work);
    expect(await notesOf(w, id)).toBe('Written at home');
    expect(await callOk(w)('alternatives:list', { relationshipId: id })).toEqual([]);
    // And after a restart of the computer that chose (its log is read again from disk).
    const h = await world.open(home);
    expect(await notesOf(h, id)).toBe('Written at home');
    expect(await callOk(h)('alternatives:list', { relationshipId: id })).toEqual([]);
  });

  it('drop: the shown text stays, the other version goes, on both computers', async () => {
    const { world, home, work, id } = await concurrentNotes();
    const [alt] = await callOk(work.core!)('alternatives:list', { relationshipId: id });
    await callOk(work.core!)('alternatives:resolve', { relationshipId: id, record: alt!.record, field: alt!.field, version: alt!.version, choice: 'drop' });
    world.transfer(work, home);
    for (const d of [home, work]) {
      const core = await world.open(d);
      expect(await notesOf(core, id)).toBe('Written at work, later');
      expect(await callOk(core)('alternatives:list', { relationshipId: id })).toEqual([]);
    }
  });

  it('both computers choosing differently at once still end identical (the later choice wins, nothing is lost)', async () => {
    const { world, home, work, id } = await concurrentNotes();
    const [alt] = await callOk(home.core!)('alternatives:list', { relationshipId: id });
    const pick = { relationshipId: id, record: alt!.record, field: alt!.field, version: alt!.version };
    await callOk(home.core!)('alternatives:resolve', { ...pick, choice: 'keep' });
    await callOk(work.core!)('alternatives:resolve', { ...pick, choice: 'drop' });
    world.transfer(home, work);
    world.transfer(work, home);
    const seen = [];
    for (const d of [home, work]) {
      const core = await world.open(d);
      seen.push({ notes: await notesOf(core, id), alts: (await callOk(core)('alternatives:list', { relationshipId: id })).map((a) => [a.shown.text, a.other.text]) });
    }
    expect(seen[0]).toEqual(seen[1]);
    expect([seen[0]!.notes, ...seen[0]!.alts.flat()]).toContain('Written at work, later');
  });

  it('settles a text in a list (an incident\'s facts) the same way, and the choice survives a restart', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await callOk(await world.open(home))('relationships:create', sam);
    const incident = { relationshipId: id, ...INCIDENT };
    const made = await callOk(home.core!)('incidents:create', incident);
    world.transfer(home, work);
    await world.open(work);
    await callOk(home.core!)('incidents:update', { ...incident, id: made.id, facts: 'It came in on Monday morning.' });
    await callOk(work.core!)('incidents:update', { ...incident, id: made.id, facts: 'It arrived Monday, after I asked twice.' });
    world.transfer(home, work);
    world.transfer(work, home);
    const h = await world.open(home);
    const [alt] = await callOk(h)('alternatives:list', { relationshipId: id });
    expect(alt).toMatchObject({ record: `incidents/${made.id}`, collection: 'incidents', recordId: made.id, field: 'facts' });
    const keep = alt!.other.text;
    await callOk(h)('alternatives:resolve', { relationshipId: id, record: alt!.record, field: 'facts', version: alt!.version, choice: 'keep' });
    world.transfer(home, work);
    for (const d of [home, work]) {
      const core = await world.open(d);
      expect((await callOk(core)('journals:get', { relationshipId: id })).incidents[0]!.facts).toBe(keep);
      expect(await callOk(core)('alternatives:list', { relationshipId: id })).toEqual([]);
    }
  });

  it('refuses an unknown record, field or version with not-found naming it, and writes nothing', async () => {
    const { home, id } = await concurrentNotes();
    const [alt] = await callOk(home.core!)('alternatives:list', { relationshipId: id });
    const pick = { relationshipId: id, record: alt!.record, field: alt!.field, version: alt!.version, choice: 'keep' as const };
    const appendsBefore = home.files.appends;
    const writesBefore = home.files.writes;
    for (const [wrong, field] of [[{ record: 'meetingNotes/nope' }, 'record'], [{ field: 'role' }, 'field'], [{ version: '2026-12-01T09:00:00.000Z-0000-ffffffffffffffff' }, 'version']] as const) {
      const result = await callResult(home.core!)('alternatives:resolve', { ...pick, ...wrong });
      expect(result).toMatchObject({ ok: false, code: 'not-found', field });
    }
    expect(await callResult(home.core!)('alternatives:resolve', { ...pick, relationshipId: 'no-such-person' })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await callResult(home.core!)('alternatives:resolve', { ...pick, choice: 'maybe' } as never)).toMatchObject({ ok: false, code: 'invalid-input' });
    expect([home.files.appends, home.files.writes]).toEqual([appendsBefore, writesBefore]);
    expect(await notesOf(home.core!, id)).toBe('Written at work, later');
    expect(await callOk(home.core!)('alternatives:list', { relationshipId: id })).toHaveLength(1);
  });

  it('a computer that never named itself shows as "another computer"', async () => {
    const { world, home, work, id } = await concurrentNotes();
    home.files.files.delete(`devices/${work.id}.json`);
    const core = await openCore({ files: home.files, platform: testPlatform().platform, newId: () => 'x', now: () => new Date(world.wall), device: { id: home.id, name: home.name } });
    home.files.files.delete(`devices/${work.id}.json`);
    const [alt] = await callOk(core)('alternatives:list', { relationshipId: id });
    expect(alt!.shown.device).toBe('another computer');
    expect(alt!.other.device).toBe('Home laptop');
  });
});

describe('journal-changed events', () => {
  it('tells the page which journal another computer changed, with its id only', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await callOk(await world.open(home))('relationships:create', sam);
    world.transfer(home, work);
    const w = await world.open(work);
    const events: [string, unknown][] = [];
    let stopped = false;
    await openCore({
      files: home.files, platform: testPlatform().platform, newId: () => 'x', now: () => new Date(world.wall),
      device: { id: home.id, name: home.name },
      watch: { everyMs: 30, later: (run, ms) => void (stopped || setTimeout(run, ms)) },
      onEvent: (kind, payload) => events.push([kind, payload]),
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(events).toEqual([]); // nothing changed elsewhere yet
    await callOk(w)('relationships:update', { id, ...sam, notes: 'from work' });
    world.transfer(work, home);
    const started = Date.now();
    while (events.length === 0 && Date.now() - started < 2000) await new Promise((r) => setTimeout(r, 20));
    stopped = true;
    expect(events).toEqual([['journal-changed', { relationshipId: id }]]);
  });

  it('tells the computer whose words won too: its journal reads the same, but now offers the other version', async () => {
    const world = new SyncWorld(['home', 'work']);
    const [home, work] = pair(world);
    const { id } = await callOk(await world.open(home))('relationships:create', sam);
    world.transfer(home, work);
    const w = await world.open(work);
    const events: [string, unknown][] = [];
    let stopped = false;
    // Home has the page open (its core watching), and writes last: its words are the ones shown.
    const h = await openCore({
      files: home.files, platform: testPlatform().platform, newId: () => 'x', now: () => new Date((world.wall += 7)),
      device: { id: home.id, name: home.name },
      watch: { everyMs: 30, later: (run, ms) => void (stopped || setTimeout(run, ms)) },
      onEvent: (kind, payload) => events.push([kind, payload]),
    });
    await callOk(w)('relationships:update', { id, ...sam, notes: 'Written at work' });
    await callOk(h)('relationships:update', { id, ...sam, notes: 'Written at home, later' });
    world.transfer(work, home);
    const started = Date.now();
    while (events.length === 0 && Date.now() - started < 2000) await new Promise((r) => setTimeout(r, 20));
    stopped = true;
    expect(await notesOf(h, id)).toBe('Written at home, later');
    expect(await callOk(h)('alternatives:list', { relationshipId: id })).toHaveLength(1);
    expect(events).toEqual([['journal-changed', { relationshipId: id }]]);
  });
});
