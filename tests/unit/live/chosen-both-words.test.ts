import { describe, expect, it } from 'vitest';
import { choiceWords, chosenBoth, CHOSEN_BOTH, describeValue, RewrittenOnBoth } from '../../../src/renderer/src/lib/rewritten-on-both';
import { withBase } from '../../../src/renderer/src/lib/draft-base';
import { formatDayTime } from '../../../src/renderer/src/lib/dates';

/**
 * A kept draft's choice that the other computer changed too stops Save once, with this screen's choice
 * on screen. The message now says what the other computer has there, in the screen's own words: before,
 * it said only "changed this too", and theirs could be read nowhere.
 */
type Bid = { at: string; by: string; received: string; note: string; ratings: { care: number | null }; tags: string[] };
const opened: Bid = { at: '2026-11-30T10:00', by: 'them', received: 'well', note: '', ratings: { care: 4 }, tags: ['a'] };
const words = choiceWords({ received: { well: 'It landed', partly: 'Partly', 'not-yet': 'Not yet' }, ratings: { null: 'No new evidence' } });

/** A kept draft that changed `mine`, coming back after the other computer changed the same answer to `theirs`. */
function stop(mine: Partial<Bid>, theirs: Partial<Bid>) {
  const form = new RewrittenOnBoth<Bid>(['note'], undefined, words);
  const now = { ...opened, ...theirs };
  const back = form.fromDraft(JSON.parse(JSON.stringify(withBase({ ...opened, ...mine }, opened))), now);
  return form.check(back.opened!, back.fields, now, () => undefined);
}

describe('the stop message names the other computer\'s choice', () => {
  it('a labelled choice, in the screen\'s words', () => {
    expect(stop({ received: 'partly' }, { received: 'not-yet' })).toEqual({ field: 'received', message: chosenBoth('Not yet') });
    expect(chosenBoth('Not yet')).toBe('Your other computer changed this too, to “Not yet”, since you began changing it here. Yours is on screen: save again to keep it, or change it.');
  });

  it('a rating, as its number; "no new evidence" by its group\'s words', () => {
    expect(stop({ ratings: { care: 5 } }, { ratings: { care: 2 } })).toEqual({ field: 'ratings.care', message: chosenBoth('2') });
    expect(stop({ ratings: { care: 5 } }, { ratings: { care: null } })).toEqual({ field: 'ratings.care', message: chosenBoth('No new evidence') });
  });

  it('a moment, as the screen shows dates', () => {
    expect(stop({ at: '2026-11-30T11:00' }, { at: '2026-11-29T09:30' })).toEqual({ field: 'at', message: chosenBoth(formatDayTime('2026-11-29T09:30')) });
    expect(describeValue('2026-11-29T09:30')).toMatch(/2026/);
  });

  it('a value with no words of its own (an unlabelled code) keeps the message without one', () => {
    expect(stop({ by: 'me' }, { by: 'someone' })).toEqual({ field: 'by', message: CHOSEN_BOTH });
    expect(CHOSEN_BOTH).toBe('Your other computer changed this too, since you began changing it here. Yours is on screen: save again to keep it, or change it.');
  });
});
