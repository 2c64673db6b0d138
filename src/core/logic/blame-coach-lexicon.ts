/**
 * Word lists and tips for the blame-language coach (blame-coach.ts). Kept apart from the matching
 * engine so the wording can be tuned without touching the logic.
 *
 * Patterns are regex sources matched case-insensitively (with the `u` flag) on text whose curly
 * apostrophes were straightened. A plain space stands for any run of whitespace, and the engine adds
 * word boundaries that also respect hyphens, so "never" misses "nevertheless" and "never-ending".
 */
import type { BlameKind } from './blame-coach';
import { MORE_BLAME_RULES, YOU, YOU_ONLY } from './blame-coach-more';
import { FORM_BLAME_RULES } from './blame-coach-forms';
import { SHAPE_BLAME_RULES } from './blame-coach-shapes';
import { WIDER_BLAME_RULES } from './blame-coach-wider';

/**
 * When a match counts. Most rules need context, because the same word can own a mistake or pin one
 * on someone else:
 * - `always`: every match.
 * - `not-self`: unless the nearest subject is the writer ("I was careless" is ownership, not blame).
 * - `at-them`: not about the writer, and aimed at the other person: their subject, or them named in the
 *   sentence ("the servers are always slow" is description; "it's always your team" is not).
 * - `about-them`: only when the nearest subject is the other person and the word is said of them
 *   ("you were so difficult", not "you handle difficult customers"): words that also fit situations.
 * - `opening`: only when "you" opens a clause; "I felt … when you missed it" is the I-statement we want.
 * - `not-asked`: unless a question word comes first ("what you need to…", "if you ignore…").
 * - `time`: "every time …" is judged by who acts in it ("every time I think about it" is fine).
 * - `sting`: praise or thanks that only counts next to a miss ("great job missing…").
 * - `quote`: one or two words in quotes, pointed at them ("your “urgent” email").
 */
export type BlameGuard =
  | 'always'
  | 'not-self'
  | 'at-them'
  | 'about-them'
  | 'opening'
  | 'not-asked'
  | 'time'
  | 'sting'
  | 'quote';

/** One family of blaming phrases and the tip shown for it. `{w}` in a tip is the matched words. */
export interface BlameRule {
  kind: BlameKind;
  pattern: string;
  guard: BlameGuard;
  tip: string;
  /** "not", "almost" or "-n't" just before defuses it ("not always", "you're not lazy"). */
  softenable?: boolean;
  /** A warm word after it makes it praise ("you've always been generous"). */
  praiseOk?: boolean;
}

const TIP = {
  always: '“{w}” turns one miss into a verdict. Name the one time it happened.',
  never: '“{w}” wipes out the times it went fine. Name the moment you have in mind.',
  forever: '“{w}” is hard to answer. Say how long it took, and what the wait cost you.',
  youStart: 'Starting with “you…” puts them on trial. Start with what you saw, then how it landed for you.',
  opening: 'Lead with the moment, not the person: “When the report came in late, I felt…”.',
  should: '“Should have” argues about the past. Say what you’d like to see next time.',
  care: 'You can’t see what they care about. Say what you saw, and ask what was going on.',
  listen: 'Name the moment you felt unheard, and what you needed right then.',
  letDown: 'Say what you were counting on, and what happened instead.',
  madeMe: 'Own the feeling as yours: “I felt … when …”.',
  need: 'Orders close the talk. Say what you’d like to see, and ask what would help.',
  keep: '“You keep…” makes it sound endless. Name the specific times.',
  why: 'A question that accuses is hard to answer honestly. Try “What got in the way?”',
  fault: 'Fault is a dead end. Describe what happened and what it cost the team.',
  label: '“{w}” is a label, and labels stick. Describe what they did, not who they are.',
  sarcasm: 'Sarcasm can land as contempt, even when it’s meant lightly. Say it plainly.',
  knew: '“{w}” hints they should have known. Say what you expected instead.',
  usual: '“{w}” drags in every past miss. Stay with this one.',
  busy: 'Guessing at their reasons can sting. Ask what was on their plate.',
  niceFor: 'That reads as resentment. Say what you’ve been carrying instead.',
  sting: 'Praise with an edge reads as sarcasm. Say plainly what happened and how it felt.',
  quote: 'Quote marks around their word can read as an eye-roll. Use plain words.',
} as const;

