import fc from 'fast-check';
import type { JournalParts } from '../../../src/core/logic/trust-inputs';
import { TRUST_DOMAINS } from '../../../src/core/model/trust-items';

/** The middle of every random history's moments. */
export const BASE = Date.UTC(2026, 0, 1, 12);

/**
 * Random histories from a seed (fast-check drives the seeds and the sizes; building the records by hand
 * is 20 times faster than composing arbitraries, which buys the run count). Up to 150 checks and 130
 * commitments, so every cap on the index's inputs is reached; moments within ±400 days of BASE.
 */
export function historyFrom(seed: number, size: { incidents: number; checks: number; commitments: number; notes: number }): JournalParts {
  let state = seed >>> 0;
  const rand = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const moment = () => new Date(BASE + int(-400 * 1440, 400 * 1440) * 60_000).toISOString();
  const rating = () => (rand() < 0.25 ? null : int(1, 7));
  const ratings = () => ({ reliability: rating(), competence: rating(), sincerity: rating(), care: rating(), reliance: rating() });
  const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
  return {
    incidents: times(size.incidents, (i) => ({
      id: `i${i}`, occurredAt: moment(), status: pick(['open', 'repairing', 'closed'] as const),
      domains: TRUST_DOMAINS.filter(() => rand() < 0.3), baseline: ratings(),
    })),
    checks: times(size.checks, (i) => ({ id: `c${i}`, at: moment(), ratings: ratings(), activation: int(0, 3), source: pick(['', 'the deadline']) })),
    commitments: times(size.commitments, () => ({
      owner: pick(['them', 'me'] as const), status: pick(['open', 'kept', 'renegotiated', 'late', 'missed'] as const),
      dueAt: rand() < 0.8 ? moment().slice(0, 10) : null, resolvedAt: rand() < 0.9 ? moment() : null,
    })),
    monitoringNotes: times(size.notes, () => ({ at: moment() })),
    preparations: [],
    debriefs: [],
  } as unknown as JournalParts;
}

/** Sizes that reach every cap on the index's inputs. */
export const historySizes = fc.record({
  incidents: fc.integer({ min: 0, max: 30 }),
  checks: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 40, max: 150 })),
  commitments: fc.integer({ min: 0, max: 130 }),
  notes: fc.integer({ min: 0, max: 40 }),
});
