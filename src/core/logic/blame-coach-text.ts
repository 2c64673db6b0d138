/**
 * The blame coach's reading of raw text: tokens, sentence ranges, and stretches of reported speech.
 */

/** A word or a punctuation mark; `text` is lower case with straight apostrophes. */
export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

// Words, clause marks, and sentence ends ("." only before a space or the end, so "3.5" stays inside).
const TOKEN_RE = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[.!?…]+(?=\s|$|["”'])|\n|[,;:()—–]|(?<=\s)-(?=\s)/gu;
const SENTENCE_END = /^(?:[.!?…]+|\n)$/u;

// Curly apostrophes become straight ones; both are one UTF-16 unit, so offsets survive.
export const normalize = (text: string): string => text.replace(/[\u2018\u2019\u02BC]/gu, "'");

export function tokenize(text: string): Token[] {
  const toks: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    toks.push({ text: raw.toLowerCase(), start: m.index, end: m.index + raw.length, word: /^[\p{L}\p{N}]/u.test(raw) });
  }
  return toks;
}

// Someone else's words in quotes, after or before a verb of saying: reported, not said by the writer.
const REPORTED = [
  /(?<![\p{L}])(?:said|says|told (?:me|us|him|her|them)|asked|wrote|replied|answered)[,:]?\s*["“]([^"”\n]{1,300})["”]/giu,
  /["“]([^"”\n]{1,300})["”],?\s*(?:he|she|they|[\p{Lu}][\p{L}]+) (?:said|says|wrote|replied|asked|answered)(?![\p{L}])/gu,
];

/** Character ranges of reported speech, which the coach leaves alone. */
export function reportedSpans(text: string): { start: number; end: number }[] {
  return REPORTED.flatMap((re) => [...text.matchAll(re)].map((m) => {
    const inner = m[1] ?? '';
    const start = m.index + m[0].indexOf(inner);
    return { start, end: start + inner.length };
  }));
}

/** For each token, the [lo, hi) token range of its sentence. */
export function sentenceRanges(toks: readonly Token[]): { lo: number[]; hi: number[] } {
  const lo: number[] = [];
  const hi: number[] = new Array<number>(toks.length).fill(toks.length);
  let from = 0;
  toks.forEach((tok, i) => {
    lo.push(from);
    if (SENTENCE_END.test(tok.text)) {
      for (let j = from; j <= i; j++) hi[j] = i;
      from = i + 1;
    }
  });
  return { lo, hi };
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(toks: readonly Token[], offset: number): number {
  let a = 0;
  let b = toks.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((toks[mid]?.start ?? Infinity) < offset) a = mid + 1;
    else b = mid;
  }
  return a;
}
