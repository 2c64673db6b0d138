/**
 * Attacks on Home's kept rows (store/home-rows.ts): every Home must equal one worked out afresh from the
 * index at the same moment, across deletes, restores, archiving, renames, restored versions, clock games,
 * zone changes, races and the `first` parameter.
 */
import { describe, expect, it } from 'vitest';
import { buildHome, type HomeData } from '../../../src/core/logic/home';
import type { RelationshipSummary } from '../../../src/core/model/index-file';
import { openCore } from '../../../src/core/open-core';
import { fromWire } from '../../../src/core/store/index-wire';
import { SUMMARY_VERSION } from '../../../src/core/store/summarize';
import { callOk } from '../../support/typed-call';
import { MemoryFileStore, testPlatform } from '../../support/memory-file-store';
import { DAY, NOW, readIndex, trustWorld, type TrustWorld } from '../trust/world';
import { person, ratings, restoreZoneAfterEach, ROWS } from './rows-world';

restoreZoneAfterEach();
async function checkAt(w: TrustWorld, relationshipId: string, at: string, level: number, activation: 0 | 2 = 0): Promise<void> {
  await w.ok('checks:create', { relationshipId, at, ratings: ratings(level), evidence: 'Seen.', interpretation: '', activation, emotion: '', source: '', debriefId: null });
}
async function check(w: TrustWorld, relationshipId: string, daysAgo: number, level: number): Promise<void> {
  await checkAt(w, relationshipId, new Date(w.clock.now.getTime() - daysAgo * DAY).toISOString(), level);
}
async function incident(w: TrustWorld, relationshipId: string, daysAgo: number): Promise<void> {
  await w.ok('incidents:create', {
    relationshipId, title: 'Missed the deadline', occurredAt: new Date(w.clock.now.getTime() - daysAgo * DAY).toISOString(), facts: 'Late.', impact: '',
    domains: ['reliability'], causes: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: 3, status: 'open',
  });
}

const fresh = (w: TrustWorld): HomeData['people'] => buildHome(readIndex(w.files).relationships as unknown as RelationshipSummary[], w.clock.now).people;

/** Home as the core shows it equals Home worked out afresh from the index on disk. */
async function expectFresh(w: TrustWorld, label: string): Promise<HomeData['people']> {
  const shown = (await w.ok('home:get', {})).people;
  await w.core.settled?.();
  expect(shown, label).toEqual(fresh(w));
  return shown;
}

async function restart(w: TrustWorld): Promise<void> {
  await w.core.settled?.();
  w.core = await w.reopen();
}

/** Sam with a repairing history (an incident and cool checks) and Ada with a plain one. */
async function twoPeople(w: TrustWorld): Promise<{ sam: string; ada: string }> {
  const sam = await person(w, 'Sam');
  const ada = await person(w, 'Ada');
  await incident(w, sam, 50);
  for (const [d, l] of [[45, 2], [35, 3], [25, 4], [10, 5]] as const) await check(w, sam, d, l);
  for (const [d, l] of [[80, 5], [40, 4], [5, 3]] as const) await check(w, ada, d, l);
  return { sam, ada };
}

describe('kept Home rows follow every change to a person', () => {
  it('shows a fresh Home after a person is deleted and restored from trash, and after a restart', async () => {
    const w = await trustWorld();
    const { sam } = await twoPeople(w);
    await expectFresh(w, 'before');
    await restart(w);
    await expectFresh(w, 'after restart');
    await w.ok('relationships:delete', { id: sam });
    await expectFresh(w, 'after delete');
    w.clock.now = new Date(w.clock.now.getTime() + 20 * DAY);
    const trash = await w.ok('trash:list', {});
    const back = await w.ok('trash:restore', { file: trash[0]!.file });
    const shown = await expectFresh(w, 'after restore');
    expect(shown.some((p) => p.id === back.id || p.id === sam)).toBe(true);
    await restart(w);
    await expectFresh(w, 'after restore and restart');
    w.clock.now = new Date(w.clock.now.getTime() + 50 * DAY);
    await restart(w);
    await expectFresh(w, 'after restore, restart, 50 days on');
  });

  it('shows a fresh Home after archiving, un-archiving and renaming, and after restarts', async () => {
    const w = await trustWorld();
    const { sam, ada } = await twoPeople(w);
    await expectFresh(w, 'before');
    await w.ok('relationships:archive', { id: sam, archived: true });
    await expectFresh(w, 'archived');
    await restart(w);
    await expectFresh(w, 'archived, restarted');
    await w.ok('relationships:archive', { id: sam, archived: false });
    await w.ok('relationships:update', { id: ada, name: 'Aaron', role: 'lead', kind: 'peer', started: null, notes: '' });
    await expectFresh(w, 'unarchived, renamed');
    await restart(w);
    const shown = await expectFresh(w, 'unarchived, renamed, restarted');
    expect(shown.find((p) => p.id === ada)!.name).toBe('Aaron');
  });

  it('shows a fresh Home after a commitment is resolved, deleted and restored (Undo), and after restarts', async () => {
    const w = await trustWorld();
    const { sam } = await twoPeople(w);
    const made: string[] = [];
    for (const due of ['2026-05-10', '2026-05-20', '2026-05-25']) {
      const c = await w.ok('commitments:create', { relationshipId: sam, owner: 'them', text: 'Send the plan', dueAt: due, debriefId: null });
      made.push(c.id);
    }
    for (const id of made) await w.ok('commitments:resolve', { relationshipId: sam, id, status: 'missed', note: '', resolvedAt: null });
    await expectFresh(w, 'resolved');
    await restart(w);
    await expectFresh(w, 'resolved, restarted');
    const removed = await w.ok('commitments:delete', { relationshipId: sam, id: made[0]! });
    await expectFresh(w, 'deleted');
    await restart(w);
    await expectFresh(w, 'deleted, restarted');
    await w.ok('commitments:restore', { relationshipId: sam, commitment: removed });
    await expectFresh(w, 'restored');
    await restart(w);
    await expectFresh(w, 'restored, restarted');
  });
});

