import { describe, it, expect } from 'vitest';
import { exampleJournal, EXAMPLE_ID } from '../../../src/core/logic/example-journal';
import { journalSchema } from '../../../src/core/model/journal';
import { computeVerdict } from '../../../src/core/logic/verdict';
import { verdictInputFromJournal } from '../../../src/core/logic/trust-inputs';

describe('the first-run example', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  it('is a valid journal, so every screen part can draw it as it would a real one', () => {
    const journal = exampleJournal(now);
    expect(journalSchema.parse(journal)).toEqual(journal);
    expect(journal.relationship.id).toBe(`${EXAMPLE_ID}-person`);
  });

  it('tells a real story: enough history for a verdict, recovering', () => {
    const verdict = computeVerdict(verdictInputFromJournal(exampleJournal(now), now));
    expect(verdict.kind).toBe('recovering');
    expect(verdict.reason).toMatch(/^Recovering/);
  });

  it('is the same story whenever it is opened: every date counts back from now', () => {
    const later = new Date(now.getTime() + 90 * 86_400_000);
    expect(computeVerdict(verdictInputFromJournal(exampleJournal(later), later)).kind).toBe('recovering');
  });
});
