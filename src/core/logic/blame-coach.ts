/**
 * The blame-language coach for the Prepare step "Share your experience without blame" (product.md §1, §5).
 *
 * It flags absolutes, accusing you-statements, labels and sarcasm, and offers an I-statement template.
 * The same word can own a mistake or pin one on someone, so each match is judged by who it is about:
 * "I was careless", "I never want the team to feel stuck" and "every time I think about the client" are
 * about the writer and pass; "you're careless" and "it always lands on me" are flagged. Deliberately
 * simple heuristics: a missed flag costs little, a false alarm on an honest sentence costs trust.
 */
import { BLAME_RULES, FEELINGS, GRAMMAR as G, STING_CUE, TOPICS, type BlameRule } from './blame-coach-lexicon';

/** The four families of blaming language the coach looks for. */
export type BlameKind = 'absolute' | 'accusing-you' | 'label' | 'sarcasm';

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

/** A word or a punctuation mark; `text` is lower case with straight apostrophes. */
interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

/** Where a match sits: its first token, the token after it, and its sentence's token range. */
interface Place {
  toks: readonly Token[];
  first: number;
  after: number;
  lo: number;
  hi: number;
  text: string;
}

type Subject = 'first' | 'other' | 'pointing' | 'unknown' | 'start';

// Words, clause marks, and sentence ends ("." only before a space or the end, so "3.5" stays inside).
const TOKEN_RE = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[.!?…]+(?=\s|$|["”'])|\n|[,;:()—–]|(?<=\s)-(?=\s)/gu;
const SENTENCE_END = /^(?:[.!?…]+|\n)$/u;

// Curly apostrophes become straight ones; both are one UTF-16 unit, so offsets survive.
const normalize = (text: string): string => text.replace(/[\u2018\u2019\u02BC]/gu, "'");

const compile = (rule: BlameRule): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}'-])(?:${rule.pattern.replaceAll(' ', '\\s+')})(?![\\p{L}\\p{N}-])`, 'giu');

const COMPILED: readonly (readonly [BlameRule, RegExp])[] = BLAME_RULES.map((rule) => [rule, compile(rule)]);

const PRIORITY: Record<BlameKind, number> = { sarcasm: 4, label: 3, absolute: 2, 'accusing-you': 1 };

function tokenize(text: string): Token[] {
  const toks: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    toks.push({ text: raw.toLowerCase(), start: m.index, end: m.index + raw.length, word: /^[\p{L}\p{N}]/u.test(raw) });
  }
  return toks;
}

/** For each token, the [lo, hi) token range of its sentence. */
function sentenceRanges(toks: readonly Token[]): { lo: number[]; hi: number[] } {
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
function tokenAt(toks: readonly Token[], offset: number): number {
  let a = 0;
  let b = toks.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((toks[mid]?.start ?? Infinity) < offset) a = mid + 1;
    else b = mid;
  }
  return a;
}

const wordAt = (p: Place, i: number): string | undefined => {
  const tok = p.toks[i];
  return tok?.word && i >= p.lo && i < p.hi ? tok.text : undefined;
};

/** "I think the plan…" starts a clause; "I think about it" and "that call" do not. */
function startsClause(w: string, next: string): boolean {
  if (!G.clauseStarters.has(w) || G.prepositions.has(next)) return false;
  return w !== 'that' || G.clauseHeads.has(next);
}

/** Reads back from the match to the nearest subject, stopping where a new clause begins. */
function subjectBefore(p: Place): Subject {
  let sawContent = false;
  for (let j = p.first - 1; j >= p.lo; j--) {
    const w = wordAt(p, j);
    if (w === undefined) {
      if (sawContent) return 'unknown';
      continue;
    }
    if (G.firstPerson.has(w)) return 'first';
    if (G.otherPerson.has(w)) return 'other';
    if (G.pointingSubjects.has(w) || (G.pointing.has(w) && G.verbish.has(wordAt(p, j + 1) ?? ''))) return 'pointing';
    if (sawContent && startsClause(w, wordAt(p, j + 1) ?? '')) return 'unknown';
    if (!G.seeThrough.has(w)) sawContent = true;
  }
  return sawContent ? 'unknown' : 'start';
}

/** The first meaningful word after the match, skipping helpers and punctuation. */
function nextWord(p: Place): string | undefined {
  for (let j = p.after; j < p.hi; j++) {
    const w = wordAt(p, j);
    if (w !== undefined && !G.seeThrough.has(w)) return w;
  }
  return undefined;
}

/** True unless the phrase is about the writer: "I never…", or a clause that opens on it, "Obviously I…". */
function notAboutSelf(p: Place): boolean {
  const subject = subjectBefore(p);
  if (subject === 'first') return false;
  return subject !== 'start' || !G.firstPerson.has(nextWord(p) ?? '');
}

/** "Every time I ask, you go quiet" blames; "every time I think about it I get anxious" does not. */
function timeBlames(p: Place): boolean {
  const next = nextWord(p);
  if (next === undefined) return notAboutSelf(p);
  if (!G.firstPerson.has(next)) return true;
  for (let j = p.after + 1; j < p.hi; j++) {
    const w = wordAt(p, j);
    const before = p.toks[j - 1];
    const opensClause = before !== undefined && (!before.word || G.openers.has(before.text));
    if (w !== undefined && G.otherPerson.has(w) && opensClause) return true;
  }
  return false;
}

function opensClause(p: Place): boolean {
  const before = p.first > p.lo ? p.toks[p.first - 1] : undefined;
  return before === undefined || !before.word || G.openers.has(before.text);
}

