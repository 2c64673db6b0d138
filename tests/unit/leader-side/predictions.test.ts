import { describe, expect, it } from 'vitest';
import { expectationProblem, predictionAccuracy } from '../../../src/core/logic/predictions';
import type { Reaction } from '../../../src/core/model/leader-side';

const pair = (expected: Reaction[], happened: Reaction[]) => ({ expected: { reactions: expected, words: '' }, happened });

describe('prediction accuracy', () => {
  it('counts per kind how often an expected reaction came ("expected defensiveness 4 times; it came once")', () => {
    const acc = predictionAccuracy([
      pair(['defensive'], ['open']),
      pair(['defensive', 'upset'], ['defensive']),
      pair(['defensive'], ['relieved', 'open']),
      pair(['defensive'], ['surprised']),
    ]);
    expect(acc.checked).toBe(4);
    expect(acc.anyRight).toBe(1);
    expect(acc.byReaction[0]).toEqual({ reaction: 'defensive', expected: 4, came: 1, unexpected: 0 });
    expect(acc.byReaction.find((r) => r.reaction === 'open')).toEqual({ reaction: 'open', expected: 0, came: 0, unexpected: 2 });
    expect(acc.byReaction.find((r) => r.reaction === 'upset')).toEqual({ reaction: 'upset', expected: 1, came: 0, unexpected: 0 });
  });

  it('leaves out conversations with no guess or no answer, so an unanswered debrief is never a wrong guess', () => {
    const acc = predictionAccuracy([pair(['defensive'], []), pair([], ['open'])]);
    expect(acc).toEqual({ checked: 0, anyRight: 0, byReaction: [] });
  });

  it('lists kinds most expected first, then most unexpected, then in the list order', () => {
    const acc = predictionAccuracy([pair(['upset', 'open'], ['relieved']), pair(['open'], ['relieved'])]);
    expect(acc.byReaction.map((r) => r.reaction)).toEqual(['open', 'upset', 'relieved']);
  });
});

describe('a prediction with no choice', () => {
  it('with words but no reaction picked, names the reactions field and keeps the words', () => {
    expect(expectationProblem({ reactions: [], words: 'They will say the brief was vague.' }, 'plan.expect')).toMatchObject({
      field: 'plan.expect.reactions',
      message: expect.stringContaining('Your words are kept'),
    });
  });
  it('is fine when left empty, or with a reaction picked', () => {
    expect(expectationProblem({ reactions: [], words: '  ' }, 'p')).toBeNull();
    expect(expectationProblem({ reactions: ['open'], words: '' }, 'p')).toBeNull();
  });
});

describe('repair bids in a line', async () => {
  const { bidsLine, countBids } = await import('../../../src/core/logic/repair-bid-summary');
  const bid = (at: string, by: 'me' | 'them', received: 'well' | 'partly' | 'not-yet' | 'unsure') => ({ at, by, received });
  const incident = [{ occurredAt: '2026-02-01T10:00:00.000Z', status: 'open' as const }];

  it('counts since the open incident, by side, and how many landed', () => {
    const bids = [bid('2026-01-10T10:00:00.000Z', 'me', 'well'), bid('2026-02-10T10:00:00.000Z', 'them', 'well'), bid('2026-02-12T10:00:00.000Z', 'me', 'not-yet')];
    expect(countBids(bids, Date.parse(incident[0]!.occurredAt))).toEqual({ me: 1, them: 1, landed: 1, partly: 0, total: 2 });
    expect(bidsLine(bids, incident)).toBe('Since the incident: 2 repair attempts (they made 1, you made 1); 1 of 2 landed.');
  });
  it('says an attempt that partly landed as such, not as one that did not (found by a walkthrough)', () => {
    expect(bidsLine([bid('2026-01-10T10:00:00.000Z', 'me', 'partly')], [])).toBe('So far: 1 repair attempt (they made 0, you made 1); it partly landed.');
    const three = [bid('2026-01-10T10:00:00.000Z', 'me', 'well'), bid('2026-01-11T10:00:00.000Z', 'them', 'partly'), bid('2026-01-12T10:00:00.000Z', 'me', 'not-yet')];
    expect(bidsLine(three, [])).toBe('So far: 3 repair attempts (they made 1, you made 2); 1 of 3 landed, 1 partly.');
  });
  it('says nothing without bids, and counts all when no incident is open', () => {
    expect(bidsLine([], incident)).toBeNull();
    expect(bidsLine([bid('2026-01-10T10:00:00.000Z', 'me', 'well')], [])).toBe('So far: 1 repair attempt (they made 0, you made 1); it landed.');
  });
});
