/**
 * Issue 14.13: every figure a reason states must agree with the verdict (the short line and the "Why?").
 * Issue 15.7: the short line is one line of at most 15 words. A slope shown as "down 0.3 a
 * month" means declining; "90% of the way back" means restored; a level "at 5.0" reads as high. Metrics
 * are drawn near every threshold, where rounding bites, and each figure is read back out of the words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, recoveryRatio, verdictLabel } from '../../../src/core/logic/verdict-rules';
import { repairReason } from '../../../src/core/logic/verdict-reason';
import { SHORT_REASON_WORDS, countWords, shortRepairReason, shortSummaryReason } from '../../../src/core/logic/verdict-short';
import { summaryLabel, summaryReason } from '../../../src/core/logic/trust-level';
import { VERDICT_THRESHOLDS as T, atLeast, atMost, below } from '../../../src/core/logic/verdict-thresholds';
import type { VerdictMetrics } from '../../../src/core/logic/verdict-types';

const RUNS = 10_000;
/** A value at a threshold, nudged by less than one rounding step (or exactly on it). */
const near = (...marks: number[]) =>
  fc.tuple(fc.constantFrom(...marks), fc.constantFrom(-0.07, -0.05, -0.049, -1e-10, 0, 1e-10, 0.049, 0.05, 0.07), fc.double({ min: -0.01, max: 0.01, noNaN: true }))
    .map(([m, d, jitter]) => m + d + (d === 0 || Math.abs(d) < 1e-9 ? 0 : jitter));
const level = fc.oneof(near(3, 5, 4), fc.double({ min: 1, max: 7, noNaN: true }));

const metrics = fc
  .record({
    slope: fc.oneof(near(-0.3, 0.3, 0), fc.double({ min: -3, max: 3, noNaN: true })),
    kept: fc.integer({ min: 0, max: 8 }),
    extra: fc.integer({ min: 0, max: 4 }),
    low: level,
    lift: fc.oneof(near(0.5), fc.double({ min: 0, max: 4, noNaN: true })),
    ratio: fc.oneof(near(0.5, 0.9), fc.double({ min: 0, max: 1.2, noNaN: true })),
    cool: fc.oneof(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 0, max: 3 })),
    span: fc.oneof(fc.constant(30), fc.double({ min: 0, max: 40, noNaN: true })),
    early: fc.boolean(),
  })
  .map(({ slope, kept, extra, low, lift, ratio, cool, span, early }): VerdictMetrics => {
    const resolved = early ? Math.min(kept + extra, 1) : Math.max(2, kept + extra);
    const k = Math.min(kept, resolved);
    const nowLevel = low + lift;
    const baseline = ratio > 0 ? low + lift / ratio : null;
    return {
      coolChecks: cool, hotChecks: 0, spanDays: span, slopePer30: slope, keptRate: resolved === 0 ? null : k / resolved, keptCount: k, resolvedCount: resolved,
      low, nowLevel, baseline, recoveryRatio: recoveryRatio(nowLevel, low, baseline), monitoringLast30: 0, monitoringPrev30: 0,
    };
  });

/** Reads "up 0.6 a month" / "down 0.3 a month" / "flat" out of a sentence, as a signed number. */
function shownSlope(text: string): number | null {
  const m = /\b(up|down) (\d+\.\d) a month/.exec(text);
  if (m) return (m[1] === 'up' ? 1 : -1) * Number(m[2]);
  return /\bflat\b/.test(text) ? 0 : null;
}

function expectSlopeAgrees(text: string, slope: number): void {
  const shown = shownSlope(text);
  if (shown === null) return;
  expect(shown <= -0.3, `${text} (slope ${slope})`).toBe(atMost(slope, T.decliningSlope));
  expect(shown >= 0.3, `${text} (slope ${slope})`).toBe(atLeast(slope, T.recoveringSlope));
}

describe('reasons state figures that agree with the verdict', () => {
  it(`repair reasons, ${RUNS} metrics drawn near the thresholds`, () => {
    let checked = 0;
    fc.assert(
      fc.property(metrics, fc.constantFrom('reliability', 'trust'), (m, subject) => {
        const decision = decide(m, false);
        const short = shortRepairReason(decision, verdictLabel(decision), subject, m, null);
        expect(countWords(short), short).toBeLessThanOrEqual(SHORT_REASON_WORDS);
        expect(short).not.toMatch(/[\n.]$|NaN|undefined|Infinity/);
        const text = `${short}. ${repairReason(decision, verdictLabel(decision), subject, m, null)}`;
        expectSlopeAgrees(text, m.slopePer30!);
        const pct = /(\d+)% of the way back/.exec(text);
        if (pct && m.recoveryRatio !== null) {
          expect(Number(pct[1]) >= 90, `${text} (ratio ${m.recoveryRatio})`).toBe(atLeast(m.recoveryRatio, T.restoredRatio));
          expect(Number(pct[1]) < 50, `${text} (ratio ${m.recoveryRatio})`).toBe(below(m.recoveryRatio, T.stalledRatio));
        }
        const levels = /now at (\d+\.\d) from a low of (\d+\.\d)/.exec(text);
        const lift = /(\d+\.\d) above (?:the|its) low/.exec(text);
        const shownLift = lift ? Number(lift[1]) : levels ? Number(levels[1]) - Number(levels[2]) : null;
        if (shownLift !== null) expect(shownLift >= 0.5 - 1e-9, `${text} (lift ${m.nowLevel! - m.low!})`).toBe(atLeast(m.nowLevel!, m.low! + T.recoveringLift));
        checked += 1;
      }),
      { numRuns: RUNS, seed: 1413 },
    );
    console.log(`repair reasons checked against their verdicts: ${checked}`);
  });

  it(`summary reasons, ${RUNS} levels and slopes drawn near the thresholds`, () => {
    let checked = 0;
    fc.assert(
      fc.property(level, fc.oneof(near(-0.3, 0.3), fc.double({ min: -2, max: 2, noNaN: true })), (nowLevel, slope) => {
        const stats = { coolChecks: 5, hotChecks: 0, spanDays: 40, slopePer30: slope, low: 1, nowLevel };
        const label = summaryLabel(stats, slope);
        // With calm checks in the window, and with none (the short reason then says so first).
        for (const short of [shortSummaryReason(nowLevel, 5, 0, 5), shortSummaryReason(nowLevel, 5, 0, 0)]) {
          expect(countWords(short), short).toBeLessThanOrEqual(SHORT_REASON_WORDS);
          expect(Number(/at (\d+\.\d) of 7/.exec(short)?.[1])).toBe(Number(/at (\d+\.\d) of 7/.exec(summaryReason(stats, slope, 5))?.[1]));
        }
        const text = summaryReason(stats, slope, 5);
        const shown = Number(/at (\d+\.\d) of 7/.exec(text)?.[1]);
        expect(shown >= 5, `${label}: ${text} (level ${nowLevel})`).toBe(label.startsWith('Trust is high'));
        expect(shown <= 3, `${label}: ${text} (level ${nowLevel})`).toBe(label.startsWith('Trust is low'));
        const s = shownSlope(text);
        if (s !== null) {
          expect(s >= 0.3, `${label}: ${text}`).toBe(label.endsWith('rising'));
          expect(s <= -0.3, `${label}: ${text}`).toBe(label.endsWith('falling'));
        }
        checked += 1;
      }),
      { numRuns: RUNS, seed: 1413 },
    );
    console.log(`summary reasons checked against their labels: ${checked}`);
  });
});