describe('kept Home rows and the clock', () => {
  it('shows a fresh Home with the clock far in the future and far in the past, across restarts', async () => {
    const w = await trustWorld();
    await twoPeople(w);
    await expectFresh(w, 'now');
    for (const at of ['2100-01-01T00:00:00.000Z', '1990-01-01T00:00:00.000Z', '2026-06-01T12:00:00.000Z', '2026-06-01T11:59:59.999Z', '2275-01-01T00:00:00.000Z']) {
      w.clock.now = new Date(at);
      await expectFresh(w, `${at} before restart`);
      await restart(w);
      await expectFresh(w, `${at} after restart`);
    }
  });

  it('shows a fresh Home once a check dated in the future has come to pass, with and without a restart', async () => {
    const w = await trustWorld();
    const sam = await person(w, 'Sam');
    for (const d of [40, 30, 20]) await check(w, sam, d, 5);
    // Future checks (made while the clock ran ahead, then put right): low scores that change the level once past.
    w.clock.now = new Date(NOW.getTime() + 4 * DAY);
    await checkAt(w, sam, new Date(NOW.getTime() + 2 * DAY).toISOString(), 1);
    await checkAt(w, sam, new Date(NOW.getTime() + 3 * DAY).toISOString(), 1);
    await checkAt(w, sam, new Date(NOW.getTime() + 4 * DAY).toISOString(), 1);
    w.clock.now = NOW;
    await expectFresh(w, 'before they come');
    await restart(w);
    await expectFresh(w, 'before they come, restarted');
    w.clock.now = new Date(NOW.getTime() + 2 * DAY);
    await expectFresh(w, 'exactly at the first');
    w.clock.now = new Date(NOW.getTime() + 5 * DAY);
    await restart(w);
    await expectFresh(w, 'after all of them, restarted');
  });

  it('shows a fresh Home when the zone changes between restarts (bare-day stamps read in each zone)', async () => {
    process.env['TZ'] = 'UTC';
    const w = await trustWorld(new Date('2026-06-01T23:30:00.000Z'));
    const sam = await person(w, 'Sam');
    for (const [d, l] of [[80, 5], [70, 5], [50, 4], [20, 4]] as const) await check(w, sam, d, l);
    // Bare-day due dates (their moment is local midnight): the window of 60 days is zone-dependent.
    // 2026-04-02 + 60 days is 2026-06-01: whether it still counts at 23:30 UTC depends on the zone.
    for (const due of ['2026-04-02', '2026-04-03', '2026-04-10', '2026-05-30', '2026-06-01']) {
      const c = await w.ok('commitments:create', { relationshipId: sam, owner: 'them', text: 'Send the plan', dueAt: due, debriefId: null });
      await w.ok('commitments:resolve', { relationshipId: sam, id: c.id, status: due < '2026-04-05' ? 'missed' : 'kept', note: '', resolvedAt: null });
    }
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata']) {
      process.env['TZ'] = tz;
      await expectFresh(w, `${tz} before restart`);
      await restart(w);
      await expectFresh(w, `${tz} after restart`);
    }
  });
});

