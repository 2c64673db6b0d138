/**
 * Issue 14.15: deeply nested markdown (2 KB of '>' or of nested list markers) overflowed the parser's
 * stack and took the person's page down. Nesting is bounded before parsing; the excess reads as text.
 */
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_DEPTH, boundNesting, parseMarkdown } from '../../../src/renderer/src/lib/markdown';

const depthOf = (html: string, tag: string): number => {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(new RegExp(`<(/?)${tag}\\b`, 'g'))) {
    depth += m[1] === '/' ? -1 : 1;
    max = Math.max(max, depth);
  }
  return max;
};

const HOSTILE: Record<string, string> = {
  'quotes on one line': `${'>'.repeat(2048)} deep`,
  'spaced quotes': `${'> '.repeat(1024)}deep`,
  'list markers on one line': `${'- '.repeat(1024)}deep`,
  'numbered markers on one line': `${'1. '.repeat(700)}deep`,
  'indented list, a line each': Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
  'quotes, a line each': Array.from({ length: 180 }, (_, i) => `${'>'.repeat(i + 1)} line ${i}`).join('\n'),
  'mixed quotes and lists': `${'> - '.repeat(600)}deep`,
};

describe('deep markdown', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`renders ${name} (${text.length} characters) with nesting bounded, the words kept`, () => {
      const html = parseMarkdown(text);
      expect(depthOf(html, 'blockquote') + depthOf(html, '(?:ul|ol)')).toBeLessThanOrEqual(MAX_MARKDOWN_DEPTH + 1);
      expect(html).toMatch(/deep|item 119|line 179/);
    });
  }

  it('leaves ordinary nesting exactly as it was', () => {
    const text = '> quoted\n>> twice\n\n- a\n  - b\n    - c\n\n1. one\n2. two';
    expect(boundNesting(text)).toBe(text);
    expect(depthOf(parseMarkdown(text), '(?:ul|ol)')).toBe(3);
  });
});
