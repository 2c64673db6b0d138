/**
 * The blame coach's second round of shapes (issue 15.10), tuned on the first two labelled sets
 * (blame-corpus.ts, blame-corpus-fresh.ts) and measured on a third written before this round. Each rule
 * is the structure of a family: a damning noun said of work or a person, "acting like a …", a praise word
 * with a tag question, "even <anyone> managed", "<someone> would never have let this happen", watching and
 * withdrawing cover as threats.
 */
import type { BlameRule } from './blame-coach-lexicon';
import { TIP, YOU } from './blame-coach-more';

const WHO = '(?:you|he|she|they)';
/** Nouns that judge a piece of work outright ("the handover was a shambles"). */
const DAMNING = 'embarrassment|disgrace|shambles|farce|fiasco|joke|circus|train ?wreck|fantasy|fiction|guesswork|wishful thinking|nonsense|rubbish|garbage|car crash|laughing stock';
/** Nouns that judge a person ("a pushover", "a bunch of amateurs"). */
const PERSON_NOUNS = 'pushover|doormat|diva|prima donna|drama queen|control freak|micromanager|liability|amateurs?|brat|coward|bully|snake|fraud|hypocrite|fool|clown|slacker|loser|liar|know-it-all|bottleneck|dead loss|lost cause|menace|martyr';

const LABEL_FORMS: BlameRule[] = [
  { kind: 'label', guard: 'not-self', softenable: true, pattern: `(?:is|are|was|were|'s|'re|been) (?:a |an )?(?:(?:complete|total|absolute|utter|pure|sheer|real) )?(?:${DAMNING})|pure (?:${DAMNING})`, tip: TIP.label },
  {
    kind: 'label',
    guard: 'not-self',
    softenable: true,
    pattern: `(?:a|an|such an?|(?:a|an) (?:real|total|complete|absolute|utter)|a bunch of|like an?) (?:[\\p{L}-]+ )?(?:${PERSON_NOUNS})(?![\\p{L}])`,
    tip: TIP.label,
  },
  // "She acted like a spoiled kid": acting like anything but a pro is a put-down.
  { kind: 'label', guard: 'not-self', pattern: '(?:acted|acting|acts|act|behaved|behaving|behaves|behave) like (?:a|an|some)(?= )(?! (?:pro|professional|champ|star|leader|hero)(?![\\p{L}]))', tip: TIP.label },
];

const ABSOLUTE_FORMS: BlameRule[] = [
  { kind: 'absolute', guard: 'at-them', pattern: '(?:day|week|month|year|time|sprint|meeting) after (?:day|week|month|year|time|sprint|meeting)|day in,? day out', tip: TIP.always },
  { kind: 'absolute', guard: 'at-them', pattern: `${WHO} (?:miss|misses|missed|forget|forgets|forgot|ignore|ignores|ignored|drop|drops|dropped|break|breaks|broke|lose|loses|lost|mess(?:es|ed)? up) (?:everything|anything|all of it)`, tip: TIP.always },
  { kind: 'absolute', guard: 'at-them', pattern: "(?:n't|not|never) (?:[\\p{L}]+ )?(?:a single|one single)", tip: TIP.always },
];

const CHARACTER_FORMS: BlameRule[] = [
  {
    kind: 'label',
    guard: 'not-self',
    pattern: [
      "(?:could not|couldn't|could hardly) care less",
      "not (?:someone|somebody|a person|anyone) (?:i|we|anyone|people|the team) (?:can|could) (?:rely on|count on|trust|depend on)",
      "(?:is|are|was|were|'s|'re) only (?:interested|bothered|concerned) (?:in|with|about)",
      "all (?:you|he|she|they) (?:care|cares|cared|think|thinks|thought|worry|worries|worried) about",
    ].join('|'),
    tip: TIP.character,
  },
  {
    kind: 'label',
    guard: 'not-asked',
    pattern: `${YOU} (?:don't|doesn't|didn't|do not|does not|did not) (?:have|show) (?:the|any|enough) (?:discipline|maturity|skills?|judge?ment|experience|backbone|commitment|drive|patience|integrity|focus|competence|respect|sense)|${YOU} (?:has|had|have|'s got|'ve got) an? (?:[\\p{L}]+ )?(?:problem|issue) with`,
    tip: TIP.character,
  },
];

const SHOULD_FORMS: BlameRule[] = [
  {
    kind: 'accusing-you',
    guard: 'not-self',
    pattern: "(?:a|an|any) (?:senior|decent|competent|good|experienced|proper|grown) [\\p{L}-]+ (?:should|would|ought to|wouldn't|would not)",
    tip: TIP.should,
  },
];

