import { describe, expect, it } from 'vitest';
import { markdownAsPlain } from '../../../src/core/logic/markdown-plain';

describe('Markdown read as plain words for a snippet', () => {
  it('takes away the marks, never the words (found: a search snippet showed **Tuesday 18:00**)', () => {
    expect(markdownAsPlain('The cut-over was planned for **Tuesday 18:00**.')).toBe('The cut-over was planned for Tuesday 18:00.');
    expect(markdownAsPlain('## Plan\n> quoted\n- item one\n1. first')).toBe('Plan\nquoted\nitem one\nfirst');
    expect(markdownAsPlain('See [the deck](https://example.org/deck) and `grep`, *soon* or _later_.')).toBe('See the deck and grep, soon or later.');
    expect(markdownAsPlain('~~Friday~~ Monday')).toBe('Friday Monday');
    expect(markdownAsPlain('a __bold__ word')).toBe('a bold word');
  });

  it('leaves what is not a mark as typed', () => {
    for (const text of ['snake_case_name stays', 'file__name__here', '2 * 3 = 6', 'a*b and c_d', '$500 for 5 * 2 people', '**not closed', 'price: 5*']) {
      expect(markdownAsPlain(text), text).toBe(text);
    }
  });
});
