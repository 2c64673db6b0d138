/**
 * Words the incident screens show for the shared vocabulary. Zod-free, so the renderer can import it
 * cheaply; the debrief and trust-check screens reuse the same labels.
 */
import type { Cause, Confidence, IncidentStatus, TrustDomain, TrustItem } from './trust-items';

export const DOMAIN_LABELS: Record<TrustDomain, string> = {
  reliability: 'Reliability',
  competence: 'Competence',
  sincerity: 'Sincerity',
  care: 'Care',
};

/** One line each, in the leader's terms (product.md §3). */
export const DOMAIN_HINTS: Record<TrustDomain, string> = {
  reliability: 'What they commit to gets done, or they say early that it won’t.',
  competence: 'They have the skills, knowledge and resources the work needs.',
  sincerity: 'What they say is accurate, and what they do matches it.',
  care: 'They keep other people’s interests in mind, not only their own.',
};

export const TRUST_ITEM_LABELS: Record<TrustItem, string> = {
  ...DOMAIN_LABELS,
  reliance: 'Reliance',
};

export const TRUST_ITEM_HINTS: Record<TrustItem, string> = {
  ...DOMAIN_HINTS,
  reliance: 'I would hand them something critical without checking it twice.',
};

export const CAUSE_LABELS: Record<Cause, string> = {
  misunderstanding: 'A misunderstanding',
  'unclear-expectations': 'Unclear expectations',
  'personal-challenge': 'A personal challenge',
  'skill-gap': 'A skill gap',
  'cultural-differences': 'Cultural differences',
  'stretched-too-thin': 'Stretched too thin',
  'integrity-concern': 'An integrity concern',
  'my-own-fear': 'My own fear',
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  low: 'A hunch',
  medium: 'Fairly likely',
  high: 'Quite sure',
};

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  open: 'Open',
  repairing: 'Repairing',
  closed: 'Closed',
};

/** The anchors of the 1–7 scale, shown beside the numbers. */
export const RATING_ANCHORS: Record<number, string> = {
  1: 'I’d double-check everything',
  4: 'Mixed',
  7: 'Without a second thought',
};

/** The anchors of "how likely is this to happen again?". */
export const STABILITY_ANCHORS: Record<number, string> = {
  1: 'Very unlikely',
  4: 'Could go either way',
  7: 'Very likely',
};
