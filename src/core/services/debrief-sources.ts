import type { Journal } from '../model/journal';
import type { Cause, Confidence } from '../model/trust-items';

const RANK: Record<Confidence, number> = { low: 1, medium: 2, high: 3 };

/** The most confident of a list of suspected causes; the first listed wins a tie. */
function mostConfident(list: readonly { cause: Cause; confidence: Confidence }[]): Cause | null {
  let best: { cause: Cause; confidence: Confidence } | null = null;
  for (const item of list) if (!best || RANK[item.confidence] > RANK[best.confidence]) best = item;
  return best?.cause ?? null;
}

/**
 * The guess going into the conversation: the preparation's leading hypothesis, else the incident's
 * leading suspected cause, else none.
 */
export function leadingCause(
  journal: Journal,
  prep: { hypotheses: readonly { cause: Cause; confidence: Confidence }[] } | null,
  incidentId: string | null,
): Cause | null {
  const fromPrep = prep ? mostConfident(prep.hypotheses) : null;
  if (fromPrep) return fromPrep;
  const incident = incidentId === null ? undefined : journal.incidents.find((i) => i.id === incidentId);
  return incident ? mostConfident(incident.causes) : null;
}