describe('kept Home rows and calls that overlap', () => {
  it('two Home calls at once both show a fresh Home, and so does the next start', async () => {
    const w = await trustWorld();
    await twoPeople(w);
    const [a, b] = await Promise.all([w.ok('home:get', {}), w.ok('home:get', {})]);
    await w.core.settled?.();
    expect(a.people).toEqual(fresh(w));
    expect(b.people).toEqual(fresh(w));
    await restart(w);
    await expectFresh(w, 'restarted');
  });

  it('a save landing while Home is being worked out shows in the next Home, and after a restart', async () => {
    const w = await trustWorld();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await person(w, `P${i}`));
    for (const id of ids) for (const d of [40, 30, 20]) await check(w, id, d, 5);
    await restart(w);
    const pending = w.ok('home:get', {});
    // Lands while Home is between slices (or before it starts).
    await incident(w, ids[0]!, 1);
    await check(w, ids[0]!, 0.5, 1);
    await pending;
    await w.core.settled?.();
    await expectFresh(w, 'next Home');
    await restart(w);
    await expectFresh(w, 'after restart');
  });

  it('a Home with `first` then a full one, then a restart, all show a fresh Home', async () => {
    const w = await trustWorld();
    const { sam } = await twoPeople(w);
    const firstOnly = await w.ok('home:get', { first: 1 });
    await w.core.settled?.();
    expect(firstOnly.people).toEqual(fresh(w).slice(0, 1));
    await check(w, sam, 0, 1);
    await w.ok('home:get', { first: 1 });
    await expectFresh(w, 'full');
    await restart(w);
    const again = await w.ok('home:get', { first: 2 });
    expect(again.people).toEqual(fresh(w).slice(0, 2));
    await expectFresh(w, 'full after restart');
  });

  it('writes no notes or evidence into the rows file', async () => {
    const w = await trustWorld();
    const sam = await person(w, 'Sam');
    await w.ok('relationships:update', { id: sam, name: 'Sam', role: '', kind: 'peer', started: null, notes: 'SECRET NOTE' });
    await checkAt(w, sam, new Date(NOW.getTime() - DAY).toISOString(), 3);
    await w.ok('home:get', {});
    await w.core.settled?.();
    const text = Buffer.from(w.files.files.get(ROWS)!).toString('utf8');
    expect(text).not.toContain('SECRET NOTE');
    expect(text).not.toContain('Seen.');
  });
});

describe('kept Home rows with two computers on one folder', () => {
  it("shows computer B's change on computer A, after A restarts, as B shows it", async () => {
    const files = new MemoryFileStore();
    const clock = { now: NOW };
    let n = 0;
    const newId = () => `id-${(++n).toString().padStart(4, '0')}`;
    const open = (id: string) => openCore({ files, platform: testPlatform().platform, now: () => clock.now, newId, device: { id, name: id } });
    const A = 'aaaaaaaaaaaaaaaa';
    const B = 'bbbbbbbbbbbbbbbb';
    let a = await open(A);
    const sam = (await callOk(a)('relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: '' })).id;
    for (const d of [40, 30, 20]) {
      await callOk(a)('checks:create', { relationshipId: sam, at: new Date(NOW.getTime() - d * DAY).toISOString(), ratings: ratings(5), evidence: 'e', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null });
    }
    const homeA1 = await callOk(a)('home:get', {});
    await a.settled?.();
    expect(files.files.has(`devices/${A}/home-rows.json`)).toBe(true);
    const b = await open(B);
    await callOk(b)('incidents:create', {
      relationshipId: sam, title: 'Missed', occurredAt: new Date(NOW.getTime() - DAY).toISOString(), facts: 'Late.', impact: '',
      domains: ['reliability'], causes: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: 3, status: 'open',
    });
    for (const d of [0.5, 0.25]) {
      await callOk(b)('checks:create', { relationshipId: sam, at: new Date(NOW.getTime() - d * DAY).toISOString(), ratings: ratings(1), evidence: 'e', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null });
    }
    const homeB = await callOk(b)('home:get', {});
    await b.settled?.();
    expect(homeB.people[0]!.verdict).not.toEqual(homeA1.people[0]!.verdict);
    await a.settled?.();
    a = await open(A);
    const homeA2 = await callOk(a)('home:get', {});
    await a.settled?.();
    expect(homeA2.people).toEqual(homeB.people);
    // And as A's own index says.
    const own = [...files.files.entries()].filter(([p]) => p.startsWith(`devices/${A}/index/`));
    const summaries = own.flatMap(([, bytes]) => (fromWire(JSON.parse(Buffer.from(bytes).toString('utf8')).data, SUMMARY_VERSION)!.relationships as unknown as RelationshipSummary[]));
    expect(homeA2.people).toEqual(buildHome(summaries, clock.now).people);
  });
});