const ABSOLUTES: BlameRule[] = [
  {
    kind: 'absolute',
    guard: 'at-them',
    softenable: true,
    praiseOk: true,
    pattern:
      'always|constantly|continually|all the time|as always|time and (?:time )?again|again and again|over and over(?: again)?|every single(?! time)|(?:everyone|everybody) knows|(?:nobody|no one) (?:trusts|believes|wants)',
    tip: TIP.always,
  },
  {
    kind: 'absolute',
    guard: 'time',
    softenable: true,
    pattern: '(?:each and every|every single|every|each) time|whenever',
    tip: TIP.always,
  },
  {
    kind: 'absolute',
    guard: 'at-them',
    pattern:
      'never(?! mind)|not once|(?:nothing|nobody|no one|none of (?:you|them)) ever|not a single (?:time|thing)',
    tip: TIP.never,
  },
  {
    kind: 'absolute',
    guard: 'at-them',
    softenable: true,
    pattern:
      'every (?:deadline|meeting|project|sprint|report|handover|release|review|call|email|promise)s?|for the (?:hundredth|thousandth|millionth|umpteenth|nth|tenth) time',
    tip: TIP.always,
  },
  { kind: 'absolute', guard: 'at-them', pattern: '(?:take|takes|took|taking) forever', tip: TIP.forever },
];

const ACCUSING: BlameRule[] = [
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} (?:failed|ignored|ignore|ignoring|dismissed|refused|lied|ruined|ruin|wasted|waste|undermined|undermine|abandoned|embarrassed|blindsided|humiliated|sabotaged|betrayed|screwed up|messed up|mess up|screw up|blew (?:it|off)|blow (?:it|off)|dropped the ball|drop the ball|threw (?:me|us) under the bus|went behind (?:my|our) back|left (?:me|us) (?:hanging|in the dark|alone|to)|only care|only think|only ever|think you can|think you're|seem to think|have no idea|did it again|did this again|don't get it|didn't even|don't even|can't even|couldn't be bothered|can't be bothered|didn't bother|don't bother|did nothing|do nothing)`,
    tip: TIP.youStart,
  },
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} let (?:me|us|the team|the whole team|the client|everyone|them|him|her|people) down`,
    tip: TIP.letDown,
  },
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} (?:don't|didn't|do not|did not|never) (?:care|respect|value|think about)`,
    tip: TIP.care,
  },
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} (?:don't|didn't|do not|did not|never|won't|wouldn't|aren't|weren't|are not|were not|not) (?:listen|listening)`,
    tip: TIP.listen,
  },
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} (?:should have(?! (?:the|a|an|some|any|your|received|heard)(?![\\p{L}]))|should've|shouldn't have|ought to have|could have at least|could've at least|supposed to|had one job)`,
    tip: TIP.should,
  },
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} (?:need|needs|have|had) to (?:start|stop|learn|understand|step up|get your|fix|take this|be more|pull your)`,
    tip: TIP.need,
  },
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} (?:made|make|making) (?:me|us|the team|everyone|all of us) (?:look|feel|miss|lose|redo|scramble|cover|wait|chase|work)`,
    tip: TIP.madeMe,
  },
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} (?:keep|kept|keeps) (?:missing|forgetting|ignoring|dropping|skipping|changing|interrupting|pushing|slipping|cancelling|canceling|making excuses|coming in late|showing up late)`,
    tip: TIP.keep,
  },
  {
    kind: 'accusing-you',
    guard: 'opening',
    pattern: `${YOU_ONLY} (?:missed|miss|forgot|forget|broke|lost|skipped|dropped|cancelled|canceled|overrode|late|went (?:silent|quiet|dark|missing)|(?:showed|turned|came) (?:up|in) late|didn't (?:send|reply|respond|answer|call|tell|show|finish|deliver|follow|check|come|update|flag|warn|ask|loop|include|read|review|test))`,
    tip: TIP.opening,
  },
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern:
      "why (?:didn't|don't|can't|couldn't|wouldn't|won't|would) you|why do you (?:always|never|keep|even)|how could you|how hard (?:is|was|can) it|what were you thinking|what(?: is|'s) (?:wrong with you|your problem)|(?:do|did) you even",
    tip: TIP.why,
  },
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    softenable: true,
    pattern:
      "(?:your|his|her|their) (?:fault|mistake|mess|doing)|your (?:attitude|behaviou?r) (?:is|was|has been)|the problem is you|(?:it's|that's|this is|it is|that is|it was) on you|because of you|you people|you(?:'re| are| were) the (?:reason|problem|one who)",
    tip: TIP.fault,
  },
];

