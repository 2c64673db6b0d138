/**
 * The blame coach's sentence shapes (issue 15.10, second round): each rule is a structure of its family
 * rather than a phrase ("every other <team> …", "unlike <anyone>, you …", "if … again, I'll …"). Tuned on
 * the first labelled set only (blame-corpus.ts); the second set (blame-corpus-fresh.ts) measures them.
 */
import type { BlameRule } from './blame-coach-lexicon';
import { TIP, YOU } from './blame-coach-more';

const THEM = "(?:you|your|yours|he|his|him|she|her|they|their|them)(?![\\p{L}'])";
const PEERS = '(?:team|person|lead|manager|engineer|analyst|developer|designer|member|department|colleague|squad|group)s?';

const ABSOLUTE_SHAPES: BlameRule[] = [
  { kind: 'absolute', guard: 'at-them', softenable: true, pattern: 'consistently|routinely|chronically', tip: TIP.always },
  // "Nobody can ever reach you", "nothing he sends is ever ready".
  { kind: 'absolute', guard: 'at-them', pattern: "(?:nobody|no one|nothing|none of [\\p{L}]+)(?: [\\p{L}']+){0,3} ever", tip: TIP.always },
];

const TRAIT_SHAPES: BlameRule[] = [
  {
    // More words of character, judged like the first lists: never about the writer, and "not" defuses them.
    kind: 'label',
    guard: 'not-self',
    softenable: true,
    pattern:
      'obnoxious|abrasive|hostile|evasive|secretive|spoilt|egotistical|self-(?:centred|centered|absorbed|serving)|narcissistic|shifty|ineffective|inefficient|unaccountable|unapproachable|disloyal|ungrateful|erratic|volatile|hot-headed|short-tempered|petulant|belligerent|combative|confrontational|argumentative|sulky|lazy-minded|slovenly|feckless|useless|unbearable|impossible to work with',
    tip: TIP.label,
  },
  { kind: 'label', guard: 'about-them', softenable: true, pattern: 'passive|slow|vague|sloppy|snappy|unpredictable|impatient|rigid', tip: TIP.label },
];

const MOTIVE_SHAPES: BlameRule[] = [
  {
    // "You only said yes to get me off your back": a purpose pinned on them.
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} (?:only|just) [\\p{L}']+(?: [\\p{L}']+){0,4} (?:to|so) (?:get|make|avoid|look|keep|cover|save|end|stop|dodge|escape|please|impress|shut)(?![\\p{L}])`,
    tip: TIP.mind,
  },
];

const SARCASM_SHAPES: BlameRule[] = [
  { kind: 'sarcasm', guard: 'always', pattern: '(?:glad|nice|good|lovely|kind|sweet) (?:that )?you could', tip: TIP.sarcasm },
  {
    kind: 'sarcasm',
    guard: 'not-self',
    pattern: "(?:that's|that is|this is|it's|it is|how|so|just|all too) (?:so |just |very )?typical|typical (?:of|for) (?:you|him|her|them|your|his|their)(?![\\p{L}'])",
    tip: TIP.sarcasm,
  },
];

const COMPARISON_SHAPES: BlameRule[] = [
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: `why (?:can't|couldn't|doesn't|won't|isn't|aren't|can not|cannot) (?:yours|his|hers|theirs|he|she)(?![\\p{L}'])|(?:every|any) other ${PEERS}(?![\\p{L}])|(?:unlike|compared (?:to|with)|next to) [^,.;!?]{1,40}, ${THEM}`,
    tip: TIP.compare,
  },
  { kind: 'accusing-you', guard: 'not-self', pattern: "(?:did|does|do|done|handled|managed|delivered|ran|wrote) (?:it|this|that) (?:better|faster|quicker|properly)|in half the time", tip: TIP.compare },
];

const THREAT_SHAPES: BlameRule[] = [
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: [
      "(?:i|we)(?:'ll| will|'m going to| am going to) make sure (?:everyone|everybody|people|the [\\p{L}]+|your [\\p{L}]+) (?:hears|knows|finds out|sees) about (?:this|it|that|you)",
      // "If it happens again, you're off it / I'll escalate / it goes to someone else."
      "(?:if|when|should) [^.;!?]{0,60}(?:again|once more|one more time)[,]? (?:then )?(?:you(?:'re| are|'ll| will)|i(?:'ll| will|'m| am)|we(?:'ll| will|'re| are)|it(?:'ll| will)?|this(?:'ll| will)?) (?:be |have to |going to |go(?:es)? )?(?:off|out|done|gone|finished|escalate|escalating|report|replace|pull|pulling|remove|take (?:it|this|you)|hand (?:it|this)|give (?:it|this)|move (?:it|you)|find someone|to (?:hr|your|the director|someone)|talk to hr)",
      "(?:keep (?:this|that|it) up|do (?:it|that|this) again|try (?:that|this) again|once more|one more time),? and (?:you|i|we|it)(?![\\p{L}])",
    ].join('|'),
    tip: TIP.threat,
  },
];

/** Every shape rule. */
export const SHAPE_BLAME_RULES: readonly BlameRule[] = [
  ...ABSOLUTE_SHAPES, ...TRAIT_SHAPES, ...MOTIVE_SHAPES, ...SARCASM_SHAPES, ...COMPARISON_SHAPES, ...THREAT_SHAPES,
];
