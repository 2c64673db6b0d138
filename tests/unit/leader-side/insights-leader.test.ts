import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import { addLeaderSide } from '../../support/leader-side-sample';
import { predictionSentence } from '../../../src/renderer/src/features/insights/leader-insight-text';

describe('the leader’s own side in Insights', () => {
  it('counts predictions, the apology, bids, waiting and keeping across journals', async () => {
    const core = await openCore({ files: new MemoryFileStore(), platform: testPlatform().platform, ...fixedStamp() });
    const sam = await addSamplePerson(core);
    await addLeaderSide(core, sam);
    const prep = (await ok(core, 'journals:get', { relationshipId: sam })).preparations[0]!;
    // The plan expected defensiveness while stirred up; the debrief (held Feb 5, prepared Mar 1) said relieved.
    await ok(core, 'preparations:save-draft', { relationshipId: sam, id: prep.id, patch: { coolDown: { activation: 2 }, plan: { expect: { reactions: ['defensive'], words: '' } } } });
    const ana = await addSamplePerson(core, 'Ana Silva');
    await ok(core, 'repair-bids:create', { relationshipId: ana, at: '2026-02-26T11:00:00.000Z', by: 'me', what: 'Thanked them for the weekend work', received: 'not-yet', note: '' });
    const { leader } = await ok(core, 'insights:get', {});
    expect(leader.predictions.byReaction).toEqual([
      { reaction: 'defensive', expected: 1, came: 0, unexpected: 0 },
      { reaction: 'relieved', expected: 0, came: 0, unexpected: 1 },
    ]);
    expect(predictionSentence(leader.predictions.byReaction[0]!)).toBe('You expected defensiveness once; it didn’t come.');
    expect(leader.apologies).toEqual({ planned: 0, made: 1, landed: 1 });
    expect(leader.bids).toEqual({ me: { total: 1, landed: 0, partly: 0 }, them: { total: 1, landed: 1, partly: 0 } });
    // Prepared (created) after the talk's date: not a wait of 12 hours.
    expect(leader.waited).toEqual({ hot: 1, waited: 0 });
    expect(leader.situations).toEqual([{ domain: 'reliability', count: 1 }]);
    expect(leader.keeping).toEqual([]);
  });

  it('words a prediction that held every time, and one that came unexpected', () => {
    expect(predictionSentence({ reaction: 'defensive', expected: 4, came: 1, unexpected: 0 })).toBe('You expected defensiveness 4 times; it came once.');
    expect(predictionSentence({ reaction: 'open', expected: 2, came: 2, unexpected: 1 })).toBe('You expected openness twice; it came each time. It also came once when you didn’t expect it.');
  });
});

describe('growth in words', async () => {
  const { bidsSentence, situationsSentence, waitedSentence } = await import('../../../src/renderer/src/features/insights/leader-insight-text');
  it('says how repair attempts landed on each side', () => {
    expect(bidsSentence({ me: { total: 1, landed: 0, partly: 0 }, them: { total: 3, landed: 2, partly: 0 } })).toBe('Repair attempts: you made 1 (none landed yet); they made 3 (2 landed).');
    expect(bidsSentence({ me: { total: 0, landed: 0, partly: 0 }, them: { total: 0, landed: 0, partly: 0 } })).toBe('No repair attempts logged yet.');
  });
  it('says an attempt that partly landed as such, never as "none landed yet" (found by a walkthrough)', () => {
    expect(bidsSentence({ me: { total: 2, landed: 0, partly: 2 }, them: { total: 1, landed: 0, partly: 1 } })).toBe('Repair attempts: you made 2 (all partly landed); they made 1 (it partly landed).');
    expect(bidsSentence({ me: { total: 3, landed: 1, partly: 1 }, them: { total: 3, landed: 0, partly: 1 } })).toBe('Repair attempts: you made 3 (1 landed, 1 partly); they made 3 (1 partly landed).');
  });
  it('names the situations that set the leader off, most frequent first', () => {
    expect(situationsSentence([{ domain: 'reliability', count: 3 }, { domain: 'care', count: 1 }])).toBe(
      'When you were stirred up, it was most often about a missed commitment (3 times), then feeling others were not considered (1).',
    );
    expect(situationsSentence([])).toBeNull();
  });
  it('says a tie as a tie, not as a ranking (found by a walkthrough)', () => {
    expect(situationsSentence([{ domain: 'reliability', count: 3 }, { domain: 'sincerity', count: 3 }, { domain: 'care', count: 3 }])).toBe(
      'When you were stirred up, it was about a missed commitment, words and actions not matching, and feeling others were not considered, 3 times each.',
    );
    expect(situationsSentence([{ domain: 'reliability', count: 2 }, { domain: 'care', count: 2 }, { domain: 'competence', count: 1 }])).toBe(
      'When you were stirred up, it was most often about a missed commitment and feeling others were not considered (2 times each), then work that fell short (1).',
    );
  });
  it('counts waiting only over stirred-up preparations', () => {
    expect(waitedSentence({ hot: 3, waited: 2 })).toBe('You waited at least 12 hours before talking in 2 of 3 conversations you prepared while stirred up.');
  });
});
