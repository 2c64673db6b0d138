/**
 * The diagnosis map (product.md §4): for each suspected cause, which trust domain it tends to look
 * like a breach of, where repair should lean, and what evidence of recovery to watch for.
 * Pure data, zod-free: the preparation's "what might be going on" step and the debrief both read it.
 */
import { CAUSES, type Cause, type TrustDomain } from '../model/trust-items';

export interface DiagnosisEntry {
  /** The domains it can look like a breach of; empty when the cause is the leader's own (my-own-fear). */
  looksLike: readonly TrustDomain[];
  /** What it would mean if this is what's going on: one sentence a leader can hold while preparing. */
  meaning: string;
  /** Where repair should lean. */
  repair: string;
  /** What would show, over the following weeks, that trust is coming back. */
  watch: string;
}

const CLARITY: Omit<DiagnosisEntry, 'meaning'> = {
  looksLike: ['reliability'],
  repair: 'Agree together on what “done” looks like and by when, and own your part in the fuzziness.',
  watch: 'The next piece of work matches what you both agreed.',
};

export const DIAGNOSIS_MAP: Record<Cause, DiagnosisEntry> = {
  misunderstanding: {
    ...CLARITY,
    meaning: 'You may each have been working from a different picture of the task.',
  },
  'unclear-expectations': {
    ...CLARITY,
    meaning: 'What you needed may never have been said out loud, or not clearly enough.',
  },
  'personal-challenge': {
    looksLike: ['reliability', 'care'],
    meaning: 'Something outside work may be taking more of them than usual.',
    repair: 'Offer support and some flexibility, and agree how they’ll flag trouble early next time.',
    watch: 'They tell you about slips before the deadline instead of after it.',
  },
  'skill-gap': {
    looksLike: ['competence'],
    meaning: 'The work may have asked for something they haven’t learned yet.',
    repair: 'Name the gap plainly and kindly, and plan how they’ll build the skill, with your help.',
    watch: 'Milestones on the plan are met, and you find yourself checking less.',
  },
  'cultural-differences': {
    looksLike: ['sincerity', 'care'],
    meaning: 'You may read directness, deadlines or hierarchy differently.',
    repair: 'Talk about how each of you works with deadlines and bad news before judging intent.',
    watch: 'Fewer moments where one of you misreads the other.',
  },
  'stretched-too-thin': {
    looksLike: ['reliability'],
    meaning: 'They may simply have had more on their plate than fits.',
    repair: 'Reprioritise together; your own commitment can be to take something off the load.',
    watch: 'Work lands on time once the load has changed.',
  },
  'integrity-concern': {
    looksLike: ['sincerity'],
    meaning: 'What they said and what happened may not line up, and it may not be an accident.',
    repair: 'Stay with evidence, agree on safeguards, and accept that full trust may take long or not return.',
    watch: 'No new gaps between what they say and what happens.',
  },
  'my-own-fear': {
    looksLike: [],
    meaning: 'Part of the heat may be about your own standing, not about them.',
    repair: 'Cool down first, and apologise if you reacted more strongly than the moment called for.',
    watch: 'You monitor less, and your ratings are made in calmer moments.',
  },
};

/** The causes in the order the map lists them. */
export const DIAGNOSIS_CAUSES: readonly Cause[] = CAUSES;

/** The trust domains a set of suspected causes points at, without repeats, in map order. */
export function domainsSuggestedBy(causes: readonly Cause[]): TrustDomain[] {
  const out: TrustDomain[] = [];
  for (const cause of causes) {
    for (const d of DIAGNOSIS_MAP[cause]?.looksLike ?? []) if (!out.includes(d)) out.push(d);
  }
  return out;
}
