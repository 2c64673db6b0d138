import { describe, it, expect } from 'vitest';
import { snippetText } from '../../../src/core/logic/search-documents';
import { shorten } from '../../../src/core/logic/shorten';

/**
 * A commitment's, a 1:1 note's and a repair attempt's title is its own first words. A result showed
 * them twice: as the title, then again as the snippet under it (found in a walkthrough).
 */
const doc = (first: string, ...rest: string[]) => ({ entry: 'commitment:c1', title: shorten(first, 90), text: [first, ...rest].filter(Boolean).join('\n') });

describe('a result’s snippet leaves out what its title already shows', () => {
  it('a short commitment with a note: the snippet is the note', () => {
    expect(snippetText(doc('Send the renewal deck by Friday noon', 'Asked me to check in on Thursday.'))).toBe('Asked me to check in on Thursday.');
  });

  it('a short 1:1 note, or a commitment without a note: no snippet at all', () => {
    expect(snippetText(doc('Talked about the deadline and the next sprint.'))).toBe('');
  });

  it('a title cut short keeps the whole text, since the words searched for may be past the cut', () => {
    const long = `${'We talked through the whole quarter, one project at a time, '.repeat(3)}and the budget came last.`;
    expect(snippetText(doc(long))).toBe(long);
  });

  it('text written over several lines still matches its flattened title', () => {
    expect(snippetText(doc('Send the deck\nby Friday', 'Then call the client.'))).toBe('Then call the client.');
  });

  it('a title that is only the start of a longer word is not taken off', () => {
    expect(snippetText({ entry: 'commitment:c1', title: 'Send', text: 'Sending the deck late again' })).toBe('Sending the deck late again');
  });

  it('an entry whose title is not its text (an incident) keeps its text', () => {
    expect(snippetText({ entry: 'incident:i1', title: 'Missed the renewal deadline', text: 'The renewal deck was not sent by Friday noon.' })).toBe('The renewal deck was not sent by Friday noon.');
  });

  it('a title that only names the kind ("My check-in", "Trust check") never takes words off the text (found by review)', () => {
    expect(snippetText({ entry: 'monitoring:m1', title: 'My check-in', text: 'My check-in went well, she was calm.' })).toBe('My check-in went well, she was calm.');
    expect(snippetText({ entry: 'check:k1', title: 'Trust check', text: 'Trust check after the demo.' })).toBe('Trust check after the demo.');
  });
});
