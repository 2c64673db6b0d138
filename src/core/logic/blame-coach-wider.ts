/**
 * The blame coach's broader rules (issue 15.10): the general grammar of each family (labels, absolutes,
 * "should", mind-reading, comparisons, threats, sarcasm) rather than any one phrasing, so sentences unlike
 * the ones it was tuned on are still caught.
 */
import type { BlameRule } from './blame-coach-lexicon';
import { TIP, YOU, YOU_ONLY } from './blame-coach-more';

/** Broader forms of each family: the common shapes of the kinds, not of any one sentence. */
const BROADER: BlameRule[] = [
  {
    kind: 'label',
    guard: 'not-self',
    softenable: true,
    pattern: 'clumsy|reckless|petty|vindictive|devious|deceitful|slapdash|slipshod|half-hearted|mediocre|second-rate|substandard|inept|a disgrace|a waste of (?:time|space)|rubbish|garbage',
    tip: TIP.label,
  },
  { kind: 'label', guard: 'about-them', softenable: true, pattern: 'unacceptable|ridiculous|absurd|embarrassing|lame|pointless', tip: TIP.label },
  {
    kind: 'label',
    guard: 'always',
    pattern: `${YOU}(?:'re|'s| are| is) (?:incapable|unable|not capable|not able) of|(?:there's|there is) something wrong with you|(?:that's|that is) (?:just )?(?:who you are|typical of you|so you)|typical of you|people like you`,
    tip: TIP.character,
  },
  {
    kind: 'absolute',
    guard: 'at-them',
    softenable: true,
    pattern: "invariably|without fail|non-?stop|perpetually|habitually|endlessly|repeatedly|every (?:week|day|month|quarter|task|ticket|update|estimate|deliverable|plan|date|change|one of your)|all (?:of )?your (?:work|reports|updates|estimates|plans|promises|deadlines|tickets)|(?:do|did) you ever",
    tip: TIP.always,
  },
  { kind: 'accusing-you', guard: 'not-asked', pattern: `${YOU} (?:should(?:n't)?|ought to|were (?:meant|expected|supposed) to|must have)(?! feel free)(?! have (?:the|a|an|some|any|your|received|heard)(?![\\p{L}]))`, tip: TIP.should },
  {
    kind: 'accusing-you',
    guard: 'not-asked',
    pattern: `${YOU_ONLY} (?:just |only |secretly |actually )?(?:wanted|want|meant|intended|tried|were out|like|love|enjoy|were glad|were happy) to|${YOU} (?:think|thought|believe|believed|assume|assumed|figured|reckoned) (?:you|that|it|this|i|we|nobody|no one|my|the|they|he|she)(?![\p{L}'])|${YOU}(?:'re|'s| are| is| were| was)? (?:just )?(?:pretending|faking|hiding|playing games|covering (?:for )?(?:yourself|himself|herself|themselves|up|(?:your|his|her|their) (?:back|tracks)))|your (?:real )?(?:motive|agenda|game) (?:was|is)`,
    tip: TIP.mind,
  },
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: "(?:unlike|compared (?:to|with)) (?:the others|everyone|your (?:peers|colleagues|team))|the rest of (?:the team|us|the group|them) (?:managed|did|had no|got|can|could|delivered|met|hit)|why can't you|(?:your|the) (?:colleagues|peers|teammates|coworkers|co-workers) (?:all|never|always|manage|managed|did|get|got)|(?:the )?(?:worst|slowest|weakest|least reliable) (?:on|in|of) (?:the|this|my)|(?:any|every) other (?:[\p{L}-]+ )?(?:would|could|did|manages|can|has|had)",
    tip: TIP.compare,
  },
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: "or else|(?:final|last) warning|i'm warning you|i am warning you|be warned|you've been warned|disciplinary|performance improvement|lose your (?:job|place|bonus|role|seat)|cost you your|you'll be sorry|you will be sorry|(?:unless|if) you(?: [\p{L}'-]+){1,6},? (?:i'll|i will|i'm going to|you'll be|you will be|you're) (?:be )?(?:report|escalate|replace|pull|remove|take you|off|out|gone|fired|done|finished)",
    tip: TIP.threat,
  },
  {
    kind: 'sarcasm',
    guard: 'always',
    pattern: "(?:oh|wow|gee|well),? (?:thanks|great|wonderful|brilliant|fantastic|lovely|amazing|perfect|super)|thanks(?: so much| a lot| a bunch| heaps)? for (?:finally|the (?:late|last-minute))|as if|(?:real|really|very|super|so) (?:helpful|useful|professional|mature|considerate),|what (?:a|an) (?:shock|treat|genius)|stroke of genius|who knew|shocking|bravo|kudos|congrats|congratulations",
    tip: TIP.sarcasm,
  },
];

