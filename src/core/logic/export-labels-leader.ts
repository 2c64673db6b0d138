import { APOLOGY_PART_COPY, FOLLOW_UP_STATUS_LABELS, REACTION_LABELS, RECEPTION_LABELS } from '../model/leader-side-labels';

/** Export words for the leader's own side (apology, predictions, repair bids, follow-ups, their trust). */
export const LEADER_SIDE_FIELD_LABELS: Record<string, string> = {
  apology: 'Apology I planned',
  did: APOLOGY_PART_COPY.did.label,
  effect: APOLOGY_PART_COPY.effect.label,
  mine: APOLOGY_PART_COPY.mine.label,
  offer: APOLOGY_PART_COPY.offer.label,
  ask: APOLOGY_PART_COPY.ask.label,
  expect: 'What I expected them to say or feel',
  reactions: 'Reactions',
  words: 'In my words',
  ownSide: 'My own side',
  talkActivation: 'How stirred up I was in the talk (0–3)',
  apologised: 'Did I apologise?',
  received: 'How it was received',
  apologyNote: 'About the apology',
  happened: 'How they actually reacted',
  happenedWords: 'What happened, in my words',
  by: 'Whose attempt',
  what: 'What was done',
  week: 'Weeks after the conversation',
};

export const LEADER_SIDE_VALUE_LABELS: Record<string, string> = {
  ...REACTION_LABELS,
  ...RECEPTION_LABELS,
  planned: FOLLOW_UP_STATUS_LABELS.planned,
  dismissed: FOLLOW_UP_STATUS_LABELS.dismissed,
};
