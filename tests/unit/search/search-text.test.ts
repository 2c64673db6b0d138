import { describe, it, expect } from 'vitest';
import { isSearchable, markedSnippet } from '../../../src/core/logic/search-text';

const show = (segments: { text: string; mark: boolean }[]): string => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('search text', () => {
  it('needs a letter or digit to search', () => {
    expect(isSearchable('')).toBe(false);
    expect(isSearchable(' ?! … — ')).toBe(false);
    expect(isSearchable('é')).toBe(true);
    expect(isSearchable('42')).toBe(true);
  });

  it('marks each matching word, whatever its case, and keeps every other character', () => {
    expect(show(markedSnippet('The Deck was late; the deck.', ['deck']))).toBe('The [Deck] was late; the [deck].');
  });

  it('never marks part of a word', () => {
    expect(show(markedSnippet('decking the deck', ['deck']))).toBe('decking the [deck]');
  });

  it('starts near the first match in a long text and marks the cut', () => {
    const text = `${'word '.repeat(100)}the deadline slipped ${'tail '.repeat(100)}`;
    const out = show(markedSnippet(text, ['deadline'], 80));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[deadline]');
    expect(out.length).toBeLessThan(140);
  });

  it('treats markup in journal text as plain text', () => {
    const segments = markedSnippet('<img src=x onerror=alert(1)> deck', ['deck']);
    expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> deck');
  });
});
