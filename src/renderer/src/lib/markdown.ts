import { Marked } from 'marked';
import DOMPurify from 'dompurify';

/**
 * The only way journal text becomes HTML. marked does not sanitise, so its output always goes
 * through DOMPurify with a strict allow-list: no raw HTML events, styles, forms, frames, SVG or
 * images from anywhere, and links only to http(s) and mailto.
 */
const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * Raw HTML in journal text is shown as the text it is, never parsed as markup: a journal needs none,
 * and markup that never exists cannot carry a handler or a style (which, even when DOMPurify removes
 * them, the CSP would otherwise report while the sanitiser parses them). Images are shown as their
 * description: Mend loads nothing from anywhere.
 */
const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text, block }) => (block ? `<p>${escapeHtml(text)}</p>` : escapeHtml(text)),
    image: ({ text }) => escapeHtml(text),
  },
});

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'title'];
const SAFE_LINK = /^(https?:|mailto:)/i;

let hooked = false;
function installHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href.trim())) node.removeAttribute('href');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

/**
 * How deep quotes and lists may nest. marked parses nesting by recursion, so 2 KB of '>' or of list
 * markers overflowed its stack; no journal needs more than a few levels.
 */
export const MAX_MARKDOWN_DEPTH = 8;

/** A block marker at the start of what is left of a line: a quote, a bullet or a number. */
const BLOCK_MARKER = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
const LEADING_SPACE = /^[ \t]*/;

/**
 * Bounds nesting before parsing: past MAX_MARKDOWN_DEPTH levels (markers, and indentation at two
 * spaces a level), the rest of the line is escaped so it reads as plain text. Nothing typed is dropped.
 */
export function boundNesting(text: string): string {
  return text.split('\n').map(boundLine).join('\n');
}

function boundLine(line: string): string {
  const lead = LEADING_SPACE.exec(line)?.[0] ?? '';
  const width = [...lead].reduce((w, ch) => w + (ch === '\t' ? 4 : 1), 0);
  let depth = Math.floor(width / 2);
  let head = lead;
  if (depth > MAX_MARKDOWN_DEPTH) {
    head = ' '.repeat(MAX_MARKDOWN_DEPTH * 2);
    depth = MAX_MARKDOWN_DEPTH;
  }
  let rest = line.slice(lead.length);
  for (;;) {
    const marker = BLOCK_MARKER.exec(rest)?.[0];
    if (marker === undefined) return head + rest;
    if (depth >= MAX_MARKDOWN_DEPTH) return head + escapeMarker(rest);
    depth += 1;
    const gap = LEADING_SPACE.exec(rest.slice(marker.length))?.[0] ?? '';
    head += marker + gap;
    rest = rest.slice(marker.length + gap.length);
  }
}

/** "> x" → "\> x", "- x" → "\- x", "12. x" → "12\. x": the marker reads as the character it is. */
const escapeMarker = (rest: string): string => (/^\d/.test(rest) ? rest.replace(/^(\d+)([.)])/, '$1\\$2') : `\\${rest}`);

/** Markdown to HTML, before sanitising. */
export function parseMarkdown(text: string): string {
  return marked.parse(boundNesting(text ?? '')) as string;
}

export function renderMarkdown(text: string): string {
  installHooks();
  const html = parseMarkdown(text);
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: SAFE_LINK,
  });
}
