/**
 * Issue 14.11: the verdict must not depend on where the computer is. The same story (the same local
 * wall-clock times, stamped the way the app stamps them, `now` at local midday) is replayed in several
 * time zones and must give the same verdict, the same counts and the same chart trend everywhere.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { computeVerdict } from '../../../src/core/logic/verdict';
import type { VerdictCheck, VerdictCommitment, VerdictInput } from '../../../src/core/logic/verdict';
import { fromLocalInput } from '../../../src/renderer/src/lib/dates';
import { buildChart } from '../../../src/renderer/src/features/trust-chart/chart-data';
import type { Journal } from '../../../src/core/model/journal';

const ZONES = ['Europe/London', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata'];
const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

/** A wall-clock moment as the date-time picker gives it, stored the way the app stores it. */
const at = (local: string): string => {
  const iso = fromLocalInput(local);
  if (iso === null) throw new Error(`unreadable ${local}`);
  return iso;
};
const check = (local: string, score: number): VerdictCheck => ({
  id: local, at: at(local), ratings: { reliability: score, reliance: score }, activation: 0, source: '',
});
const theirs = (status: VerdictCommitment['status'], dueDay: string, resolvedLocal: string): VerdictCommitment => ({
  owner: 'them', status, dueAt: dueDay, resolvedAt: at(resolvedLocal),
});

/**
 * Rising calm checks after a missed deadline on 1 March; now is 1 April at midday.
 * Two checks on 20 March (morning high, evening low) are the same local day, so they are never paired;
 * a commitment due today counts; two due 30 January are 61 local days back and does not.
 */
function story(): VerdictInput {
  return {
    incidents: [{ id: 'i', occurredAt: at('2026-03-01T09:00'), status: 'repairing', domains: ['reliability'], baseline: { reliability: 6, reliance: 6 } }],
    checks: [
      check('2026-03-02T09:00', 3),
      check('2026-03-09T09:00', 3.5),
      check('2026-03-16T09:00', 4),
      check('2026-03-20T08:00', 5),
      check('2026-03-20T20:30', 3),
      check('2026-03-23T09:00', 4.5),
      check('2026-03-31T21:00', 5),
    ],
    commitments: [
      theirs('kept', '2026-03-15', '2026-03-15T17:00'),
      theirs('kept', '2026-04-01', '2026-04-01T10:00'),
      theirs('missed', '2026-01-30', '2026-01-30T18:00'),
      theirs('missed', '2026-01-30', '2026-02-01T09:00'),
    ],
    monitoringNotes: [],
    now: new Date(2026, 3, 1, 12, 0, 0),
  };
}

/**
 * Three check-ins; the last two on the same local day (morning 4, evening 6). Never paired, they leave a
 * flat trend; paired (as when grouped by the UTC day, west of Greenwich) their 8 hours would swing it up.
 */
function sameDayStory(): VerdictInput {
  return {
    incidents: [{ id: 'i', occurredAt: at('2026-03-01T09:00'), status: 'repairing', domains: ['reliability'], baseline: { reliability: 7, reliance: 7 } }],
    checks: [check('2026-03-02T10:00', 5), check('2026-03-23T10:00', 4), check('2026-03-23T18:00', 6)],
    commitments: [theirs('kept', '2026-03-15', '2026-03-15T17:00'), theirs('kept', '2026-03-25', '2026-03-25T10:00')],
    monitoringNotes: [],
    now: new Date(2026, 3, 1, 12, 0, 0),
  };
}

describe('the verdict is the same in every time zone', () => {
  it(`groups check-ins by the local day in ${ZONES.length} zones`, () => {
    const seen = ZONES.map((zone) => {
      process.env.TZ = zone;
      return `${zone}: ${computeVerdict(sameDayStory()).label}`;
    });
    console.log(seen.join('; '));
    expect(seen).toEqual(ZONES.map((zone) => `${zone}: Steady — stalled`));
  });

  it(`gives one verdict for one story in ${ZONES.length} zones`, () => {
    const seen = ZONES.map((zone) => {
      process.env.TZ = zone;
      const v = computeVerdict(story());
      return { zone, label: v.label, kept: v.metrics.keptCount, resolved: v.metrics.resolvedCount, cool: v.metrics.coolChecks };
    });
    console.log(seen.map((s) => `${s.zone}: ${s.label} (${s.kept}/${s.resolved})`).join('; '));
    for (const s of seen) expect({ ...s, zone: '' }).toEqual({ zone: '', label: 'Recovering', kept: 2, resolved: 2, cool: 7 });
  });
});

describe('dates keep the leader\'s day', () => {
  it('stores a picked moment with the local offset, not as UTC', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(at('2026-03-23T18:00')).toBe('2026-03-23T18:00:00.000-07:00');
    process.env.TZ = 'Asia/Kolkata';
    expect(at('2026-03-23T18:00')).toBe('2026-03-23T18:00:00.000+05:30');
  });

  it(`draws the same chart trend in ${ZONES.length} zones`, () => {
    const slopes = ZONES.map((zone) => {
      process.env.TZ = zone;
      const input = sameDayStory();
      const journal = {
        incidents: input.incidents.map((i) => ({ ...i, title: 'Missed deadline' })),
        checks: input.checks,
        commitments: [],
      } as unknown as Journal;
      const trend = buildChart(journal, computeVerdict(input), input.now).trend;
      return trend === null ? null : Math.round(((trend.y2 - trend.y1) / (trend.x2 - trend.x1)) * 86_400_000 * 30 * 100) / 100;
    });
    console.log(`chart slopes per month: ${slopes.join(', ')}`);
    expect(new Set(slopes).size).toBe(1);
    expect(Math.abs(slopes[0] ?? 99)).toBeLessThan(0.3);
  });
});