const MIND_FORMS: BlameRule[] = [
  { kind: 'accusing-you', guard: 'always', pattern: `${WHO} (?:think|thinks|thought|believe|believes|believed) (?:you|he|she|they)(?:'re|'s| are| is| was| were)? (?:above|better than|too good|too important|too senior|special|untouchable|exempt)`, tip: TIP.mind },
  { kind: 'accusing-you', guard: 'not-self', pattern: '(?:only|just|simply|purely) to (?:get|make(?! sure)|avoid|look|keep|cover|save|end|stop|dodge|escape|please|impress|shut|win|spite|annoy)(?![\\p{L}])', tip: TIP.mind },
  // "I know you…" reads their mind, unless what follows is warm ("I know you care about this").
  { kind: 'accusing-you', guard: 'not-asked', praiseOk: true, pattern: "(?:i know|i can tell|i bet|it's obvious|it is obvious) (?:you|he|she)(?![\\p{L}'])", tip: TIP.mind },
];

const SARCASM_FORMS: BlameRule[] = [
  {
    kind: 'sarcasm',
    guard: 'always',
    pattern: [
      "oh,? (?:good|lovely|fantastic|joy|marvell?ous|super|nice|wonderful|wait)",
      "(?:brilliantly|wonderfully|perfectly|swimmingly|smoothly|great|well|brilliant|perfect|fantastic|lovely|nice)[^.;!?]{0,5}, (?:didn't|wasn't|isn't|doesn't|hasn't|weren't|aren't) (?:it|that|they)\\?",
      "another (?:masterpiece|triumph|stroke of genius|classic|gem|winner|great idea|brilliant (?:idea|plan|move|excuse))",
      "(?:deadline|date|brief|rule|meeting|review|process)s? (?:was|were|is|are) (?:optional|just a suggestion|a suggestion|negotiable)",
      "(?:thanks|thank you)[^.;!?]{0,60} after (?:the|my|your|our|everyone)[^.;!?]{0,20} (?:did|had|called|found|noticed|complained|asked)",
      "(?:appreciate|love|enjoy|nice|great|lovely|wonderful)[^.;!?]{0,20} (?:finding|hearing) (?:out )?(?:about [^.;!?]{1,30} )?from (?:the|a|another|someone|my) (?:client|customer|director|board|boss|manager|press|team|else|other)",
    ].join('|'),
    tip: TIP.sarcasm,
  },
];

const COMPARISON_FORMS: BlameRule[] = [
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: [
      "even (?:the|a|an|our|my) (?:new |junior )?(?:intern|junior|trainee|graduate|grad|new hire|apprentice|student|temp|beginner|newbie)s?(?![\\p{L}])",
      "even (?:the|our|my) (?:newest|youngest|most junior|greenest) [\\p{L}-]+",
      "(?:wish|if only) (?:you|he|she|they) [\\p{L}]+(?: [\\p{L}]+)? (?:like|the way)(?= )",
      "other (?:people|leads|managers|engineers|analysts|colleagues|teams)(?: [\\p{L}']+){1,4} (?:without (?:help|being|any|a)|just fine|on their own|on time)",
      "(?<=(?:[;,]|but|while|whereas) )(?:yours|his|hers|theirs) (?:does|did|is|was|has|can|won't|never|doesn't|didn't|isn't|wasn't|hasn't|can't)",
      "so (?:i know )?it (?:can|could) be done(?=\\s*[.!]|\\s*$)",
    ].join('|'),
    tip: TIP.compare,
  },
  // "Tom would never have let this happen": a third person held up against them.
  { kind: 'accusing-you', guard: 'not-self', pattern: '(?:would|could)(?:n\'t| not| never) have (?:let|allowed) (?:this|that|it)', tip: TIP.compare },
];

const THREAT_FORMS: BlameRule[] = [
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: [
      "(?:goes|go|going|give|hand|handing|move|moving|pass|passing) (?:it |this |the [\\p{L}]+ )?(?:over )?to someone else",
      "(?:won't|will not|not going to) (?:protect|cover for|defend|shield|save|stand up for) you",
      "or (?:i|we)(?:'ll| will)? (?:go to|take (?:it|this)|talk to|speak to|raise (?:it|this)|escalate)",
      "(?:i'll|i will|i'm going to|i am going to)(?: be| start)? (?:watching|monitoring|tracking|documenting|noting|logging) (?:every|each|you|your|everything)",
    ].join('|'),
    tip: TIP.threat,
  },
];

/** Every second-round form. */
export const FORM_BLAME_RULES: readonly BlameRule[] = [
  ...LABEL_FORMS, ...ABSOLUTE_FORMS, ...CHARACTER_FORMS, ...SHOULD_FORMS, ...MIND_FORMS, ...SARCASM_FORMS, ...COMPARISON_FORMS, ...THREAT_FORMS,
];
