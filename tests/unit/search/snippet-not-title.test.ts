import { describe, it, expect } from 'vitest';
import { snippetText } from '../../../src/core/logic/search-documents';
import { shorten } from '../../../src/core/logic/shorten';

/**
 * A commitment's, a 1:1 note's and a repair attempt's title is its own first words. A result showed
 * them twice: as the title, then again as the snippet under it (found in a walkthrough).
 */
const doc = (first: string, ...rest: string[]) => ({ title: shorten(first, 90), text: [first, ...rest].filter(Boolean).join('\n') });

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
    expect(snippetText({ title: 'Send', text: 'Sending the deck late again' })).toBe('Sending the deck late again');
  });

  it('an entry whose title is not its text (an incident) keeps its text', () => {
    expect(snippetText({ title: 'Missed the renewal deadline', text: 'The renewal deck was not sent by Friday noon.' })).toBe('The renewal deck was not sent by Friday noon.');
  });
});
