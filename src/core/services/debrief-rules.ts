import { DomainError } from '../errors';
import { localDay } from '../logic/calendar';
import type { CommitmentDraft, Debrief, DebriefDiagnosis } from '../model/debrief';

/** A confirmed guess is, by definition, what it turned out to be; nothing else is inferred. */
export function normalizeDiagnosis(d: DebriefDiagnosis): DebriefDiagnosis {
  return d.outcome === 'confirmed' ? { ...d, actual: d.guessed } : d;
}

const refuse = (field: string, message: string): never => {
  throw new DomainError('invalid-input', message, { field });
};

/** The diagnosis must be answered when there was a guess, and a revision must name another cause. */
function checkDiagnosis(d: DebriefDiagnosis): void {
  if (d.outcome === 'confirmed' && d.guessed === null) {
    refuse('diagnosis.outcome', 'There was no guess to confirm. Choose what you think it was really about.');
  }
  if (d.outcome === 'revised' && d.actual === null) {
    refuse('diagnosis.actual', 'Choose what you now think it was really about.');
  }
  if (d.outcome === 'revised' && d.actual === d.guessed) {
    refuse('diagnosis.actual', 'That is the same cause you guessed. Choose another one, or say your guess held.');
  }
  if (d.guessed !== null && d.outcome === null) {
    refuse('diagnosis.outcome', 'Say whether your guess held, or what it turned out to be.');
  }
}

/**
 * Checks that a draft can be finished and returns the commitments to create (blank ones are skipped).
 * One from each side is the default; fewer needs a reason in a line.
 */
export function checkFinish(debrief: Debrief): CommitmentDraft[] {
  checkDiagnosis(debrief.diagnosis);
  checkDueDays(debrief);
  const drafts = debrief.commitmentDrafts.filter((c) => c.text.trim() !== '');
  const from = (owner: CommitmentDraft['owner']) => drafts.filter((c) => c.owner === owner).length;
  if ((from('them') < 1 || from('me') < 1) && debrief.fewerCommitmentsReason.trim() === '') {
    refuse(
      'fewerCommitmentsReason',
      'One commitment from each of you is the usual way to finish. If that did not happen, say why in a line.',
    );
  }
  return drafts;
}

/**
 * A commitment made in a conversation cannot fall due before it (found: one due five days before a
 * conversation held today was finished as already overdue). The day is the leader's local day, as
 * every due date is; a conversation logged late may still give due days already past today.
 */
function checkDueDays(debrief: Debrief): void {
  const held = new Date(debrief.heldAt);
  if (Number.isNaN(held.getTime())) return;
  const day = localDay(held);
  debrief.commitmentDrafts.forEach((c, i) => {
    if (c.text.trim() !== '' && c.dueAt !== null && c.dueAt < day) {
      refuse(`commitmentDrafts.${i}.dueAt`, 'That day comes before the conversation. Pick the day you talked or a later one, or leave the date empty.');
    }
  });
}
