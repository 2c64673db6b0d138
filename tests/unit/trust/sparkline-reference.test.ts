import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/core/logic/home';
import { checkMean, isHotCheck } from '../../../src/core/logic/verdict-scores';
import type { TrustCheckInput, TrustInputs } from '../../../src/core/model/trust-inputs';
import { EMPTY_TRUST_INPUTS } from '../../../src/core/model/trust-inputs';

/**
 * Home's sparklines are read from the end of a person's checks when they are in moment order (the
 * index keeps them so), building nothing for the rest. They must be exactly what the whole-list way
 * gives: the reference below is that way, as it was before.
 */
function reference(trust: TrustInputs, count = 12) {
  const points: { check: TrustCheckInput; ms: number; mean: number }[] = [];
  for (const check of trust.checks) {
    const mean = checkMean(check);
    if (mean === null) continue;
    const ms = Date.parse(check.at);
    if (!Number.isFinite(ms)) continue;
    points.push({ check, ms, mean });
  }
  points.sort((a, b) => a.ms - b.ms);
  return points.slice(-count).map(({ check, mean }) => ({
    at: check.at, mean, hot: isHotCheck({ activation: check.activation, source: check.sourceNamed ? 'named' : '' }),
  }));
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('sparkline read from the end', () => {
  it('equals the whole-list reading on random check lists: sorted, shuffled, with ties, unscored and unreadable checks', () => {
    const budget = Date.now() + 1500;
    let lists = 0;
    for (let seed = 1; Date.now() < budget; seed++) {
      const next = random(seed);
      const n = Math.floor(next() * 40);
      const day = () => `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}T10:00:00.000Z`;
      const rating = () => (next() < 0.3 ? null : 1 + Math.floor(next() * 7));
      let checks: TrustCheckInput[] = Array.from({ length: n }, () => ({
        at: next() < 0.05 ? 'not a date' : day(),
        ratings: { reliability: rating(), competence: rating(), sincerity: rating(), care: rating(), reliance: rating() },
        activation: Math.floor(next() * 4),
        sourceNamed: next() < 0.2,
      }));
      // Mostly in order, as the index keeps them; sometimes not.
      if (next() < 0.7) checks = [...checks].sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0));
      const trust = { ...EMPTY_TRUST_INPUTS, checks };
      const count = 1 + Math.floor(next() * 14);
      expect(sparkline(trust, count), `seed ${seed}`).toEqual(reference(trust, count));
      lists++;
    }
    console.log(`sparkline: ${lists} random check lists against the whole-list reading`);
    expect(lists).toBeGreaterThan(200);
  });
});
