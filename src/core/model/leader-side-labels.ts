/**
 * The leader's own side of a repair (product.md §5b): the words and small vocabularies the apology
 * plan, predictions, repair bids, follow-ups and "their trust in me" share. Zod-free, so the renderer,
 * Home and Insights can import it cheaply.
 */

/** How they might react in the conversation; the same list is used for the guess and for what happened. */
export const REACTIONS = ['defensive', 'relieved', 'upset', 'surprised', 'apologetic', 'shut-down', 'open'] as const;
export type Reaction = (typeof REACTIONS)[number];

export const REACTION_LABELS: Record<Reaction, string> = {
  defensive: 'Defensive',
  relieved: 'Relieved',
  upset: 'Upset',
  surprised: 'Surprised',
  apologetic: 'Apologetic',
  'shut-down': 'Shut down',
  open: 'Open',
};

/** The noun used in Insights: "you expected defensiveness 4 times". */
export const REACTION_NOUNS: Record<Reaction, string> = {
  defensive: 'defensiveness',
  relieved: 'relief',
  upset: 'upset',
  surprised: 'surprise',
  apologetic: 'an apology from them',
  'shut-down': 'them shutting down',
  open: 'openness',
};

/** The six parts of an apology, in the order it is best said. */
export const APOLOGY_PARTS = ['did', 'effect', 'mine', 'differently', 'offer', 'ask'] as const;
export type ApologyPart = (typeof APOLOGY_PARTS)[number];

export const APOLOGY_PART_COPY: Record<ApologyPart, { label: string; hint: string }> = {
  did: { label: 'What I did', hint: 'Plainly, as a camera would have seen it: “I raised my voice in the stand-up.”' },
  effect: { label: 'How it may have landed for them', hint: 'Your best guess at its effect, held lightly.' },
  mine: { label: 'Owning it', hint: 'That it was yours, without a “but”: “That was on me.”' },
  differently: { label: 'What I’ll do differently', hint: 'One small, concrete change.' },
  offer: { label: 'An offer to put it right', hint: 'Something you can actually do.' },
  ask: { label: 'A question about what would help', hint: '“What would help from my side?”' },
};

export interface ApologyPlan {
  did: string;
  effect: string;
  mine: string;
  differently: string;
  offer: string;
  ask: string;
  /** The leader chose to plan one (from the offer, or on their own). */
  wanted: boolean;
  /** The leader set the offer aside: it is not shown again for this conversation. */
  skipped: boolean;
}

export const emptyApology = (): ApologyPlan => ({ did: '', effect: '', mine: '', differently: '', offer: '', ask: '', wanted: false, skipped: false });

export interface Expectation {
  reactions: Reaction[];
  words: string;
}

export const emptyExpectation = (): Expectation => ({ reactions: [], words: '' });

/** Did I apologise in the conversation? */
export const APOLOGISED = ['yes', 'partly', 'no'] as const;
export type Apologised = (typeof APOLOGISED)[number];
export const APOLOGISED_LABELS: Record<Apologised, string> = { yes: 'Yes', partly: 'Partly', no: 'Not this time' };

/** How an apology or a repair bid was received. */
export const RECEPTIONS = ['well', 'partly', 'not-yet', 'unsure'] as const;
export type Reception = (typeof RECEPTIONS)[number];
export const RECEPTION_LABELS: Record<Reception, string> = {
  well: 'It landed',
  partly: 'Partly',
  'not-yet': 'Not yet',
  unsure: 'Hard to tell',
};

/** Who made a repair bid. */
export const BID_SIDES = ['me', 'them'] as const;
export type BidSide = (typeof BID_SIDES)[number];
export const BID_SIDE_LABELS: Record<BidSide, string> = { me: 'Me', them: 'Them' };

export const FOLLOW_UP_STATUSES = ['planned', 'done', 'dismissed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = { planned: 'Planned', done: 'Done', dismissed: 'Set aside' };

/** How each item reads when estimating their trust in me. */
export const THEIR_TRUST_ITEM_LABELS = {
  reliability: 'I do what I say I will',
  competence: 'I know what I’m doing',
  sincerity: 'What I say is straight',
  care: 'I have their interests at heart',
  reliance: 'They’d bring me something hard, early',
} as const;
