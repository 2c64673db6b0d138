/**
 * The shared vocabulary of the trust model (product.md §3, §4). Every other module names these,
 * so the words live here once.
 */
export const TRUST_DOMAINS = ['reliability', 'competence', 'sincerity', 'care'] as const;
export type TrustDomain = (typeof TRUST_DOMAINS)[number];

/** The four domains plus the behavioural item, reliance. */
export const TRUST_ITEMS = [...TRUST_DOMAINS, 'reliance'] as const;
export type TrustItem = (typeof TRUST_ITEMS)[number];

/** A rating is 1–7, or null for "no new evidence". */
export type Rating = number | null;
export type Ratings = Record<TrustItem, Rating>;

export const RATING_MIN = 1;
export const RATING_MAX = 7;

export const ACTIVATION_LEVELS = [0, 1, 2, 3] as const;
export type Activation = (typeof ACTIVATION_LEVELS)[number];
/** At or above this activation a check with no named source is "hot". */
export const HOT_ACTIVATION = 2;

export const CAUSES = [
  'misunderstanding',
  'unclear-expectations',
  'personal-challenge',
  'skill-gap',
  'cultural-differences',
  'stretched-too-thin',
  'integrity-concern',
  'my-own-fear',
] as const;
export type Cause = (typeof CAUSES)[number];

export const INCIDENT_STATUSES = ['open', 'repairing', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const COMMITMENT_OWNERS = ['them', 'me'] as const;
export type CommitmentOwner = (typeof COMMITMENT_OWNERS)[number];

/** "renegotiated" means renegotiated early, before the due date. */
export const COMMITMENT_STATUSES = ['open', 'kept', 'renegotiated', 'late', 'missed'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const MONITORING_KINDS = ['extra-check-in', 'took-work-back', 'left-out-of-client-contact', 'other'] as const;
export type MonitoringKind = (typeof MONITORING_KINDS)[number];

export const FEARS = ['standing', 'control', 'client', 'fairness', 'relationship'] as const;
export type Fear = (typeof FEARS)[number];

/** The five steps of a repair conversation, in order (product.md §1). */
export const CONVERSATION_STEPS = ['perspective', 'permission', 'experience', 'forward', 'commitment'] as const;
export type ConversationStep = (typeof CONVERSATION_STEPS)[number];

/** How sure the leader is about a suspected cause, before the conversation. */
export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** The statuses that close a commitment: every one except open. */
export const COMMITMENT_OUTCOMES = ['kept', 'renegotiated', 'late', 'missed'] as const satisfies readonly Exclude<CommitmentStatus, 'open'>[];
export type CommitmentOutcome = (typeof COMMITMENT_OUTCOMES)[number];
