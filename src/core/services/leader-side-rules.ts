import { DomainError } from '../errors';
import type { Preparation } from '../model/preparation';
import type { Debrief } from '../model/debrief';
import { apologyProblem } from '../logic/apology-offer';
import { expectationProblem } from '../logic/predictions';

const refuse = (problem: { field: string; message: string } | null): void => {
  if (problem) throw new DomainError('invalid-input', problem.message, { field: problem.field });
};

/** Before a plan is marked ready: a planned apology has words, a prediction names a reaction. */
export function checkOwnPlan(prep: Preparation): void {
  refuse(apologyProblem(prep.plan.apology, 'plan.apology'));
  refuse(expectationProblem(prep.plan.expect, 'plan.expect'));
}

/** Before a debrief is finished: the same two rules for what it adds about the leader's own side. */
export function checkOwnDebrief(debrief: Debrief): void {
  refuse(apologyProblem(debrief.ownSide.apology, 'ownSide.apology'));
  const what = expectationProblem({ reactions: debrief.ownSide.happened, words: debrief.ownSide.happenedWords }, 'ownSide');
  refuse(what && { field: 'ownSide.happened', message: 'Pick at least one reaction that came, so you can compare it with what you expected. Your words are kept.' });
}
