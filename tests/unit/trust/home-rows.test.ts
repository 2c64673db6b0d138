/**
 * Home keeps its verdicts and sparklines from one start to the next (store/home-rows.ts). A kept row is
 * shown again only while it still reads as a fresh computation would: these tests change people, move
 * the clock both ways, change the zone and restart, and compare every Home with one worked out afresh
 * from the index; then they mark a kept row on disk to see exactly when it is, and is not, used.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildHome, type HomeData } from '../../../src/core/logic/home';
import type { RelationshipSummary } from '../../../src/core/model/index-file';
import { encodeEnvelope } from '../../../src/core/store/envelope';
import { DAY, readIndex, trustWorld, type TrustWorld } from './world';
import { shardOf } from '../../../src/core/model/index-file';
import { person, ratings, restoreZoneAfterEach, ROWS } from '../home-rows/rows-world';

const RUNS = Number(process.env.MEND_HOME_ROWS_RUNS ?? 300);
restoreZoneAfterEach();

async function check(w: TrustWorld, relationshipId: string, daysAgo: number, level: number, activation: 0 | 2 = 0): Promise<void> {
  const at = new Date(w.clock.now.getTime() - daysAgo * DAY).toISOString();
  await w.ok('checks:create', { relationshipId, at, ratings: ratings(level), evidence: 'Seen.', interpretation: '', activation, emotion: '', source: '', debriefId: null });
}

async function incident(w: TrustWorld, relationshipId: string, daysAgo: number): Promise<void> {
  await w.ok('incidents:create', {
    relationshipId, title: 'Missed the deadline', occurredAt: new Date(w.clock.now.getTime() - daysAgo * DAY).toISOString(), facts: 'Late.', impact: '',
    domains: ['reliability'], causes: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: 3, status: 'open',
  });
}

/** Home's people as the core answers, and as worked out afresh from the index at the same moment. */
async function bothHomes(w: TrustWorld): Promise<{ shown: HomeData['people']; fresh: HomeData['people'] }> {
  const shown = (await w.ok('home:get', {})).people;
  await w.core.settled?.();
  const fresh = buildHome(readIndex(w.files).relationships as unknown as RelationshipSummary[], w.clock.now).people;
  return { shown, fresh };
}

/** The rows file as written, and a way to write it back changed (with a checksum that matches). */
function keptRows(w: TrustWorld): { data: { code: string; zone: string; rows: Record<string, { from: number; until: number | null; verdict: { label: string } }> }; put(): void } {
  const bytes = w.files.files.get(ROWS);
  if (!bytes) throw new Error('no kept rows');
  const { data } = JSON.parse(Buffer.from(bytes).toString('utf8'));
  const put = () => w.files.files.set(ROWS, encodeEnvelope({ kind: 'index', version: 1, schema: z.any(), migrations: {}, indent: 0, ascii: true }, data));
  return { data, put };
}

/** Marks one person's kept verdict, so a Home that shows the mark shows the kept row. */
async function markKept(w: TrustWorld, id: string): Promise<void> {
  await w.ok('home:get', {});
  await w.core.settled?.();
  const kept = keptRows(w);
  kept.data.rows[id]!.verdict.label = 'KEPT ROW';
  kept.put();
  w.core = await w.reopen();
}

const labelOf = async (w: TrustWorld, id: string) => (await w.ok('home:get', {})).people.find((p) => p.id === id)!.verdict.label;

