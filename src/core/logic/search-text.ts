/**
 * The pure half of search: what counts as a query, and the snippet shown under a result with the
 * matching words marked. Marks travel as segments of plain text, so the screen draws them as text
 * nodes and journal text never becomes markup.
 */

/**
 * Where words end: spaces, punctuation, symbols and control characters (a tab pasted from a table),
 * so "$500", "owner=Priya" and "<draft>" are found by 500, priya and draft. MiniSearch's own boundary
 * left symbols and tabs inside words. Used for the index, the query and the marks alike, so marks agree
 * with what matched.
 */
export const WORD_BOUNDARY = /[\p{Cc}\p{Z}\p{P}\p{S}]+/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** WORD_BOUNDARY's characters below 128 (all but letters and digits): a plain regex splits ASCII text about twice as fast. */
const ASCII_BOUNDARY = /[^0-9a-z]+/;
const BEYOND_ASCII = /[\u0080-\uffff]/;

/**
 * A text's words, lower-case, split exactly where WORD_BOUNDARY splits (empty strings included, as
 * String.split gives them). Most journal text is plain ASCII and takes the quicker path; building the
 * search index splits every word of every entry, so this is most of its cost. Other text is put in
 * one form first (NFC): "café" pasted with a combining accent is the same word as "café" typed.
 */
export function splitWords(text: string): string[] {
  const lower = text.toLowerCase();
  return BEYOND_ASCII.test(lower) ? lower.normalize('NFC').split(WORD_BOUNDARY) : lower.split(ASCII_BOUNDARY);
}

/** A word as the index holds it: lower-case, in composed form. */
export const asWord = (text: string): string => text.toLowerCase().normalize('NFC');

export interface Segment {
  text: string;
  mark: boolean;
}

/** A query worth running: at least one letter or digit. Empty or only punctuation is not. */
export const isSearchable = (query: string): boolean => HAS_WORD.test(query);

interface Piece {
  text: string;
  word: boolean;
}

/** Splits text into words and the gaps between them, keeping every character, as they are asked for. */
function* pieces(text: string): Generator<Piece> {
  const gap = new RegExp(WORD_BOUNDARY.source, 'gu');
  let last = 0;
  for (const m of text.matchAll(gap)) {
    if (m.index > last) yield { text: text.slice(last, m.index), word: true };
    yield { text: m[0], word: false };
    last = m.index + m[0].length;
  }
  if (last < text.length) yield { text: text.slice(last), word: true };
}

/**
 * The pieces a snippet can show: all of them up to the first hit, then about `max` characters more
 * (and a few pieces to spare, for the closing "…"). A result list shows sixty snippets of entries
 * that may be pages long: the rest of each text is never cut into pieces.
 */
function piecesUpToWindow(flat: string, isHit: (p: Piece) => boolean, max: number): { all: Piece[]; first: number } {
  const all: Piece[] = [];
  let first = -1;
  let after = 0;
  let spare = 4;
  for (const p of pieces(flat)) {
    all.push(p);
    if (first < 0) {
      if (isHit(p)) first = all.length - 1;
    } else if (after > max && --spare === 0) break;
    else after += p.text.length;
  }
  return { all, first };
}

/**
 * A window of about `max` characters around the first matching word, flattened to one line, with
 * every word in `terms` (lower-case, as the index stores them) marked.
 */
export function markedSnippet(text: string, terms: readonly string[], max = 160): Segment[] {
  const wanted = new Set(terms.map(asWord));
  const isHit = (p: Piece) => p.word && wanted.has(asWord(p.text));
  const near = aroundFirstHit(text, terms, max);
  return (
    (near && near.from > 0 && snippetOf(text.slice(near.from, near.to), isHit, max, near.from)) ||
    (near && snippetOf(text.slice(0, near.to), isHit, max, 0)) ||
    snippetOf(text, isHit, max, null)!
  );
}

/** Characters of text kept past the first hit's end: the window and its spare pieces, many times over. */
const PAST_HIT = 500;
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ASCII_GAP = /[\n\r !"#%&'()*,\-./:;?@[\\\]_{}]/;
/** Beyond ASCII, or a tab, vertical tab or form feed: part of a word as written, a space once flattened. */
const NOT_PLAIN = /[\t\v\f\u0080-\uffff]/;

/**
 * Where the first hit is, as a range of the text around it: `to` well past it; `from` a word's start
 * a little before it (0 unless the text is plain ASCII without tabs or feeds: there words split the
 * same as written and flattened, and a case-blind search finds every word that lower-cases to a
 * term, so no hit can lie before it). Null when the text is short or no hit is
 * found: an entry may be pages long, and only this part of it is flattened and cut into pieces.
 */
function aroundFirstHit(text: string, terms: readonly string[], max: number): { from: number; to: number } | null {
  if (text.length < PAST_HIT + 4 * max || terms.length === 0) return null;
  const word = new RegExp(`(?<![^\\n\\r\\p{Z}\\p{P}])(?:${terms.map(escapeRegExp).join('|')})(?![^\\n\\r\\p{Z}\\p{P}])`, 'iu');
  const hit = word.exec(text);
  if (!hit) return null;
  const to = hit.index + hit[0].length + PAST_HIT + 4 * max;
  if (to >= text.length) return null;
  let from = NOT_PLAIN.test(text) ? 0 : Math.max(0, hit.index - 2 * max);
  // A word's first letter: the pieces from here on are those of the whole text.
  while (from > 0 && from < hit.index && !(ASCII_GAP.test(text[from - 1]!) && !ASCII_GAP.test(text[from]!))) from++;
  return { from: from < hit.index ? from : 0, to };
}

/**
 * The snippet of `text`. `from` (not null): text is a part of a longer one, starting at that offset
 * at a word's first letter; the snippet counts only when every piece it looked at ended before the
 * part's end (a piece there may be cut short) and, past the start, when more came before its first
 * hit than the snippet shows (so it starts with "…" as the whole text's does); null otherwise.
 */
function snippetOf(text: string, isHit: (p: Piece) => boolean, max: number, from: number | null): Segment[] | null {
  // Fields and paragraphs stay apart with a middle dot; other runs of space become one.
  const flat = (from !== null ? text.trimStart() : text.trim()).replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ');
  const { all, first } = piecesUpToWindow(flat, isHit, max);
  if (from !== null && (first < 0 || all.reduce((n, p) => n + p.text.length, 0) >= flat.length)) return null;
  if (from && all.slice(0, first).reduce((n, p) => n + p.text.length, 0) <= Math.floor(max / 3)) return null;
  let start = 0;
  if (first > 0) {
    const before = all.slice(0, first).reduce((n, p) => n + p.text.length, 0);
    let drop = Math.max(0, before - Math.floor(max / 3));
    while (drop > 0 && start < first) drop -= all[start++]!.text.length;
  }
  const segments: Segment[] = start > 0 ? [{ text: '…', mark: false }] : [];
  let used = 0;
  for (let i = start; i < all.length; i++) {
    const p = all[i]!;
    if (used >= max && !isHit(p)) {
      segments.push({ text: '…', mark: false });
      break;
    }
    used += p.text.length;
    const mark = isHit(p);
    const prev = segments[segments.length - 1];
    if (prev && prev.mark === mark && !mark) prev.text += p.text;
    else segments.push({ text: p.text, mark });
  }
  return segments;
}
