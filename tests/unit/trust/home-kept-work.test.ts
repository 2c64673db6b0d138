import { afterEach, describe, expect, it } from 'vitest';
import { buildHome } from '../../../src/core/logic/home';
import type { RelationshipSummary } from '../../../src/core/model/index-file';
import type { TrustCheckInput } from '../../../src/core/model/trust-inputs';

/**
 * Home keeps, per summary, the work that does not depend on `now` (each check's score and the
 * sparkline) from one call to the next. A later call, at another moment or in another zone, must give
 * exactly what a fresh computation gives.
 */
const zone = process.env['TZ'];
afterEach(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

const DAY = 86_400_000;
const BASE = Date.parse('2026-03-01T12:00:00.000Z');
const stamp = (days: number) => new Date(BASE + days * DAY).toISOString();
const check = (at: string, level: number, activation = 0): TrustCheckInput => ({
  at, activation, sourceNamed: false, ratings: { reliability: level, competence: level, sincerity: null, care: level, reliance: level },
});

function person(id: string, checks: TrustCheckInput[], incident: boolean): RelationshipSummary {
  const incidents = incident
    ? [{ id: `${id}-i`, occurredAt: stamp(10), status: 'open' as const, domains: ['reliability' as const], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 } }]
    : [];
  return {
    id, name: id, role: '', kind: 'peer', started: null, archived: false, createdAt: stamp(0), updatedAt: stamp(0), entries: checks.length,
    trust: { incidents, checks, resolved: [], monitoring: [], planned: [], lastCheckAt: checks.at(-1)?.at ?? null },
  };
}

/** People whose checks run from day 0 to day 90, some after an incident on day 10. */
function people(): RelationshipSummary[] {
  return [0, 1, 2, 3].map((n) =>
    person(`p${n}`, Array.from({ length: 16 }, (_, i) => check(stamp(i * 6 + n), 1 + ((i * 3 + n) % 7), i % 5 === 0 ? 2 : 0)), n % 2 === 0),
  );
}
const fresh = (list: RelationshipSummary[]) => structuredClone(list);

describe('Home keeps per-summary work between calls', () => {
  it('gives what a fresh computation gives at every moment, the clock moving forward and back', () => {
    const summaries = people();
    let compared = 0;
    for (const days of [-5, 20, 50, 95, 30, 12, 200, 11, 60]) {
      const now = new Date(BASE + days * DAY);
      expect(buildHome(summaries, now), `day ${days}`).toEqual(buildHome(fresh(summaries), now));
      compared++;
    }
    // The windows do move with the clock: the verdicts are not all the same.
    const kinds = new Set([-5, 20, 95].map((d) => JSON.stringify(buildHome(summaries, new Date(BASE + d * DAY)).people.map((p) => p.verdict))));
    expect(kinds.size).toBe(3);
    console.log(`Home kept work: ${compared} moments compared with a fresh computation`);
  });

  it('follows a change of zone: a stamp without a zone moves, and the sparkline with it', () => {
    // 10:00 local against 05:00 UTC the same day: after it in UTC, before it in Tokyo (01:00 UTC).
    const summaries = [person('z', [check('2026-03-04T05:00:00.000Z', 2), check('2026-03-04T10:00:00', 6)], false)];
    const now = new Date('2026-03-10T12:00:00.000Z');
    process.env['TZ'] = 'UTC';
    const utc = buildHome(summaries, now);
    expect(utc.people[0]!.spark.map((p) => p.mean)).toEqual([2, 6]);
    process.env['TZ'] = 'Asia/Tokyo';
    const tokyo = buildHome(summaries, now);
    expect(tokyo.people[0]!.spark.map((p) => p.mean)).toEqual([6, 2]);
    expect(tokyo).toEqual(buildHome(fresh(summaries), now));
  });
});
