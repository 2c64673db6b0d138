/**
 * Home keeps its verdicts from one start to the next until `verdictSteadyUntil` says one may read
 * differently (store/home-rows.ts). That is only safe if no verdict changes before that moment: for
 * random histories and moments, the verdict at any moment up to it (the last millisecond before it
 * included, where a missed window would show) is the verdict read at the start, word for word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verdictFromInputs, verdictInputsOf } from '../../../src/core/logic/trust-inputs';
import { verdictSteadyUntil } from '../../../src/core/logic/verdict-horizon';
import { DAY_MS } from '../../../src/core/logic/verdict-time';
import { BASE, historyFrom, historySizes } from './random-history';

const RUNS = Number(process.env.MEND_HORIZON_RUNS ?? 1500);

describe('a verdict stays as it reads until verdictSteadyUntil', () => {
  it(`holds over ${RUNS} random histories, at the last millisecond before it and at random moments`, () => {
    const held: number[] = [];
    fc.assert(
      fc.property(fc.integer(), historySizes, fc.integer({ min: -420 * 1440, max: 420 * 1440 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, size, minutes, where) => {
        const inputs = verdictInputsOf(historyFrom(seed, size));
        const now = BASE + minutes * 60_000 + (seed & 0xffff);
        const until = verdictSteadyUntil(inputs, now);
        expect(until).toBeGreaterThan(now);
        const last = Number.isFinite(until) ? until - 1 : now + 5_000 * DAY_MS;
        const verdict = verdictFromInputs(inputs, new Date(now));
        for (const moment of [now + 1, last, now + Math.floor(where * (last - now))]) {
          expect(verdictFromInputs(inputs, new Date(moment))).toEqual(verdict);
        }
        held.push((last - now) / 3_600_000);
      }),
      { numRuns: RUNS, seed: 1312 },
    );
    held.sort((a, b) => a - b);
    console.log(`verdict horizon checked on ${held.length} random histories; hours it held: median ${held[held.length >> 1]!.toFixed(1)}`);
  }, 120_000);

  it('moves on at the moment a stamp leaves a window', () => {
    // One check 90 days before now leaves the summary's direction window exactly then.
    const at = Date.UTC(2026, 5, 1, 9);
    const inputs = {
      incidents: [], resolved: [], monitoring: [], lastCheckAt: null,
      checks: [{ at: new Date(at).toISOString(), ratings: { reliability: 5, competence: 5, sincerity: 5, care: 5, reliance: 5 }, activation: 0, sourceNamed: false }],
    };
    expect(verdictSteadyUntil(inputs, at + 10 * DAY_MS)).toBe(at + 30 * DAY_MS);
    expect(verdictSteadyUntil(inputs, at + 89 * DAY_MS)).toBe(at + 90 * DAY_MS);
    expect(verdictSteadyUntil(inputs, at + 90 * DAY_MS)).toBe(Number.POSITIVE_INFINITY);
    expect(verdictSteadyUntil(inputs, at - 1)).toBe(at);
  });
});
