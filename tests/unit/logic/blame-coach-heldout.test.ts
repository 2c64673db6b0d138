/**
 * Issue 15.10: the coach on sentences unlike the ones it was tuned on.
 *
 * The first labelled set (blame-corpus.ts, 404 sentences) had a held-out third, but that third was read
 * while tuning, so all of it counts as tuning data. A second set (blame-corpus-fresh.ts, 205) was written
 * and committed before the next round of tuning and measured once after it: precision 0.957, recall 0.703.
 * Then a third set (blame-corpus-third.ts, 203) was written and committed before anyone read the second
 * set's misses; the rules were tuned on sets one and two, and the third was measured once. Only counts are
 * printed for it, never its sentences, so nobody tunes on its misses.
 *
 * Then a learned model (blame-coach-model.ts) was trained on all three sets (scripts/train-coach.ts), so
 * they are all tuning data: below, the rules' own figures on them are guarded with `hasRuleBlame`, the
 * model's leave-one-set-out cross-validation is printed, and the coach as shipped (rules OR model) is
 * measured once on a fourth set, written and committed before the model existed.
 */
import { describe, expect, it } from 'vitest';
import { hasBlame, hasRuleBlame } from '../../../src/core/logic/blame-coach';
import { COACH_MODEL, COACH_TRAINING } from '../../../src/core/logic/blame-coach-weights';
import { combined, describe as describeCounts, leaveOneSetOut, modelAlone, precision, recall } from '../../../scripts/train-coach';
import { BLAMING_SETS, CLEAN } from './blame-corpus';
import { FRESH_BLAMING, FRESH_CLEAN } from './blame-corpus-fresh';
import { THIRD_BLAMING, THIRD_CLEAN } from './blame-corpus-third';
import { FOURTH_BLAMING, FOURTH_CLEAN } from './blame-corpus-fourth';

interface Score {
  precision: number;
  recall: number;
  caught: number;
  blaming: number;
  falseAlarms: number;
  clean: number;
}

function score(blaming: readonly string[], clean: readonly string[], flags: (s: string) => boolean = hasRuleBlame): Score {
  const caught = blaming.filter((s) => flags(s)).length;
  const falseAlarms = clean.filter((s) => flags(s)).length;
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

describe('the blame coach on the second set (tuning data since its one measurement)', () => {
  it('is at least 150 sentences across every kind, and the rules keep at least 0.95 on it', () => {
    const blaming = Object.values(FRESH_BLAMING).flat();
    expect(blaming.length + FRESH_CLEAN.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(FRESH_BLAMING)).toEqual(KINDS);
    const s = score(blaming, FRESH_CLEAN);
    console.log(`blame coach, second set (tuning; 0.957 / 0.703 when it was held out): ${fmt(s)}`);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the blame coach on the third set (the rules never tuned on it; the model trained on it)', () => {
  it('is at least 150 sentences across every kind, with clean ones', () => {
    const blaming = Object.values(THIRD_BLAMING).flat();
    console.log(`third set: ${blaming.length + THIRD_CLEAN.length} sentences (${blaming.length} blaming, ${THIRD_CLEAN.length} clean)`);
    expect(blaming.length + THIRD_CLEAN.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(THIRD_BLAMING)).toEqual(KINDS);
    expect(THIRD_CLEAN.length).toBeGreaterThanOrEqual(50);
  });

  it('rules alone: precision at least 0.9 (0.910 measured once); recall short of the 0.9 target (0.633 measured once), guarded at 0.63', () => {
    const s = score(Object.values(THIRD_BLAMING).flat(), THIRD_CLEAN);
    const perKind = Object.entries(THIRD_BLAMING).map(([kind, set]) => `${kind} ${set.filter((x) => hasRuleBlame(x)).length}/${set.length}`);
    console.log(`blame coach, third set, rules alone (measured once when held out; tuning data for the model now): ${fmt(s)}\n  caught per kind: ${perKind.join(', ')}`);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    // Issue 15.10 asks for 0.9 recall. Pattern rules tuned on 609 sentences catch 0.633 of fresh ones
    // (0.703 after the first round). This floor is the figure reached honestly, not the target: raise it,
    // never lower it, and measure any new rules on a fourth set written before they are.
    expect(s.recall).toBeGreaterThanOrEqual(0.63);
  });
});

describe('the learned model, cross-validated on sets 1-3 (leave one set out)', () => {
  it('rules OR model on set 3, with the model trained on sets 1 and 2 only: both at least 0.9', () => {
    const folds = leaveOneSetOut(COACH_TRAINING.lambda);
    const t = COACH_MODEL.threshold;
    folds.forEach((fold, k) => console.log(`model alone, set ${k + 1} left out (trained on the other two): ${describeCounts(modelAlone(fold, t))}`));
    // Only this fold is fair to the rules too: they were tuned on sets 1 and 2, never on set 3.
    const third = combined(folds[2]!, t);
    console.log(`rules OR model, set 3 left out: ${describeCounts(third)} (rules alone: 0.910 / 0.633)`);
    expect(precision(third)).toBeGreaterThanOrEqual(0.9);
    expect(recall(third)).toBeGreaterThanOrEqual(0.9);
  });
});

const wordSet = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

describe('the blame coach on the fourth set (held out: written before the model, never tuned on)', () => {
  const blaming = Object.values(FOURTH_BLAMING).flat();

  it('is at least 200 sentences, about 60% blaming across every kind, none close to an earlier sentence', () => {
    const earlier = [BLAMING_SETS, FRESH_BLAMING, THIRD_BLAMING].flatMap((set) => Object.values(set).flat());
    const older = [...earlier, ...CLEAN, ...FRESH_CLEAN, ...THIRD_CLEAN].map(wordSet);
    const closest = Math.max(...[...blaming, ...FOURTH_CLEAN].map((s) => Math.max(...older.map((o) => jaccard(wordSet(s), o)))));
    console.log(`fourth set: ${blaming.length + FOURTH_CLEAN.length} sentences (${blaming.length} blaming, ${FOURTH_CLEAN.length} clean); closest word overlap with sets 1-3: ${closest.toFixed(2)}`);
    expect(blaming.length + FOURTH_CLEAN.length).toBeGreaterThanOrEqual(200);
    expect(Object.keys(FOURTH_BLAMING)).toEqual(KINDS);
    expect(FOURTH_CLEAN.length).toBeGreaterThanOrEqual(75);
    expect(closest).toBeLessThan(0.6);
  });

  it('rules OR model, measured once: precision 0.921 and recall 0.967, both at least the 0.9 target (rules alone 0.956 / 0.725)', () => {
    const s = score(blaming, FOURTH_CLEAN, hasBlame);
    const rules = score(blaming, FOURTH_CLEAN, hasRuleBlame);
    const perKind = Object.entries(FOURTH_BLAMING).map(([kind, set]) => `${kind} ${set.filter((x) => hasBlame(x)).length}/${set.length}`);
    console.log(`blame coach, fourth set (held out), rules OR model: ${fmt(s)}\n  rules alone: ${fmt(rules)}\n  caught per kind: ${perKind.join(', ')}`);
    // Measured once, after the combination was fixed (commit 9d60919); nothing was tuned after it.
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });
});
