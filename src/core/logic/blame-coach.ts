/**
 * The blame-language coach for the Prepare step "Share your experience without blame" (product.md §1, §5).
 *
 * It flags absolutes, accusing you-statements, labels and sarcasm, and offers an I-statement template.
 * The same word can own a mistake or pin one on someone, so each match is judged by who it is about:
 * "I was careless", "I never want the team to feel stuck" and "every time I think about the client" are
 * about the writer and pass; "you're careless" and "it always lands on me" are flagged. Deliberately
 * simple heuristics: a missed flag costs little, a false alarm on an honest sentence costs trust.
 */
import { BLAME_RULES, type BlameRule } from './blame-coach-lexicon';
import { passes, type Place } from './blame-coach-context';
import { normalize, reportedSpans, sentenceRanges, tokenAt, tokenize, type Token } from './blame-coach-text';
import { suggest } from './blame-coach-suggest';
import { learnedSpans, TONE_TIP } from './blame-coach-learned';

/**
 * The families of blaming language the rules look for, 'tone' for a sentence only the learned model
 * flags (blame-coach-model.ts), and a template slot left unfilled.
 */
export type BlameKind = 'absolute' | 'accusing-you' | 'label' | 'sarcasm' | 'tone' | 'unfilled';

/** One flagged stretch of text. */
export interface BlameFinding {
  kind: BlameKind;
  /** character offsets into the text, for highlighting */
  start: number;
  end: number;
  /** the matched words, exactly as written */
  match: string;
  /** one short, kind tip in our own voice */
  tip: string;
}

/** What the coach says about one piece of text. */
export interface BlameReview {
  findings: BlameFinding[];
  /** A suggested I-statement about impact, built from the text where possible; null when nothing was flagged. */
  suggestion: string | null;
}

const compile = (rule: BlameRule): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}'-])(?:${rule.pattern.replaceAll(' ', '\\s+')})(?![\\p{L}\\p{N}-])`, 'giu');

const COMPILED: readonly (readonly [BlameRule, RegExp])[] = BLAME_RULES.map((rule) => [rule, compile(rule)]);

const PRIORITY: Record<BlameKind, number> = { unfilled: 5, sarcasm: 4, label: 3, absolute: 2, 'accusing-you': 1, tone: 0 };

/** A "[slot]" from the coach's own template, still waiting for the leader's words. */
const SLOT = /\[[^\[\]\n]{1,80}\]/gu;
const SLOT_TIP = 'Put this in your own words: {w} is a placeholder.';

function slots(norm: string): Candidate[] {
  return [...norm.matchAll(SLOT)].map((m) => ({ kind: 'unfilled' as const, start: m.index, end: m.index + m[0].length, tip: SLOT_TIP.replace('{w}', m[0]) }));
}

interface Candidate {
  kind: BlameKind;
  start: number;
  end: number;
  tip: string;
}

/** The tip with `{w}` filled by the matched words, capitalised, with typographic apostrophes. */
function renderTip(tip: string, words: string): string {
  const w = words.replace(/\s+/gu, ' ').replaceAll("'", '’');
  return tip.replace('{w}', w.charAt(0).toUpperCase() + w.slice(1));
}

/** The rules' candidates, then the learned model's for sentences the rules let pass. */
function collect(norm: string, withModel: boolean): Candidate[] {
  const toks = tokenize(norm);
  const reported = reportedSpans(norm);
  const ruled = collectRules(norm, toks, reported);
  if (!withModel) return ruled;
  const learned = learnedSpans(norm, toks, ruled, reported).map((s) => ({ kind: 'tone' as const, ...s, tip: TONE_TIP }));
  return [...ruled, ...learned];
}

function collectRules(norm: string, toks: Token[], reported: readonly { start: number; end: number }[]): Candidate[] {
  const { lo, hi } = sentenceRanges(toks);
  const out: Candidate[] = [];
  const isReported = (start: number): boolean => reported.some((r) => start >= r.start && start < r.end);
  for (const [rule, re] of COMPILED) {
    for (const m of norm.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const first = tokenAt(toks, start);
      const place: Place = { toks, first, after: tokenAt(toks, end), lo: lo[first] ?? 0, hi: hi[first] ?? 0, text: norm };
      if (first < toks.length && !isReported(start) && passes(rule, place, start, end)) {
        out.push({ kind: rule.kind, start, end, tip: renderTip(rule.tip, m[0]) });
      }
    }
  }
  return out;
}

/** Overlapping candidates become one finding spanning them all, with the most specific kind's tip. */
function merge(candidates: Candidate[], text: string): BlameFinding[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Candidate[] = [];
  for (const c of sorted) {
    const last = merged[merged.length - 1];
    if (last === undefined || c.start >= last.end) {
      merged.push({ ...c });
      continue;
    }
    if (PRIORITY[c.kind] > PRIORITY[last.kind]) Object.assign(last, { kind: c.kind, tip: c.tip });
    last.end = Math.max(last.end, c.end);
  }
  return merged.map((c) => ({ ...c, match: text.slice(c.start, c.end) }));
}

/** Reviews one piece of text (may hold several sentences, markdown allowed). Never throws; empty text gives no findings. */
export function reviewBlame(text: string): BlameReview {
  if (typeof text !== 'string' || text.trim() === '') return { findings: [], suggestion: null };
  try {
    const norm = normalize(text);
    const found = collect(norm, true);
    const findings = merge([...found, ...slots(norm)], text);
    // Slots alone ask for words, not a new template.
    return { findings, suggestion: found.length === 0 ? null : suggest(text, norm, findings) };
  } catch {
    // The coach is a gentle hint beside the writing; a surprise in it must never block the page.
    return { findings: [], suggestion: null };
  }
}

/** True when any sentence would be flagged. */
export function hasBlame(text: string): boolean {
  return reviewBlame(text).findings.length > 0;
}

/** True when the hand-written rules alone would flag the text (the learned model left out): for measuring. */
export function hasRuleBlame(text: string): boolean {
  try {
    return text.trim() !== '' && collect(normalize(text), false).length > 0;
  } catch {
    return false;
  }
}
