/**
 * More families of blaming language (issue 15.10): character attributions, "should" statements,
 * mind-reading, comparisons and threats, and further labels, absolutes and sarcasm. Same shape and guards
 * as blame-coach-lexicon.ts; written against the tuning part of a fresh labelled set, never its held-out part.
 */
import type { BlameRule } from './blame-coach-lexicon';

/** The person written about, as "you" or in the third person ("he never…", "she should have…"). */
const WHO = "(?:you(?:'re|'ve|'d|'ll)?|he(?:'s|'d|'ll)?|she(?:'s|'d|'ll)?|they(?:'re|'ve|'d|'ll)?)";
const HELPERS =
  '(?: (?:just|really|totally|completely|simply|clearly|obviously|basically|fundamentally|always|never|still|even|also|then|have|has|had|are|is|were|was|will|would|do|does|did)){0,3}';
/** The person, then up to three helpers or adverbs: "you've just", "she was always", "they'd never have". */
export const YOU = `${WHO}${HELPERS}`;
/** "You" only: for rules where the same words about a third person are a plain report ("He missed the call"). */
export const YOU_ONLY = `you(?:'re|'ve|'d|'ll)?${HELPERS}`;

export const TIP = {
  character: 'That describes who they are, which they can only deny. Describe what they did, and what it cost.',
  should: '“Should” argues about the past. Say what you expected, and what you’d like next time.',
  mind: 'You can’t see their motives. Say what you saw, and ask what was going on for them.',
  compare: 'Comparisons put them against someone else. Stay with what they did and what you need.',
  threat: 'A threat ends the conversation before it starts. Say what matters to you, and what you’d like to agree.',
  label: '“{w}” is a label, and labels stick. Describe what they did, not who they are.',
  always: '“{w}” turns one miss into a verdict. Name the one time it happened.',
  sarcasm: 'Sarcasm can land as contempt, even when it’s meant lightly. Say it plainly.',
} as const;

const CHARACTER: BlameRule[] = [
  {
    kind: 'label',
    guard: 'not-asked',
    pattern: `${YOU} (?:have|has|had|'ve got|got|lack|lacks|lacked|show|showed) (?:no|zero|little|any|a bad|a poor|an? (?:real )?(?:attitude|ego) problem)(?: [\\p{L}-]+){0,2}|${YOU} lack`,
    tip: TIP.character,
  },
  {
    kind: 'label',
    guard: 'not-asked',
    pattern: `${YOU}(?:'re|'s| are| is| were| was)(?: (?:just|simply|clearly|really|obviously|fundamentally|basically))* (?:not|never) (?:committed|trustworthy|cut out|serious|reliable|capable|interested|invested|up to|ready|fit|professional|competent|a leader)|${YOU}(?:'re|'s| are| is) (?:the|a|that) (?:kind|type|sort) of|(?:only|just) in it for (?:yourself|themselves|himself|herself)`,
    tip: TIP.character,
  },
  {
    kind: 'label',
    guard: 'not-asked',
    pattern: `${YOU} (?:don't|doesn't|didn't|do not|can't|cannot|couldn't) (?:have what it takes|give a (?:damn|toss|hoot|thought)|handle|be trusted|cope)`,
    tip: TIP.character,
  },
];

const SHOULD: BlameRule[] = [
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} (?:should|ought to|needed to|had to)(?: really)? (?:have |'ve )?(?:known|know|realised|realized|understood|caught|seen|had|have|done|got)(?! (?:the|a|an|some|any|your|received|heard)(?![\\p{L}]))|(?:anyone|someone|any [\\p{L}-]+|a senior [\\p{L}-]+|a [\\p{L}-]+ in your (?:role|position)) (?:in your (?:role|position) )?(?:should|would|ought to) (?:have )?(?:known|know|caught|noticed|seen)`,
    tip: TIP.should,
  },
];

