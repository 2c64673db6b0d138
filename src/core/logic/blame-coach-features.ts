/**
 * What the coach's learned model reads in one sentence: lower-cased words and word pairs, plus a few
 * structural signs of who a sentence is about (a "you" or "he/she/they" subject, an absolute aimed at a
 * person, "should have" about someone else, a question, a quote). Shared by the model (blame-coach-model.ts)
 * and its training script (scripts/train-coach.ts), so both see a sentence the same way.
 */
import { FRAMING, GRAMMAR, STING_CUE } from './blame-coach-grammar';

const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\bcan't\b/gu, 'can not'],
  [/\bwon't\b/gu, 'will not'],
  [/n't\b/gu, ' not'],
  [/'re\b/gu, ' are'],
  [/'m\b/gu, ' am'],
  [/'ve\b/gu, ' have'],
  [/'ll\b/gu, ' will'],
  [/'d\b/gu, ' would'],
  [/'s\b/gu, ' s'],
];

/** Lower-cased words with contractions spelled out ("you're" → "you are"). */
export function words(sentence: string): string[] {
  let s = sentence.toLowerCase().replace(/[\u2018\u2019\u02BC]/gu, "'");
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  return s.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

const SECOND = new Set(['you', 'your', 'yours', 'yourself']);
const THIRD = new Set(['he', 'she', 'they', 'his', 'her', 'him', 'them', 'their']);
const FIRST = new Set(['i', 'me', 'my', 'myself']);
const ABSOLUTE = new Set(['always', 'never', 'every', 'constantly', 'forever', 'ever', 'nothing', 'nobody', 'everyone', 'once', 'again']);
const MODAL = new Set(['should', 'ought', 'supposed', 'must']);
// A question opened by one of these usually asks; "why" questions and tag questions often accuse.
const ASKING = new Set(['what', 'how', 'can', 'could', 'would', 'is', 'are', 'do', 'does', 'shall', 'will', 'who', 'where', 'when', 'which', 'may']);
// Openers that do not change who the sentence is about ("Honestly, you …").
const OPENERS = new Set(['honestly', 'frankly', 'oh', 'well', 'so', 'and', 'but', 'look', 'seriously', 'again', 'wow', 'sure']);

function firstContentWord(ws: readonly string[]): string {
  return ws.find((w) => !OPENERS.has(w)) ?? '';
}

/** Structural signs, named with an "s:" prefix. */
function structure(sentence: string, ws: readonly string[]): string[] {
  const has = (set: Set<string>): boolean => ws.some((w) => set.has(w));
  const out: string[] = [];
  const lead = firstContentWord(ws);
  const other = has(SECOND) || has(THIRD);
  if (has(SECOND)) out.push('s:you');
  if (has(THIRD)) out.push('s:3p');
  if (has(FIRST)) out.push('s:i');
  if (SECOND.has(lead)) out.push('s:you-lead');
  if (THIRD.has(lead)) out.push('s:3p-lead');
  if (lead === 'i' || lead === 'my' || lead === 'we') out.push('s:i-lead');
  if (other && has(ABSOLUTE) && !FIRST.has(lead)) out.push('s:abs-at-person');
  ws.forEach((w, i) => {
    if (!MODAL.has(w)) return;
    const subject = ws[i - 1] ?? '';
    const aimed = SECOND.has(subject) || THIRD.has(subject) || (other && !FIRST.has(subject));
    if (aimed) out.push(ws.slice(i + 1, i + 3).includes('have') ? 's:should-have-other' : 's:should-other');
  });
  if (sentence.includes('?')) out.push(ASKING.has(lead) ? 's:question-asks' : 's:question');
  if (ws.includes('why')) out.push('s:why');
  if (warm(sentence, ws)) out.push('s:warm');
  if (FRAMING.test(sentence)) out.push('s:framed');
  if (/["“”]/u.test(sentence)) out.push('s:quote');
  if (sentence.includes('!')) out.push('s:bang');
  return out;
}

/** Every feature of one sentence: "u:word", "b:word_word" (with "<s>" at the start), and structural signs. */
export function features(sentence: string): string[] {
  const ws = words(sentence);
  const out = new Set<string>();
  ws.forEach((w, i) => {
    out.add(`u:${w}`);
    out.add(`b:${i === 0 ? '<s>' : ws[i - 1]}_${w}`);
  });
  for (const s of structure(sentence, ws)) out.add(s);
  return [...out];
}

// Praise idioms the rules' warm words do not cover.
const WARM_IDIOM = /(?<![\p{L}])like (?:a pro|a champ|clockwork)(?![\p{L}])/iu;

/** Warm words with no miss beside them (the rules' own lists): praise, not sarcasm. */
function warm(sentence: string, ws: readonly string[]): boolean {
  return (ws.some((w) => GRAMMAR.praise.has(w)) || WARM_IDIOM.test(sentence)) && !STING_CUE.test(sentence);
}

/**
 * Sentences the model is never allowed to flag on its own, because its word weights cannot tell them from
 * blame: a question that asks (opened by "what", "how", "could"…, with no "why") and a praise idiom with no
 * miss beside it (warm words in general are only a feature: sarcasm is full of them). The rules still judge them; these are left to the rules alone.
 */
export function outsideModel(sentence: string): boolean {
  const ws = words(sentence);
  const asks = sentence.trim().endsWith('?') && ASKING.has(firstContentWord(ws)) && !ws.includes('why');
  return asks || ((WARM_IDIOM.test(sentence) || PRAISED.test(sentence)) && !STING_CUE.test(sentence));
}

/**
 * Praise said of someone ("you are so kind", "she was really helpful"): the label rule's own list of
 * words that are no label, after the same "is so / really / very". The model's word weights read the
 * "you are so" as blame (0.99 for "You are so kind to help the team."); warm words in general stay a
 * feature only, since sarcasm is full of them (letting them all through cost recall on every set).
 */
const PRAISED =
  /(?<![\p{L}])(?:you|he|she|they)(?:'re|'s| are| is| was| were|'ve been| have been|'s been| has been) (?:so|really|very|such an?|incredibly|always so) (?:kind|generous|helpful|good|great|clear|careful|thoughtful|patient|calm|honest|brave|supportive|reliable|lovely|nice|organi[sz]ed)(?![\p{L}])/iu;