describe('Home keeps its rows from one start to the next', () => {
  it(`shows what a fresh computation shows over ${RUNS} rounds of changes, clock moves and restarts`, async () => {
    const w = await trustWorld();
    const ids = [await person(w, 'Sam'), await person(w, 'Ada'), await person(w, 'Lee'), await person(w, 'Kim')];
    let state = 20_261_204;
    const rand = () => ((state = (state * 1_103_515_245 + 12_345) >>> 0) / 4_294_967_296);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const counts = { restarts: 0, back: 0, compared: 0 };
    for (let round = 0; round < RUNS; round++) {
      const roll = rand();
      const who = pick(ids);
      if (roll < 0.35) await check(w, who, Math.floor(rand() * 120), 1 + Math.floor(rand() * 7), rand() < 0.2 ? 2 : 0);
      else if (roll < 0.4) await incident(w, who, Math.floor(rand() * 60));
      else if (roll < 0.5) await w.ok('monitoring-notes:create', { relationshipId: who, at: w.clock.now.toISOString(), kind: 'other', note: '' });
      // The clock: mostly forward (minutes to weeks), sometimes back (a wrong clock corrected).
      const step = rand() < 0.15 ? -Math.floor(rand() * 20 * DAY) : Math.floor(rand() ** 3 * 40 * DAY);
      if (step < 0) counts.back++;
      w.clock.now = new Date(w.clock.now.getTime() + step);
      if (rand() < 0.4) {
        w.core = await w.reopen();
        counts.restarts++;
      }
      const { shown, fresh } = await bothHomes(w);
      expect(shown, `round ${round}`).toEqual(fresh);
      counts.compared++;
    }
    console.log(`kept Home rows: ${counts.compared} Homes compared with a fresh one (${counts.restarts} restarts, ${counts.back} clock moves back)`);
  }, 60_000);

  it('shows a kept row after a restart at the same moment, and after time that moves nothing', async () => {
    const w = await trustWorld();
    const sam = await person(w, 'Sam');
    for (const daysAgo of [40, 30, 20]) await check(w, sam, daysAgo, 4);
    await markKept(w, sam);
    expect(await labelOf(w, sam)).toBe('KEPT ROW');
    const until = keptRows(w).data.rows[sam]!.until!;
    w.clock.now = new Date(until - 1);
    expect(await labelOf(w, sam)).toBe('KEPT ROW');
  });

  it('works the row out again once its moment has passed, or the clock was put back before it was kept', async () => {
    const w = await trustWorld();
    const sam = await person(w, 'Sam');
    for (const daysAgo of [40, 30, 20]) await check(w, sam, daysAgo, 4);
    await markKept(w, sam);
    const { from, until } = keptRows(w).data.rows[sam]!;
    w.clock.now = new Date(until!);
    expect(await labelOf(w, sam)).not.toBe('KEPT ROW');
    await markKept(w, sam);
    w.clock.now = new Date(keptRows(w).data.rows[sam]!.from - 1);
    expect(from).toBeLessThanOrEqual(until!);
    expect(await labelOf(w, sam)).not.toBe('KEPT ROW');
  });

  it("works a person's row out again when their summary changed, and keeps everyone else's", async () => {
    const w = await trustWorld();
    const sam = await person(w, 'Sam');
    // Someone whose index shard is not Sam's: a save rewrites only its own shard.
    let ada = await person(w, 'Ada');
    while (shardOf(ada) === shardOf(sam)) ada = await person(w, 'Ada');
    for (const id of [sam, ada]) for (const daysAgo of [40, 30, 20]) await check(w, id, daysAgo, 4);
    await w.ok('home:get', {});
    await w.core.settled?.();
    const kept = keptRows(w);
    kept.data.rows[sam]!.verdict.label = 'KEPT ROW';
    kept.data.rows[ada]!.verdict.label = 'KEPT ROW';
    kept.put();
    w.core = await w.reopen();
    await check(w, sam, 1, 2);
    await w.core.settled?.();
    expect(await labelOf(w, sam)).not.toBe('KEPT ROW');
    expect(await labelOf(w, ada)).toBe('KEPT ROW');
  });

  it('works every row out again in another zone, or when another version of Mend kept them', async () => {
    process.env['TZ'] = 'UTC';
    const w = await trustWorld();
    const sam = await person(w, 'Sam');
    for (const daysAgo of [40, 30, 20]) await check(w, sam, daysAgo, 4);
    await markKept(w, sam);
    process.env['TZ'] = 'Asia/Tokyo';
    expect(await labelOf(w, sam)).not.toBe('KEPT ROW');
    process.env['TZ'] = 'UTC';
    await markKept(w, sam);
    const kept = keptRows(w);
    kept.data.code = 'another version';
    kept.put();
    w.core = await w.reopen();
    expect(await labelOf(w, sam)).not.toBe('KEPT ROW');
  });

  it('sets a damaged rows file aside, never overwriting it, and Home is whole', async () => {
    const w = await trustWorld();
    const sam = await person(w, 'Sam');
    await check(w, sam, 10, 5);
    await w.ok('home:get', {});
    await w.core.settled?.();
    const damaged = Uint8Array.from(w.files.files.get(ROWS)!);
    damaged[damaged.length - 10]! ^= 0x20;
    w.files.files.set(ROWS, damaged);
    w.core = await w.reopen();
    const { shown, fresh } = await bothHomes(w);
    expect(shown).toEqual(fresh);
    const aside = [...w.files.files.entries()].filter(([path]) => path.startsWith('damaged/home-rows-'));
    expect(aside.map(([, bytes]) => Buffer.from(bytes).equals(Buffer.from(damaged)))).toEqual([true]);
  });
});
