/**
 * Issue 15.10: the sentence shapes behind the coach's second and third rounds, pinned with sentences that
 * are in none of the labelled sets (so these tests never touch the held-out figures).
 */
import { describe, expect, it } from 'vitest';
import { hasBlame, reviewBlame } from '../../../src/core/logic/blame-coach';

const flagged = (s: string): boolean => hasBlame(s);

describe('blame coach shapes: who the words are about', () => {
  it('reads he and she like you', () => {
    expect(flagged('He never checks the invoices before they go out.')).toBe(true);
    expect(flagged('She should have looped in the auditors on Monday.')).toBe(true);
    expect(flagged('He thinks he is too senior for the rota.')).toBe(true);
  });

  it('lets an absolute about a thing with nobody named pass, but not one aimed at them', () => {
    expect(flagged('The printer always jams on Fridays.')).toBe(false);
    expect(flagged('There is always a queue at the start of the month.')).toBe(false);
    expect(flagged('The printer always jams when you use it.')).toBe(true);
    expect(flagged("It's always something with your invoices.")).toBe(true);
  });

  it('judges a word said of them, not one that describes something else', () => {
    expect(flagged('You were so difficult in the pricing call.')).toBe(true);
    expect(flagged('I admire how you calm down difficult suppliers.')).toBe(false);
  });
});

describe('blame coach shapes: reported and framed words', () => {
  it('leaves someone else’s words in quotes alone', () => {
    expect(flagged('The auditor said, "you should have kept the receipts", and she had a point.')).toBe(false);
    expect(flagged('"He never answers," she said, and I passed it on.')).toBe(false);
  });

  it('lets a judgement held up to be checked pass', () => {
    expect(flagged('I caught myself thinking you were lazy, and I want to check that with you.')).toBe(false);
  });

  it('treats "I know you…" as mind-reading unless what follows is warm', () => {
    expect(flagged('I know you resent the new rota.')).toBe(true);
    expect(flagged('I know you care about the suppliers.')).toBe(false);
  });
});

describe('blame coach shapes: the families in new words', () => {
  it('catches a damning noun or a person noun', () => {
    expect(flagged('The stock count was a farce.')).toBe(true);
    expect(flagged("He's a doormat with suppliers.")).toBe(true);
    expect(flagged('She behaved like a toddler in the pricing call.')).toBe(true);
    expect(flagged('He handled the audit like a pro.')).toBe(false);
  });

  it('catches comparisons and threats by their structure', () => {
    expect(flagged('Unlike Omar, you never check the totals.')).toBe(true);
    expect(flagged('Every other department sent its figures.')).toBe(true);
    expect(flagged('If the totals are wrong again, I will escalate.')).toBe(true);
    expect(flagged('I will be monitoring every invoice you send.')).toBe(true);
    expect(flagged('Unlike last spring, the audit went smoothly.')).toBe(false);
    expect(flagged('If the totals are wrong again, I would like to hear early.')).toBe(false);
  });

  it('hears sarcasm in a praise word with a tag question or "so now"', () => {
    expect(flagged('Well, that audit went smoothly, didn’t it?')).toBe(true);
    expect(flagged("Perfect, so now I'm the one calling the supplier.")).toBe(true);
    expect(reviewBlame("Perfect, so now I'm the one calling the supplier.").findings[0]?.kind).toBe('sarcasm');
  });
});
