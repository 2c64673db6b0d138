/**
 * Small word classes and cue lists for the blame coach: who a phrase is about, what stings, which
 * feelings and topics a suggestion can reuse. Data only; the rules live in blame-coach-lexicon.ts.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Small word classes the engine uses to tell who a phrase is about. Lower case, apostrophes straight. */
export const GRAMMAR = {
  /** Subjects that mean the writer (object forms like "me" say nothing about who acts). */
  firstPerson: words("i i'm i've i'd i'll we we're we've we'd we'll myself ourselves"),
  /** Words that point at the other person. */
  otherPerson: words(
    "you you're you've you'd you'll your yours yourself he he's he'd he'll she she's she'd she'll they they're they've they'd they'll him her his them their theirs himself herself themselves",
  ),
  /** Forms that can only be a subject ("you go quiet", "he misses…"); "you" is both, so the context decides. */
  subjectForms: words("you you're you've you'd you'll he he's he'd he'll she she's she'd she'll they they're they've they'd they'll"),
  /** Words that start a noun phrase: after "you" they make it an object ("I send you the report"). */
  determiners: words('the a an my your our their his her this that these those some any it'),
  /** "it", "this", "that": a subject only before a verb ("it always lands…", not "think about it all the time"). */
  pointing: words('it this that there'),
  /** Contractions that are always a pointing subject. */
  pointingSubjects: words("it's that's there's this's which"),
  /** Verbs and helpers that show a pointing word is the subject. */
  verbish: words(
    "is was has had have keeps kept will would does did doesn't didn't isn't wasn't feels felt seems seemed looks looked sounds sounded always never just really ends ended happens happened goes went comes came gets got lands landed falls fell becomes became makes made can could should must might may won't wouldn't can't couldn't shows showed leaves left puts put turns turned",
  ),
  /** Helpers and adverbs a subject search reads through without losing the thread. */
  seeThrough: words(
    "am is are was were be been being have has had do does did will would shall should can could may might must not don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't won't wouldn't can't couldn't shouldn't just really so very too quite pretty rather a an bit little kind sort of such totally completely honestly frankly basically simply clearly obviously always never still even also often sometimes again feel felt feeling seem seemed seems look looked looks sound sounded sounds come came across as like get got getting become became me us my our to somewhat slightly incredibly extremely awfully",
  ),
  /** Once a subject search has passed a content word, these start a new clause (its subject is unknown). */
  clauseStarters: words(
    'think thought feel felt noticed notice saw see know knew believe guess worry worried fear feared said say told heard realised realized hope wish sense sensed suspect mean meant seems seemed and but or so because when whenever if while although though since that which who where after before until unless',
  ),
  /** After a verb, these mean it is not introducing a clause ("I think about that call…"). */
  prepositions: words('about of on in at for with to through over up back'),
  /** After "that", these show it introduces a clause ("I know that the plan…"), not a noun ("that call"). */
  clauseHeads: words(
    "the a an my your our their his her its this these those it it's i i'm you you're we they he she someone everyone nobody people there",
  ),
  /** Words after which "you" still opens the clause ("Yesterday you missed…", "and you forgot…"). */
  openers: words(
    'and but so then plus yet also honestly frankly seriously look listen well again basically instead now today yesterday tonight week month time once twice morning afternoon monday tuesday wednesday thursday friday saturday sunday',
  ),
  /** Question words that make a "you" phrase a question rather than a charge ("what you need to…"). */
  askers: words('what how whatever whether if where unless thank'),
  /** Words that aim a quoted word at them ("your “urgent” email", "you were “busy”"). */
  quotePointers: words('your his her their were was are is being been so very really too pretty quite such'),
  /** Words just before a phrase that defuse it ("not always", "not lazy"). */
  softeners: words('not never almost nearly hardly rarely'),
  /** Filler a softener may sit behind ("not so careless", "isn't being lazy"). */
  softenerGap: words('so that very really being be been at all entirely quite'),
  /** Warm words that turn "always" into praise ("you've always been someone I could count on"). */
  praise: words(
    'care cares rely relied depend depended great good generous helpful kind thoughtful reliable dependable careful calm patient brilliant supportive appreciated appreciate grateful thank thanks count trust trusted valued value admire respect enjoyed enjoy love proud welcome glad happy there extra help helps helping support supports willing encouraging',
  ),
} as const;

/** Link words and degree words: "difficult" judges them only as a predicate ("you were so difficult"), not in "you handle difficult customers". */
export const PREDICATE = {
  links: words("is are was were be been being am seem seems seemed sound sounds sounded look looks looked feel feels felt get gets got become becomes became as stay stayed remain remained"),
  degree: words('so very really too quite pretty rather such a an bit little kind sort of incredibly extremely awfully totally completely utterly being just always often sometimes getting increasingly more'),
} as const;

/** Words that hold a judgement up to check it rather than state it ("my story is that you…", "I caught myself thinking you…"). */
export const FRAMING =
  /(?<![\p{L}'])(?:my story is|the story i(?:'m| am) telling myself|the story i tell myself|i caught myself (?:thinking|assuming|deciding)|i told myself|part of me (?:thinks|thought|wonders)|i(?:'m| am| was) tempted to (?:think|say)|i jumped to)(?![\p{L}])/iu;

/** A miss next to praise or thanks makes it sarcastic ("great job missing the deadline"). */
export const STING_CUE =
  /(?<![\p{L}'])(?:late|missed|miss|missing|forgot|forgetting|forgotten|failed|failing|broke|broken|lost|losing|ruined|wrong|mess|messed|blew|dropped|ignored|ignoring|after the (?:client|fact|deadline|meeting|call|event)|leaving (?:me|us)|left (?:me|us)|dumping|nothing|didn't (?:send|tell|show|finish|reply|call|check|deliver|do|bother|even))(?![\p{L}])/iu;

/** Feelings the suggestion can reuse when the writer has already named one. */
export const FEELINGS =
  'worried|anxious|frustrated|embarrassed|stressed|disappointed|exposed|stuck|overwhelmed|concerned|upset|hurt|alone|surprised|uneasy|nervous|blindsided|uncertain|unsure|out of the loop|caught off guard|angry|annoyed|sad|scared|helpless|isolated|confused|drained|under pressure|on edge|let down|frightened|powerless|tense|fed up|exhausted|tired|irritated|ashamed|guilty|panicked|stretched thin|stretched|disheartened|discouraged|furious|rattled|flustered|deflated|demoralised|demoralized';
/** Work things the suggestion can name when no "when …" clause is usable. */
export const TOPICS =
  'deadlines?|reports?|client|customer|demo|launch|review|handover|release|presentation|meeting|email|update|check-in|budget|proposal|slides|stand-?up|project|plan|call|feedback|sprint|ticket|estimate|contract|numbers|invoice|deck|rollout|migration|schedule';