/** Praise or thanks is sarcastic beside a miss, or as a bare "Thanks a lot." */
function stings(p: Place, start: number, end: number): boolean {
  const from = p.toks[p.lo]?.start ?? start;
  const to = p.toks[p.hi - 1]?.end ?? end;
  const rest = p.text.slice(from, start) + ' ' + p.text.slice(end, to);
  if (STING_CUE.test(rest)) return true;
  const bare = !p.toks.slice(p.after, p.hi).some((t) => t.word && t.text !== 'really');
  return bare && /^thank/iu.test(p.text.slice(start, end));
}

function aimedQuote(p: Place): boolean {
  const before = wordAt(p, p.first - 1) ?? '';
  const aimed = G.quotePointers.has(before) || before.endsWith("'re") || before.endsWith("'s");
  return aimed && subjectBefore(p) !== 'first';
}

/** "not always", "you're not lazy", "isn't being careless": a softener just before defuses the phrase. */
function softened(p: Place): boolean {
  let j = p.first - 1;
  if (G.softenerGap.has(wordAt(p, j) ?? '')) j--;
  const w = wordAt(p, j) ?? '';
  return G.softeners.has(w) || w.endsWith("n't");
}

function praises(p: Place): boolean {
  for (let j = p.after; j < p.hi && p.toks[j]?.word; j++) if (G.praise.has(p.toks[j]?.text ?? '')) return true;
  return false;
}

function passes(rule: BlameRule, p: Place, start: number, end: number): boolean {
  if (rule.softenable && softened(p)) return false;
  if (rule.praiseOk && praises(p)) return false;
  switch (rule.guard) {
    case 'always':
      return true;
    case 'not-self':
      return notAboutSelf(p);
    case 'about-them':
      return subjectBefore(p) === 'other';
    case 'opening':
      return opensClause(p);
    case 'not-asked':
      return !G.askers.has(wordAt(p, p.first - 1) ?? '');
    case 'time':
      return timeBlames(p);
    case 'sting':
      return stings(p, start, end);
    case 'quote':
      return aimedQuote(p);
  }
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

function collect(norm: string): Candidate[] {
  const toks = tokenize(norm);
  const { lo, hi } = sentenceRanges(toks);
  const out: Candidate[] = [];
  for (const [rule, re] of COMPILED) {
    for (const m of norm.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const first = tokenAt(toks, start);
      const place: Place = { toks, first, after: tokenAt(toks, end), lo: lo[first] ?? 0, hi: hi[first] ?? 0, text: norm };
      if (first < toks.length && passes(rule, place, start, end)) {
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

const FEELING_RE = new RegExp(
  `(?<![\\p{L}'])(?:i(?:'m| am| was| felt| feel| get| got|'ve been| have been)|made me(?: feel)?|left me(?: feeling)?)(?:\\s+(?:so|really|very|quite|a bit|pretty|a little|more|deeply|kind of))*\\s+(${FEELINGS})(?![\\p{L}])`,
  'iu',
);
const TOPIC_RE = new RegExp(`(?<![\\p{L}-])(${TOPICS})(?![\\p{L}-])`, 'iu');

/** The first clean "<lead> …" fragment (up to a comma or full stop, at most 12 words), as written. */
function fragmentAfter(lead: string, text: string, norm: string, findings: readonly BlameFinding[]): string | null {
  const re = new RegExp(`(?<![\\p{L}'])${lead}\\s+(?!(?:i|we|i'm|we're)(?![\\p{L}']))([^,.;:!?\\n"“”]{3,160})`, 'giu');
  for (const m of norm.matchAll(re)) {
    const group = m[1] ?? '';
    const start = m.index + m[0].length - group.length;
    const end = start + group.length;
    if (findings.some((f) => f.start < end && f.end > start)) continue;
    const words = text.slice(start, end).replace(/[*_`]/gu, '').trim().split(/\s+/u);
    if (words.length >= 2) return words.slice(0, 12).join(' ');
  }
  return null;
}

function situation(text: string, norm: string, findings: readonly BlameFinding[]): string {
  const fragment = fragmentAfter('when', text, norm, findings);
  if (fragment !== null) return fragment;
  const topic = TOPIC_RE.exec(norm)?.[1]?.toLowerCase();
  return topic === undefined
    ? '[what happened, as a camera would see it]'
    : `[what happened with the ${topic}, as a camera would see it]`;
}

function impact(text: string, norm: string, findings: readonly BlameFinding[]): string {
  const fragment = fragmentAfter('because', text, norm, findings);
  if (fragment !== null) return fragment;
  if (/(?<!\p{L})team(?!\p{L})/iu.test(norm)) return '[what it meant for the team]';
  if (/(?<!\p{L})(?:client|customer)s?(?!\p{L})/iu.test(norm)) return '[what it meant for the client and for me]';
  return '[the impact on me or the team]';
}

/** An I-statement template about impact, reusing the writer's own feeling, moment and impact when clean. */
function suggest(text: string, norm: string, findings: readonly BlameFinding[]): string {
  const feeling = FEELING_RE.exec(norm)?.[1]?.toLowerCase() ?? '[your feeling]';
  return `I felt ${feeling} when ${situation(text, norm, findings)}, because ${impact(text, norm, findings)}.`;
}

/** Reviews one piece of text (may hold several sentences, markdown allowed). Never throws; empty text gives no findings. */
export function reviewBlame(text: string): BlameReview {
  if (typeof text !== 'string' || text.trim() === '') return { findings: [], suggestion: null };
  try {
    const norm = normalize(text);
    const findings = merge(collect(norm), text);
    return { findings, suggestion: findings.length === 0 ? null : suggest(text, norm, findings) };
  } catch {
    // The coach is a gentle hint beside the writing; a surprise in it must never block the page.
    return { findings: [], suggestion: null };
  }
}

/** True when any sentence would be flagged. */
export function hasBlame(text: string): boolean {
  return reviewBlame(text).findings.length > 0;
}
