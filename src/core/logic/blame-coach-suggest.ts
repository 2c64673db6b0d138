/**
 * The coach's suggestion: an I-statement template about impact, built from the writer's own words
 * (a named feeling, a clean "when …" moment, a "because …" impact) wherever they are not themselves flagged.
 */
import { FEELINGS, GRAMMAR, TOPICS } from './blame-coach-grammar';
import type { BlameFinding } from './blame-coach';

const FEELING_RE = new RegExp(
  `(?<![\\p{L}'])(?:i(?:'m| am| was| felt| feel| get| got|'ve been| have been)|made me(?: feel)?|left me(?: feeling)?)(?:\\s+(?:so|really|very|quite|a bit|pretty|a little|more|deeply|kind of))*\\s+(${FEELINGS})(?![\\p{L}])`,
  'iu',
);
const TOPIC_RE = new RegExp(`(?<![\\p{L}-])(${TOPICS})(?![\\p{L}-])`, 'iu');

/**
 * An impact speaks of me, the team or the client. One that speaks of them ("because your priorities
 * are elsewhere") or of an unnamed someone ("because someone has to do your job") is a dig said again,
 * so it is not reused: the placeholder asks for the impact instead.
 */
// "They" and "their" stay out of it: "because the team lost their weekend" is an impact on the team.
const NOT_AN_IMPACT = new Set([
  ...[...GRAMMAR.otherPerson].filter((w) => /^(?:you|he|she|him|his|her|hers|himself|herself)/u.test(w)),
  'someone', 'somebody', 'nobody', 'everyone', 'everybody', 'anyone', 'anybody',
]);
const speaksOfThem = (words: readonly string[]): boolean =>
  words.some((w) => NOT_AN_IMPACT.has(w.toLowerCase().replace(/[’‘]/gu, "'").replace(/^\P{L}+|\P{L}+$/gu, '')));

/** Words a fragment cannot end on: a conjunction, an article, a preposition left hanging. */
const DANGLING = /^(?:and|or|but|so|then|the|a|an|to|of|with|for|that|on|in|at|my|our|their|your)$/iu;

/** The first clean "<lead> …" fragment (up to a comma or full stop, at most 12 words), as written. */
function fragmentAfter(lead: string, text: string, norm: string, findings: readonly BlameFinding[], impact = false): string | null {
  // "when I …" is usually the writer's own feeling, not the moment; "because I …" is the impact, in their words.
  const notSelf = impact ? '' : "(?!(?:i|we|i'm|we're)(?![\\p{L}']))";
  const re = new RegExp(`(?<![\\p{L}'])${lead}\\s+${notSelf}([^,.;:!?\\n"“”]{3,160})`, 'giu');
  for (const m of norm.matchAll(re)) {
    const group = m[1] ?? '';
    const start = m.index + m[0].length - group.length;
    const end = start + group.length;
    if (findings.some((f) => f.start < end && f.end > start)) continue;
    const words = text.slice(start, end).replace(/[*_`]/gu, '').trim().split(/\s+/u).slice(0, 12);
    if (impact && speaksOfThem(words)) continue;
    // Cut at 12 words, a moment may end on "and" or "the": the sentence reads as broken. Those words go.
    while (words.length > 0 && DANGLING.test(words[words.length - 1]!)) words.pop();
    if (words.length >= 2) return words.join(' ');
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
  const fragment = fragmentAfter('because', text, norm, findings, true);
  if (fragment !== null) return fragment;
  if (/(?<!\p{L})team(?!\p{L})/iu.test(norm)) return '[what it meant for the team]';
  if (/(?<!\p{L})(?:client|customer)s?(?!\p{L})/iu.test(norm)) return '[what it meant for the client and for me]';
  return '[the impact on me or the team]';
}

/** An I-statement template about impact, reusing the writer's own feeling, moment and impact when clean. */
export function suggest(text: string, norm: string, findings: readonly BlameFinding[]): string {
  const feeling = FEELING_RE.exec(norm)?.[1]?.toLowerCase() ?? '[your feeling]';
  return `I felt ${feeling} when ${situation(text, norm, findings)}, because ${impact(text, norm, findings)}.`;
}
