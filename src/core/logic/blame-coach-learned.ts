/**
 * Where the learned model adds to the rules: a sentence the rules let pass but the model reads as blame
 * becomes one finding spanning the sentence, with a general tip (the model cannot say which words did it).
 */
import { modelFlags } from './blame-coach-model';
import { sentenceRanges, type Token } from './blame-coach-text';

export const TONE_TIP = 'As a whole, this may land as blame. Try what you saw, and how it felt for you.';

interface Span {
  start: number;
  end: number;
}

/** Character spans of the sentences, from the first word to the sentence's last mark. */
function sentences(toks: readonly Token[]): Span[] {
  const { lo, hi } = sentenceRanges(toks);
  const out: Span[] = [];
  toks.forEach((tok, i) => {
    if (lo[i] !== i) return;
    const last = toks[Math.min(hi[i] ?? i, toks.length - 1)] ?? tok;
    out.push({ start: tok.start, end: last.text === '\n' ? last.start : last.end });
  });
  return out;
}

/** Sentences with no rule finding and outside reported speech, that the model flags. */
export function learnedSpans(norm: string, toks: readonly Token[], ruled: readonly Span[], reported: readonly Span[]): Span[] {
  const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
  return sentences(toks).filter((s) => {
    if (s.end <= s.start || ruled.some((r) => overlaps(r, s))) return false;
    if (reported.some((r) => s.start >= r.start && s.start < r.end)) return false;
    return modelFlags(norm.slice(s.start, s.end));
  });
}
