/**
 * Issue 15.10: the learned model beside the rules (blame-coach-model.ts, trained by scripts/train-coach.ts).
 * Sentences here are in none of the labelled sets.
 */
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { hasRuleBlame, reviewBlame } from '../../../src/core/logic/blame-coach';
import { TONE_TIP } from '../../../src/core/logic/blame-coach-learned';
import { blameProbability, modelFlags } from '../../../src/core/logic/blame-coach-model';
import { COACH_MODEL, COACH_TRAINING } from '../../../src/core/logic/blame-coach-weights';
import { TUNING_SETS, train } from '../../../scripts/train-coach';

describe('the learned model beside the rules', () => {
  it('flags a blaming sentence the rules let pass, as one finding over the sentence with a general tip and a start', () => {
    const text = 'She treats the rota like it is optional.';
    expect(hasRuleBlame(text)).toBe(false);
    const review = reviewBlame(text);
    expect(review.findings).toEqual([{ kind: 'tone', start: 0, end: text.length, match: text, tip: TONE_TIP }]);
    expect(review.suggestion).toMatch(/^I felt /u);
  });

  it('spans only the sentence it flags, and leaves a sentence the rules flag to the rules', () => {
    const text = 'I reordered the boxes myself. He only thinks about his own numbers. You never listen.';
    const kinds = reviewBlame(text).findings.map((f) => [f.kind, f.match]);
    expect(kinds).toEqual([
      ['tone', 'He only thinks about his own numbers.'],
      ['absolute', 'You never listen'],
    ]);
  });

  it('leaves plain facts, questions that ask, and praise idioms alone', () => {
    for (const clean of ['The warehouse ran out of boxes on Friday.', 'What would you do differently next time?', 'He handled the audit like a pro.']) {
      expect(modelFlags(clean), clean).toBe(false);
      expect(reviewBlame(clean).findings, clean).toEqual([]);
    }
    // The question is left out by its shape, not by its weights: the words alone lean towards blame.
    expect(blameProbability('What would you do differently next time?')).toBeGreaterThan(COACH_MODEL.threshold);
  });

  it('ships the weights scripts/train-coach.ts makes from sets 1-3, under 100 KB', () => {
    const again = train(TUNING_SETS.flat(), COACH_TRAINING.lambda);
    const shipped = Object.entries(COACH_MODEL.weights);
    expect(Object.keys(again.weights).length).toBe(shipped.length);
    const drift = Math.max(...shipped.map(([f, w]) => Math.abs(w - (again.weights[f] ?? Infinity))));
    expect(drift).toBeLessThanOrEqual(0.002);
    const bytes = statSync(new URL('../../../src/core/logic/blame-coach-weights.ts', import.meta.url)).size;
    console.log(`coach model: ${shipped.length} weights, ${(bytes / 1024).toFixed(1)} KB, threshold ${COACH_MODEL.threshold}`);
    expect(bytes).toBeLessThan(100 * 1024);
  });

  // Its speed (rules, and rules with the model, on 500 characters) is measured by `npm run bench`,
  // side by side, not by a timed unit test: tests/bench/coach.ts.
});

describe('what the model leaves to the rules (found by a helper: these were flagged)', () => {
  it('a sentence of words it never learned: a bare Markdown line, calm German, Russian or Japanese', () => {
    for (const s of ['Heading', 'item one', 'quoted line', 'Ich habe mich gefreut, dass das Projekt gut lief.', 'Я волновался, когда отчёт пришёл поздно.', 'プロジェクトが順調に進んで嬉しかったです。']) {
      expect(modelFlags(s), s).toBe(false);
    }
  });

  it('praise after "is so / really / very", but not a miss beside it', () => {
    expect(modelFlags('You are so kind to help the team.')).toBe(false);
    expect(modelFlags('She was really helpful with the launch.')).toBe(false);
    expect(modelFlags('You always miss deadlines.')).toBe(true);
  });
});