/** The grammar of each family, one level more general again. */
const GRAMMAR: BlameRule[] = [
  {
    kind: 'label',
    guard: 'always',
    pattern: `(?:you|he|she)(?:'re|'s| are| is| was| were|'ve been| have been|'s been| has been) (?:being )?(?:so|such an?|really|very|too|incredibly|totally|utterly|completely|a real|an absolute|a total)(?! (?:kind|generous|helpful|good|great|clear|careful|thoughtful|right|much|patient|calm|quick|busy|tired|stretched|stressed|overloaded|sorry|keen|pleased|happy|proud|glad|excited|honest|open|brave|supportive|organi[sz]ed|reliable|well|nice|lovely)(?![\\p{L}]))|(?:that|this|it) was (?:so |really |very |pretty )?[\\p{L}-]+ of you`,
    // Its match is the frame ("You are so"), not the label after it: a tip quoting it called "You are
    // so" a label (found by a helper).
    tip: 'This says who they are, and labels stick. Describe what they did, not who they are.',
  },
  {
    kind: 'absolute',
    guard: 'at-them',
    pattern: "(?:late|wrong|missed|forgot|broke|failed|short|over budget|behind) again|(?:this is|that's|that is|it's) the (?:third|fourth|fifth|sixth|tenth|nth|umpteenth|hundredth) time",
    tip: TIP.always,
  },
  {
    kind: 'accusing-you',
    guard: 'not-self',
    pattern: "(?:should|shouldn't|ought to) (?:have )?(?:been|known|done|told|asked|checked|seen|thought|caught|noticed)|(?:it was|that was|that's|it's) (?:your|on your) (?:job|responsibility|call)|your job (?:was|is) to|(?:it was|it's|it is) up to you",
    tip: TIP.should,
  },
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: `${YOU} (?:don't|didn't|never|do not|did not) (?:want|mean|intend|bother|plan)(?:ed)?(?![\\p{L}])|you (?:couldn't|can't) care less|you (?:know|knew) (?:full well|perfectly well|exactly|it|that|this)(?![\\p{L}])|(?:clearly|obviously|apparently),? you (?:think|thought|don't|didn't|wanted|were|are|couldn't|just)|you (?:thought|think) (?:you could|you'd|you would|nobody|no one|i wouldn't|i won't)|(?:to|so as to) make (?:me|us) look (?:bad|stupid|foolish|incompetent)|to get back at|you were (?:just )?(?:using|protecting|saving|covering) (?:yourself|your|me)`,
    tip: TIP.mind,
  },
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: "(?:as good as|half as [\\p{L}]+ as|twice as [\\p{L}]+ as) (?:you|them|the others|everyone)|like (?:the|your) (?:others|rest)|(?:everyone|everybody|all the others|the others) (?:else )?(?:managed|manages|did|does|can|could|got|gets|had|has|knew|knows|read|hit|met|delivered|submitted|handled)(?![\\p{L}])|(?:most|any) (?:people|leads|managers|engineers|analysts|colleagues) (?:would|could|manage|know|knows)|(?:at|in) your (?:level|grade|seniority|stage)",
    tip: TIP.compare,
  },
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: "i(?:'ll| will)(?: have to)? (?:report you|replace you|remove you|fire you|let you go|write you up|take (?:action|this further|it further|this higher|it higher))|you(?:'ll| will) (?:be|get) (?:reported|replaced|removed|fired|written up|let go|taken off|moved off|demoted)|(?:your|the) (?:job|position|role|place on the team|bonus) (?:is|will be) (?:on the line|at risk|in danger|in question)|(?:this|that) (?:is|was) (?:your|the) (?:last|final) (?:time|chance|warning)|won't (?:tolerate|accept|stand for)|will be (?:trouble|hell to pay)",
    tip: TIP.threat,
  },
  {
    kind: 'sarcasm',
    guard: 'always',
    pattern: "(?:great|nice|good|brilliant|fantastic|excellent|amazing|lovely|wonderful|perfect|awesome|well done|way to go)[,!.]? (?:[\\p{L}']+,? ){0,4}(?:again|as usual|as always|as ever|once more)|(?:thanks|thank you)(?: so much| a lot| a bunch)? for (?:[\\p{L}']+ ){0,3}(?:at the last minute|after the (?:fact|deadline|client|meeting))|(?:so|very|really) (?:nice|kind|thoughtful|generous) of you|(?:i'm|i am) (?:so )?(?:shocked|stunned|amazed)|said no one ever|(?:big|huge) help",
    tip: TIP.sarcasm,
  },
];

