/**
 * Predictions checked (product.md §5b): what the leader expected them to say or feel, against what
 * happened. Only conversations where both are known count, so an unanswered debrief never reads as a
 * wrong guess.
 */
import { REACTIONS, type Expectation, type Reaction } from '../model/leader-side-labels';

export interface PredictionPair {
  expected: Expectation;
  happened: readonly Reaction[];
}

export interface ReactionAccuracy {
  reaction: Reaction;
  /** Conversations where I expected it. */
  expected: number;
  /** …and it came. */
  came: number;
  /** Conversations where it came without my expecting it. */
  unexpected: number;
}

export interface PredictionAccuracy {
  /** Conversations with both a guess and an answer. */
  checked: number;
  /** Conversations where at least one expected reaction came. */
  anyRight: number;
  byReaction: ReactionAccuracy[];
}

/** A pair counts when the guess named a reaction and the debrief said what happened. */
export const isCheckable = (p: PredictionPair): boolean => p.expected.reactions.length > 0 && p.happened.length > 0;

export function predictionAccuracy(pairs: readonly PredictionPair[]): PredictionAccuracy {
  const rows = new Map<Reaction, ReactionAccuracy>(REACTIONS.map((r) => [r, { reaction: r, expected: 0, came: 0, unexpected: 0 }]));
  let checked = 0;
  let anyRight = 0;
  for (const pair of pairs) {
    if (!isCheckable(pair)) continue;
    checked += 1;
    const expected = new Set(pair.expected.reactions);
    const happened = new Set(pair.happened);
    if ([...expected].some((r) => happened.has(r))) anyRight += 1;
    for (const r of REACTIONS) {
      const row = rows.get(r)!;
      if (expected.has(r)) {
        row.expected += 1;
        if (happened.has(r)) row.came += 1;
      } else if (happened.has(r)) row.unexpected += 1;
    }
  }
  const byReaction = [...rows.values()]
    .filter((r) => r.expected > 0 || r.unexpected > 0)
    .sort((a, b) => b.expected - a.expected || b.unexpected - a.unexpected || REACTIONS.indexOf(a.reaction) - REACTIONS.indexOf(b.reaction));
  return { checked, anyRight, byReaction };
}

/** A prediction with words but no reaction picked: the field to fix. Null when fine (or left empty). */
export function expectationProblem(e: Expectation, path: string): { field: string; message: string } | null {
  if (e.reactions.length > 0 || e.words.trim() === '') return null;
  return {
    field: `${path}.reactions`,
    message: 'Pick at least one reaction you expect, so you can check it afterwards. Your words are kept.',
  };
}
