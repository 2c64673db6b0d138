/**
 * When to offer an apology plan (product.md §5b). The method places the root of overreaction in the
 * leader's own fears, so the offer comes when the leader ran hot or named their own fear as the cause,
 * or simply said so. It is one gentle offer: once set aside, it is not made again for that conversation.
 */
import { APOLOGY_PARTS, type ApologyPlan } from '../model/leader-side-labels';
import { HOT_ACTIVATION, type Cause } from '../model/trust-items';

export type ApologyReason = 'hot-before' | 'hot-during' | 'own-fear' | 'said-so';

export interface ApologySignals {
  /** How stirred up the leader was when preparing for the talk about the incident (0–3, or unknown). */
  prepActivation?: number | null;
  /** How stirred up the leader was during the talk itself. */
  talkActivation?: number | null;
  /** What the diagnosis turned out to be, once the debrief says so. */
  actualCause?: Cause | null;
  /** The apology plan as it stands: the leader may have asked for one, or set the offer aside. */
  plan: Pick<ApologyPlan, 'wanted' | 'skipped'>;
}

/** Why an apology might be worth planning, strongest first; empty when nothing points to one. */
export function apologyReasons(s: ApologySignals): ApologyReason[] {
  const reasons: ApologyReason[] = [];
  if (s.plan.wanted) reasons.push('said-so');
  if (s.actualCause === 'my-own-fear') reasons.push('own-fear');
  // Activation alone counts whether or not the leader named where the feeling came from.
  if ((s.talkActivation ?? 0) >= HOT_ACTIVATION) reasons.push('hot-during');
  if ((s.prepActivation ?? 0) >= HOT_ACTIVATION) reasons.push('hot-before');
  return reasons;
}

/** Show the offer: something points to an apology, it is not planned yet, and it was not set aside. */
export function shouldOfferApology(s: ApologySignals): boolean {
  if (s.plan.wanted || s.plan.skipped) return false;
  return apologyReasons(s).length > 0;
}

/** Show the plan's fields: the leader took up the offer (or asked on their own). */
export const isApologyPlanned = (plan: Pick<ApologyPlan, 'wanted' | 'skipped'>): boolean => plan.wanted && !plan.skipped;

export const isApologyBlank = (plan: ApologyPlan): boolean => APOLOGY_PARTS.every((p) => plan[p].trim() === '');

/**
 * A planned apology with nothing written cannot be finished: the field to fix and what to say.
 * Null when the plan is fine (written, set aside, or never wanted).
 */
export function apologyProblem(plan: ApologyPlan, path: string): { field: string; message: string } | null {
  if (!isApologyPlanned(plan) || !isApologyBlank(plan)) return null;
  return {
    field: `${path}.did`,
    message: 'Your apology plan is still empty. Write a line about what you did, or choose “Not this time” to set it aside.',
  };
}

/** The gentle line that introduces the offer, by its strongest reason. */
export const APOLOGY_OFFER_LINES: Record<ApologyReason, string> = {
  'said-so': 'You said you’d like to own your part. Here is room to plan it.',
  'own-fear': 'You found some of this came from your own worry. A short apology can help you both start again.',
  'hot-during': 'The talk stirred you up. If something came out sharper than you meant, a short apology can open the door again.',
  'hot-before': 'This stirred you up. If you reacted more sharply than you meant to, a short apology can open the door.',
};

/**
 * The signals for the offer in a debrief: the talk itself, the diagnosis, and the plan behind it.
 * One offer per conversation: set aside while preparing, it is not made again afterwards.
 */
export function debriefApologySignals(
  prep: { activation: number | null; plan: Pick<ApologyPlan, 'wanted' | 'skipped'> } | null,
  debrief: { talkActivation: number | null; actualCause: Cause | null; plan: Pick<ApologyPlan, 'wanted' | 'skipped'> },
): ApologySignals {
  return {
    prepActivation: prep?.activation ?? null,
    talkActivation: debrief.talkActivation,
    actualCause: debrief.actualCause,
    plan: { wanted: debrief.plan.wanted, skipped: debrief.plan.skipped || !!prep?.plan.skipped },
  };
}
