/**
 * Issue 15.10: the coach on sentences unlike the ones it was tuned on.
 *
 * The first labelled set (blame-corpus.ts, 404 sentences) had a held-out third, but that third was read
 * while tuning, so all of it now counts as tuning data. The honest measure is a second set
 * (blame-corpus-fresh.ts) written and committed before the second round of tuning and run against the
 * rules once, after it. Only counts are printed for it, never its sentences, so nobody tunes on its misses.
 */
import { describe, expect, it } from 'vitest';
import { hasBlame } from '../../../src/core/logic/blame-coach';
import { BLAMING_SETS, CLEAN } from './blame-corpus';
import { FRESH_BLAMING, FRESH_CLEAN } from './blame-corpus-fresh';

interface Score {
  precision: number;
  recall: number;
  caught: number;
  blaming: number;
  falseAlarms: number;
  clean: number;
}

function score(blaming: readonly string[], clean: readonly string[]): Score {
  const caught = blaming.filter((s) => hasBlame(s)).length;
  const falseAlarms = clean.filter((s) => hasBlame(s)).length;
  return {
    precision: caught / Math.max(1, caught + falseAlarms),
    recall: caught / Math.max(1, blaming.length),
    caught,
    blaming: blaming.length,
    falseAlarms,
    clean: clean.length,
  };
}

const fmt = (s: Score): string =>
  `precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} ` +
  `(caught ${s.caught} of ${s.blaming} blaming; ${s.falseAlarms} false alarms in ${s.clean} clean)`;

const KINDS = ['labels', 'absolutes', 'character', 'should', 'mindReading', 'sarcasm', 'comparisons', 'threats'];

describe('the blame coach on the first labelled set (all of it is tuning data now)', () => {
  it('is at least 400 sentences across every kind, with clean ones that hold trigger words', () => {
    const total = Object.values(BLAMING_SETS).reduce((n, set) => n + set.length, 0) + CLEAN.length;
    console.log(`first blame set: ${total} sentences (${CLEAN.length} clean); kinds: ${Object.keys(BLAMING_SETS).join(', ')}`);
    expect(total).toBeGreaterThanOrEqual(400);
    expect(Object.keys(BLAMING_SETS)).toEqual(KINDS);
  });

  it('keeps precision and recall of at least 0.95 on the set it was tuned on', () => {
    const s = score(Object.values(BLAMING_SETS).flat(), CLEAN);
    console.log(`blame coach, first set (tuning): ${fmt(s)}`);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the blame coach on the fresh held-out set (never tuned on)', () => {
  it('is at least 150 sentences across every kind, with clean ones', () => {
    const blaming = Object.values(FRESH_BLAMING).flat();
    console.log(`fresh held-out set: ${blaming.length + FRESH_CLEAN.length} sentences (${blaming.length} blaming, ${FRESH_CLEAN.length} clean)`);
    expect(blaming.length + FRESH_CLEAN.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(FRESH_BLAMING)).toEqual(KINDS);
    expect(FRESH_CLEAN.length).toBeGreaterThanOrEqual(50);
  });

  it('precision at least 0.9; recall short of the 0.9 target (0.703 measured once), guarded at 0.70', () => {
    const s = score(Object.values(FRESH_BLAMING).flat(), FRESH_CLEAN);
    const perKind = Object.entries(FRESH_BLAMING).map(([kind, set]) => `${kind} ${set.filter((x) => hasBlame(x)).length}/${set.length}`);
    console.log(`blame coach, fresh held-out set: ${fmt(s)}\n  caught per kind: ${perKind.join(', ')}`);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    // Issue 15.10 asks for 0.9. Measured once after tuning on the first set only: 0.703. This floor is
    // the figure reached honestly, not the target; raise it, never lower it.
    expect(s.recall).toBeGreaterThanOrEqual(0.7);
  });
});
