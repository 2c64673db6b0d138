import { afterEach, describe, expect, it } from 'vitest';
import { buildHome } from '../../../src/core/logic/home';
import { homeInSlices } from '../../../src/core/services/home';
import type { RelationshipSummary } from '../../../src/core/model/index-file';
import type { TrustCheckInput } from '../../../src/core/model/trust-inputs';

/**
 * Home's first call after opening worked out every person's verdict in one go: at L, 50–150 ms in
 * which main answered nothing else (a save, a search). It now hands the thread back between people
 * when a slice has run long, and must give exactly what one go gives.
 */
const DAY = 86_400_000;
const BASE = Date.parse('2026-03-01T12:00:00.000Z');
const stamp = (days: number) => new Date(BASE + days * DAY).toISOString();
const check = (at: string, level: number): TrustCheckInput => ({
  at, activation: level % 3 === 0 ? 2 : 0, sourceNamed: false, ratings: { reliability: level, competence: level, sincerity: null, care: level, reliance: level },
});

function person(n: number): RelationshipSummary {
  const checks = Array.from({ length: 12 }, (_, i) => check(stamp(i * 7 + n), 1 + ((i * 3 + n) % 7)));
  const incidents = n % 3 === 0
    ? [{ id: `p${n}-i`, occurredAt: stamp(20), status: 'open' as const, domains: ['reliability' as const], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 } }]
    : [];
  return {
    id: `p${n}`, name: `Person ${(n * 37) % 41}`, role: '', kind: 'peer', started: null, archived: n % 7 === 0, createdAt: stamp(0), updatedAt: stamp(0), entries: checks.length,
    trust: { incidents, checks, resolved: [], monitoring: [], planned: [], lastCheckAt: checks.at(-1)!.at },
  };
}

const zone = process.env['TZ'];
afterEach(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

const summaries = Array.from({ length: 40 }, (_, n) => person(n));
const now = new Date(BASE + 90 * DAY);

describe('Home in slices', () => {
  it('hands the thread back between people, and gives what one go gives', async () => {
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 0);
    try {
      const sliced = await homeInSlices(summaries, now, Infinity, 0);
      expect(sliced).toEqual(buildHome(structuredClone(summaries), now));
      // A slice of 0 ms pauses after every person: timers ran while Home was worked out.
      expect(ticks).toBeGreaterThan(10);
    } finally {
      clearInterval(ticking);
    }
  });

  it('lists only the first people asked for, with everyone counted, as one go does', async () => {
    const sliced = await homeInSlices(summaries, now, 5, 0);
    expect(sliced.people).toHaveLength(5);
    expect(sliced).toEqual(buildHome(structuredClone(summaries), now, 5));
  });

  it('does not pause at all when the work fits in one slice', async () => {
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 0);
    try {
      await homeInSlices(summaries.slice(0, 2), now, Infinity, 10_000);
      expect(ticks).toBe(0);
    } finally {
      clearInterval(ticking);
    }
  });

  it('starts again in one go when the zone changes between two slices', async () => {
    process.env['TZ'] = 'UTC';
    // 10:00 without a zone against 05:00 UTC the same day: after it in UTC, before it in Tokyo (01:00
    // UTC), so each person's sparkline is drawn in another order in each zone.
    const local = summaries.map((s) => {
      const checks = [check('2026-03-04T05:00:00.000Z', 2), check('2026-03-04T10:00:00', 6)];
      return { ...s, trust: { ...s.trust!, checks, lastCheckAt: checks[1]!.at } };
    });
    let ticks = 0;
    // The zone changes once Home is past everyone's check status and a few people's verdicts.
    const ticking = setInterval(() => {
      if (++ticks === summaries.length + 5) process.env['TZ'] = 'Asia/Tokyo';
    }, 0);
    try {
      const sliced = await homeInSlices(local, now, Infinity, 0);
      expect(process.env['TZ']).toBe('Asia/Tokyo');
      expect(sliced).toEqual(buildHome(structuredClone(local), now));
    } finally {
      clearInterval(ticking);
    }
  });
});
