/**
 * The blame coach's reading of context: the rules that decide whether a matched
 * phrase is about the other person ("you're careless") or about the writer ("I was careless").
 */
import type { BlameRule } from './blame-coach-lexicon';
import type { Token } from './blame-coach-text';
import { FRAMING, GRAMMAR as G, PREDICATE, STING_CUE } from './blame-coach-grammar';

/** Where a match sits: its first token, the token after it, and its sentence's token range. */
export interface Place {
  toks: readonly Token[];
  first: number;
  after: number;
  lo: number;
  hi: number;
  text: string;
}

type Subject = 'first' | 'other' | 'pointing' | 'unknown' | 'start';

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

const SELF_OWNED = new Set(['my', 'our', 'mine', 'ours']);

/** "There is always more to do": "there" stands for no one, so it reads like a thing as subject. */
function thereIs(p: Place): boolean {
  const from = p.toks[p.lo]?.start ?? 0;
  const start = p.toks[p.first]?.start ?? from;
  return /(?<![\p{L}'])there(?:'s|\s+(?:is|was|are|were))\s*$/iu.test(p.text.slice(from, start));
}

/** Whether the sentence names the other person anywhere ("you", "your", "he", "their"…). */
function namesThem(p: Place): boolean {
  for (let j = p.lo; j < p.hi; j++) if (G.otherPerson.has(wordAt(p, j) ?? '')) return true;
  return false;
}

/**
 * Absolutes blame when aimed at someone or at how things go: "you always…", "he never…", "it's always
 * something", "which happens constantly". With a thing as subject and nobody named ("the servers are
 * always slow", "every release taught me something"), or about the writer's own ("it was never my
 * intention"), they are plain description.
 */
function atThem(p: Place): boolean {
  const subject = subjectBefore(p);
  if (subject === 'other') return true;
  if (!notAboutSelf(p)) return false;
  if (subject === 'pointing' && !thereIs(p)) return !SELF_OWNED.has(wordAt(p, p.after) ?? '');
  return namesThem(p);
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
    if (w !== undefined && G.otherPerson.has(w) && (opensClause || actsHere(p, j))) return true;
  }
  return false;
}

/** "…deadlines you go quiet": a subject form with a verb after it, not an object ("I ask you the…"). */
function actsHere(p: Place, j: number): boolean {
  const w = wordAt(p, j) ?? '';
  const prev = wordAt(p, j - 1) ?? '';
  const next = wordAt(p, j + 1);
  if (!G.subjectForms.has(w) || G.prepositions.has(prev) || next === undefined) return false;
  return !G.firstPerson.has(next) && !G.otherPerson.has(next) && !G.determiners.has(next);
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

/** "You were so difficult" judges them; "you handle difficult customers" does not. */
function predicate(p: Place): boolean {
  let j = p.first - 1;
  while (PREDICATE.degree.has(wordAt(p, j) ?? '')) j--;
  const w = wordAt(p, j) ?? '';
  return PREDICATE.links.has(w) || w.endsWith("'re") || w.endsWith("'s");
}

/** "My story is that you didn't care, and I want to check it": a judgement held up to test, not stated. */
function framed(p: Place, start: number): boolean {
  const from = p.toks[p.lo]?.start ?? start;
  return FRAMING.test(p.text.slice(from, start));
}

export function passes(rule: BlameRule, p: Place, start: number, end: number): boolean {
  if (framed(p, start)) return false;
  if (rule.softenable && softened(p)) return false;
  if (rule.praiseOk && praises(p)) return false;
  switch (rule.guard) {
    case 'always':
      return true;
    case 'not-self':
      return notAboutSelf(p);
    case 'at-them':
      return atThem(p);
    case 'about-them':
      return subjectBefore(p) === 'other' && predicate(p);
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
