/**
 * Words the debrief, commitment, trust-check and monitoring screens show. Zod-free, so the renderer
 * (and Home, Insights) can import it cheaply. Cause, domain, step and activation words live with the
 * incident and preparation labels and are reused from there.
 */
import type { CommitmentOwner, CommitmentStatus, MonitoringKind } from './trust-items';
import type { StepHappened } from './debrief-vocabulary';

export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  open: 'Open',
  kept: 'Kept',
  renegotiated: 'Renegotiated early',
  late: 'Late',
  missed: 'Missed',
};

/** Short owner labels for lists: "Theirs" / "Mine". */
export const OWNER_LABELS: Record<CommitmentOwner, string> = { them: 'Theirs', me: 'Mine' };

export const MONITORING_KIND_LABELS: Record<MonitoringKind, string> = {
  'extra-check-in': 'An extra check-in',
  'took-work-back': 'Took work back',
  'left-out-of-client-contact': 'Left them out of client contact',
  other: 'Something else',
};

export const STEP_HAPPENED_LABELS: Record<StepHappened, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

/** What "hot" means, said once so the form, the timeline and any chart use the same words. */
export const HOT_CHECK_EXPLANATION =
  'It was taken while feeling strongly, with no source named. It stays on the chart but is left out of the trend, since the feeling may be doing the rating.';
