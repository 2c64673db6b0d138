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

export function renderMarkdown(text: string): string {
  installHooks();
  const html = marked.parse(text ?? '') as string;
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: SAFE_LINK,
  });
}
