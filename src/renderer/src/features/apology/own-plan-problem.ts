import { createSignal } from 'solid-js';
import { ApiError } from '../../lib/api';
import { PREP_SCREENS } from '../../../../core/model/preparation-labels';

/**
 * When marking a plan ready is refused because of the leader's own side (an empty apology plan, a
 * prediction with no reaction), the flow opens the screen that holds the field and the field shows
 * the message. Kept here so the preparation flow needs one call.
 */
const [problem, setProblem] = createSignal<{ field: string; message: string } | null>(null);

export const ownPlanProblem = problem;
export const clearOwnPlanProblem = (): void => void setProblem(null);

/** The message for a field path ("plan.apology.did") while that problem stands. */
export const ownPlanErrorFor = (field: string): string | undefined => (problem()?.field === field ? problem()!.message : undefined);

const SCREEN_OF: [prefix: string, screen: (typeof PREP_SCREENS)[number]][] = [
  ['plan.apology', 'experience'],
  ['plan.expect', 'perspective'],
];

/** True when the refusal was about the leader's own side: the flow then goes to `go(step)`. */
export function routeOwnPlanProblem(e: unknown, go: (step: number) => void): boolean {
  if (!(e instanceof ApiError) || !e.field) return false;
  const hit = SCREEN_OF.find(([prefix]) => e.field!.startsWith(prefix));
  if (!hit) return false;
  setProblem({ field: e.field, message: e.message });
  go(PREP_SCREENS.indexOf(hit[1]));
  return true;
}
