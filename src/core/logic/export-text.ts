
/**
 * What the leader wrote, put into the Markdown export so it reads there as it does in Mend, inside the
 * entry it belongs to. Mend shows journal text as Markdown with raw HTML as text (lib/markdown.ts), so:
 * - a heading they typed stays a heading, but below the export's own levels (the document's title,
 *   its sections and its entries are #, ## and ###), so "# Commitments (7)" in an incident's facts
 *   can never pass for a section of the document; an underlined one ("Two lines" over "---") likewise;
 * - tag-like text ("<Priya>", "<script>") is escaped, so a Markdown viewer shows it rather than reading
 *   it as markup (or dropping it);
 * - a code fence they opened and never closed is closed at the end of their text, so it cannot swallow
 *   the rest of the document.
 */
export function asWritten(text: string, below = 3): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      out.push(line);
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && /^\s*[`~]+\s*$/.test(line)) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      out.push(line);
      continue;
    }
    const atx = /^ {0,3}(#{1,6})(?=\s|$)(.*)$/.exec(line);
    if (atx) {
      out.push(`${'#'.repeat(Math.min(6, atx[1]!.length + below))}${escapeTags(atx[2]!)}`);
      continue;
    }
    const underline = /^ {0,3}(=+|-+)\s*$/.exec(line)?.[1];
    const before = out.length > 0 ? out[out.length - 1]! : '';
    if (underline && isParagraphText(before)) {
      out[out.length - 1] = `${'#'.repeat(Math.min(6, (underline[0] === '=' ? 1 : 2) + below))} ${before.trim()}`;
      continue;
    }
    out.push(escapeTags(line));
  }
  if (fence !== null) out.push(fence);
  return out.join('\n');
}

/** A line that an underline below would make a heading: text, not a blank, a list item, a quote or a table row. */
const isParagraphText = (line: string): boolean =>
  line.trim() !== '' && !/^ {0,3}([-*+]\s|\d+[.)]\s|>|#|\||`{3,}|~{3,})/.test(line) && !/^ {4}/.test(line);

/** "<" before a letter, "/", "!" or "?" (the start of a tag), escaped; not inside `code`, where it is shown as is. */
export function escapeTags(text: string): string {
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/<(?=[A-Za-z/!?])/g, '\\<')))
    .join('');
}

/**
 * The fields whose values are codes from a fixed list (a status, a kind, a cause…): only those are put
 * into words ("stretched-too-thin" → "Stretched too thin"); free text that happens to look like a code
 * ("follow-up", "hand-off", "done") is exported as it was written. Read off the journal's schema.
 */
export { CODE_FIELDS } from '../model/schema-fields';