const LABELS: BlameRule[] = [
  {
    kind: 'label',
    guard: 'not-self',
    softenable: true,
    pattern:
      'lazy|careless|unprofessional|sloppy|incompetent|unreliable|irresponsible|selfish|useless|hopeless|clueless|disrespectful|arrogant|dishonest|flaky|negligent|inconsiderate|thoughtless|immature|disorgani[sz]ed|stupid|idiot|idiotic|pathetic|entitled|childish|sneaky|manipulative|untrustworthy|apathetic|uncommitted|rude|insubordinate|two-faced|spineless|passive-aggressive|dismissive|condescending|a liar|a slacker|a control freak|not a team player|(?:the|a) weak link|dead weight',
    tip: TIP.label,
  },
  {
    kind: 'label',
    guard: 'about-them',
    softenable: true,
    pattern:
      'difficult|defensive|negative|emotional|dramatic|stubborn|aggressive|unprepared|distracted|disengaged|oversensitive|touchy|moody|bossy|cold|unresponsive|unhelpful|controlling|closed-off|a joke|a disaster|a mess|a nightmare',
    tip: TIP.label,
  },
];

const SARCASM: BlameRule[] = [
  {
    kind: 'sarcasm',
    guard: 'always',
    pattern:
      "thanks for nothing|of course,? (?:you|he|she|they)(?:'re|'s|'d|'ve)?(?! (?:can|may|could|are welcome|were right)(?![\\p{L}]))|yeah,? right|sure you (?:did|were|are|do|will)|(?:heaven|god) forbid|big surprise|what a surprise|surprise,? surprise|shocker|colou?r me (?:surprised|shocked)|who would(?: have|'ve) (?:thought|guessed)|how many times|so-called|(?:nice|good|kind) of you to (?:finally|show|join|bother|let)|how (?:nice|kind|thoughtful|generous|convenient)(?: of you| for you)?|thanks for finally|(?:glad|nice) (?:that )?you (?:could )?finally|grace us with|oh,? (?:great|perfect|wonderful|brilliant|sure)|nice try|I (?:guess|suppose) you (?:were|are|had|have|just|didn't|don't|thought|forgot)|thanks(?: a lot| so much)? for (?:leaving|dumping|ignoring|forgetting|abandoning)",
    tip: TIP.sarcasm,
  },
  { kind: 'sarcasm', guard: 'always', pattern: "must(?: have|'ve)? be(?:en)? nice", tip: TIP.niceFor },
  {
    kind: 'sarcasm',
    guard: 'always',
    pattern: "clearly,? you|you clearly|clearly (?:didn't|don't|weren't|wasn't|had no|have no|couldn't|can't|never)",
    tip: TIP.knew,
  },
  { kind: 'sarcasm', guard: 'not-self', pattern: 'obviously|apparently', tip: TIP.knew },
  { kind: 'sarcasm', guard: 'not-self', pattern: 'as usual|per usual|same as always', tip: TIP.usual },
  {
    kind: 'sarcasm',
    guard: 'not-self',
    pattern: 'too busy (?:to|for)|better things to do|more important things',
    tip: TIP.busy,
  },
  {
    kind: 'sarcasm',
    guard: 'sting',
    pattern:
      '(?:great|nice|good|fantastic|brilliant|excellent|wonderful|terrific|super) (?:job|work|going)|well done|way to go|bravo|congrat(?:ulation)?s|thanks (?:a lot|so much|a bunch|a million)|thank you (?:so|very) much',
    tip: TIP.sting,
  },
  {
    kind: 'sarcasm',
    guard: 'quote',
    pattern: String.raw`["“][\p{L}'-]+(?: [\p{L}'-]+)?["”]|'[\p{L}-]+(?: [\p{L}-]+)?'`,
    tip: TIP.quote,
  },
];

/** Every rule, in no particular order: overlaps are merged afterwards. */
export const BLAME_RULES: readonly BlameRule[] = [...ABSOLUTES, ...ACCUSING, ...LABELS, ...SARCASM, ...MORE_BLAME_RULES, ...WIDER_BLAME_RULES, ...SHAPE_BLAME_RULES, ...FORM_BLAME_RULES];