/** Nouns and adjectives of character, broader forms of motive, comparison, threat and sarcasm. */
const WIDER: BlameRule[] = [
  {
    kind: 'label',
    guard: 'not-self',
    softenable: true,
    pattern: 'forgetful|scatterbrained|ignorant|gutless|worthless|tactless|insensitive|heartless|uncaring|unmotivated|complacent|smug|cocky|pushy|whiny|inattentive|unfocused|a (?:liability|burden|fraud|bully|coward|hypocrite|fool|moron|clown|snake|phony|fake)',
    tip: TIP.label,
  },
  { kind: 'label', guard: 'about-them', softenable: true, pattern: 'naive|weak|lax|slack|chaotic|messy', tip: TIP.label },
  {
    kind: 'label',
    guard: 'not-asked',
    pattern: `${YOU} (?:don't|do not|never|won't|can't) (?:try|learn|think|change|grow|improve|take responsibility|own (?:it|anything|up)|step up|follow through)|${YOU} (?:have|'ve got) an? (?:[\\p{L}]+ )?(?:problem|issue) with`,
    tip: TIP.character,
  },
  {
    kind: 'absolute',
    guard: 'at-them',
    pattern: 'every [\\p{L}-]+ you (?:make|send|write|touch|run|give|own|lead|take|start)|ever since you',
    tip: TIP.always,
  },
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: `you (?:saw|see) (?:me|us|this|it) as|in your (?:mind|head)|you (?:must|probably) (?:think|thought|have thought|believe)|(?:because|since) you (?:think|thought|don't|didn't|wanted|want|felt|like|enjoy)(?![\\p{L}])|(?:i'm|i am) (?:sure|certain) you (?:were|had|did|must)`,
    tip: TIP.mind,
  },
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: "(?:more|less|better|worse|faster|slower|quicker|smarter|harder) (?:[\\p{L}]+ )?than (?:you|yours)(?![\\p{L}'])|you(?:'re| are) (?:the )?(?:worst|slowest|weakest|least)|unlike you|the (?:only|one) (?:team|person|lead|one) (?:who|that) (?:still|keeps|can't|didn't|missed|never)",
    tip: TIP.compare,
  },
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: "(?:or|otherwise),? (?:i|we)(?:'ll| will|'m going to| am going to)|(?:if|unless) (?:you|this|it|that)[^.,;!?]{0,40},? (?:you(?:'re| are| will be|'ll be)|i(?:'m| am) (?:going to|taking|pulling|reporting)|there(?:'ll| will) be)|(?:you|your) (?:won't|will not) (?:last|be here|have a job|keep your)|(?:i'm|i am) (?:done|finished) with you|(?:i'm|i am) taking (?:it|this) (?:to|up with)",
    tip: TIP.threat,
  },
  {
    kind: 'sarcasm',
    guard: 'always',
    pattern: "(?:great|perfect|fantastic|brilliant|wonderful|lovely|super|marvell?ous|wow)[,!] (?:just|another|more|so|you|that|the)|apparently,|(?:sure|yeah|right),? (?:because|like)|(?:really |truly )?outd(?:id|one) yourself|(?:what|such) (?:a|an) (?:brilliant|great|fantastic|wonderful|lovely|clever) (?:idea|plan|move|job|effort)|no rush|in your own (?:sweet )?time|take your sweet time",
    tip: TIP.sarcasm,
  },
];

/** Charged verbs that open on "you", and threats phrased as what the writer will do to them. */
const CHARGED: BlameRule[] = [
  {
    kind: 'accusing-you',
    guard: 'opening',
    pattern: `${YOU_ONLY} (?:botched|bungled|fumbled|flubbed|overlooked|neglected|misread|misjudged|mishandled|misled|overpromised|underdelivered|overcommitted|dumped|ditched|bailed|vanished|disappeared|ghosted|rushed|hid|withheld|blamed|snapped|yelled|shouted|interrupted|talked over|contradicted|wrecked|derailed|stalled|sat on)`,
    tip: TIP.character,
  },
  {
    kind: 'accusing-you',
    guard: 'always',
    pattern: "(?:i|we)(?:'ll| will| am going to|'m going to)(?: have to)? (?:let you go|move you off|take you off|find someone else|talk to hr|speak to hr|involve hr|go above you|go over your head)",
    tip: TIP.threat,
  },
];

/** Every broader rule. */
export const WIDER_BLAME_RULES: readonly BlameRule[] = [...BROADER, ...GRAMMAR, ...WIDER, ...CHARGED];