const MIND_READING: BlameRule[] = [
  { kind: 'accusing-you', guard: 'not-self', pattern: 'on purpose|deliberately|intentionally|purposely|purposefully', tip: TIP.mind },
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU} (?:were|was|are|'re)?(?: (?:clearly|just|obviously|only))? ?(?:trying|hoping|waiting|planning|looking) (?:to|for|nobody|that|no one)|${YOU} (?:think|thought|assumed|assume|figured|figure|decided|knew|wanted|want|pretended|pretend|hoped|expected) (?:i|we|nobody|no one|the|that|this|my|it|someone|exactly|not|me|us)(?![\\p{L}'])|${YOU} (?:didn't|don't|did not|do not) want to`,
    tip: TIP.mind,
  },
];

const COMPARISONS: BlameRule[] = [
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern:
      "(?:everyone|everybody|nobody|no one|anyone) else|even (?:the|a|an) (?:intern|junior|new hire|graduate|trainee|beginner)s?|only (?:your|you)(?![\\p{L}'])|you(?:'re| are) the only (?:one|person)|(?:predecessor|old manager|previous (?:lead|manager)|last year's (?:lead|manager))|other (?:people|leads|managers|teams|engineers) (?:don't|never|manage|have no|had no|get)|(?:ahead of|better than|faster than|behind) (?:you|everyone)(?![\\p{L}'])|why (?:can't|can not|do) you(?: be more like)?(?=\\?| [\\p{L}]+ like)|more like [\\p{L}]+\\?",
    tip: TIP.compare,
  },
];

const THREATS: BlameRule[] = [
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern:
      "(?:you're|you are|you'll be|you will be|we're|we are) (?:off (?:the|this|my)|out|done here|finished|fired|gone)(?![\\p{L}'])|(?:one more|another|any more) (?:[\\p{L}'-]+ ){0,4}and (?:i|you|we|it)(?![\\p{L}])|again and (?:i|you|it|we)(?![\\p{L}])|find someone (?:else )?who can|replace you|(?:taking|take) (?:it|this) to hr|go(?:ing)? to your (?:director|manager|boss)|rethink your role|pull(?:ing)? you off|regret it|see what happens|on thin ice|last chance|there will be consequences|or (?:i|we) (?:escalate|replace|report)|shape up|keeping a record|won't cover for you|end well for you|in your review|don't make me",
    tip: TIP.threat,
  },
];

const MORE_LABELS: BlameRule[] = [
  { kind: 'label', guard: 'not-self', softenable: true, pattern: 'amateur(?:ish)?|half-baked|know-it-all|toxic|like a (?:child|kid|teenager)|shoddy', tip: TIP.label },
  { kind: 'label', guard: 'about-them', softenable: true, pattern: '(?:terrible|awful|poor|bad) (?:listener|manager|communicator|planner|attitude|lead)', tip: TIP.label },
];

const MORE_ABSOLUTES: BlameRule[] = [
  {
    kind: 'absolute',
    guard: 'at-them',
    pattern: "(?:nothing|none of) (?:you|your)(?: [\\p{L}'-]+){0,3} (?:is|are|was|were|has|have) ever|not one of your|(?:are|were|'re) forever",
    tip: TIP.always,
  },
];

const MORE_SARCASM: BlameRule[] = [
  {
    kind: 'sarcasm',
    guard: 'always',
    pattern:
      "(?:good|nice|great|lovely|glad) to see you (?:finally |actually )?(?:remembered|bothered|showed|decided|made it|could)|(?:lovely|nice|kind|good|sweet|generous|thoughtful) of you to|(?:awesome|great|nice|brilliant|fantastic|excellent|amazing|superb|stellar) (?:job|work) (?:forgetting|missing|leaving|losing|breaking|dropping|ignoring|skipping|sending)|impressive how you|way to go,|thanks(?: so much| a lot| a bunch)? for (?:dropping|springing|landing)|(?:real|really|very|super) helpful,|just great|just a suggestion|too much to ask",
    tip: TIP.sarcasm,
  },
];

export const MORE_BLAME_RULES: readonly BlameRule[] = [
  ...CHARACTER, ...SHOULD, ...MIND_READING, ...COMPARISONS, ...THREATS, ...MORE_LABELS, ...MORE_ABSOLUTES, ...MORE_SARCASM,
];
