/**
 * The shapes the verdict engine reads and returns. Inputs are structural and minimal so the real
 * journal records (which carry more fields) can be passed straight in.
 */
import type { CommitmentStatus, IncidentStatus, TrustDomain, TrustItem } from '../model/trust-items';

/** Ratings as stored: a number 1–7, or null / missing for "no new evidence". */
export type RatingsLike = Partial<Record<TrustItem, number | null>>;

/** The incident fields the verdict needs. */
export interface VerdictIncident {
  id: string;
  /** ISO date-time. */
  occurredAt: string;
  status: IncidentStatus;
  domains: TrustDomain[];
  /** Before-ratings; null or missing means no evidence. */
  baseline: RatingsLike;
}

/** The trust-check fields the verdict needs. */
export interface VerdictCheck {
  id: string;
  /** ISO date-time. */
  at: string;
  ratings: RatingsLike;
  /** 0–3. */
  activation: number;
  /** The named source of the feeling; '' when none. */
  source: string;
}

/** The commitment fields the verdict needs. */
export interface VerdictCommitment {
  owner: 'them' | 'me';
  status: CommitmentStatus;
  /** 'YYYY-MM-DD' or ISO date-time. */
  dueAt: string | null;
  /** ISO date-time. */
  resolvedAt: string | null;
}

/** A monitoring note: one instance of the leader's own distrust behaviour. */
export interface VerdictNote {
  /** ISO date-time. */
  at: string;
}

/** Everything about one relationship, plus the moment of evaluation every window counts back from. */
export interface VerdictInput {
  incidents: VerdictIncident[];
  checks: VerdictCheck[];
  commitments: VerdictCommitment[];
  monitoringNotes: VerdictNote[];
  now: Date;
}

/** The repair verdicts, plus 'summary' for a relationship with no open incident. */
export type VerdictKind = 'too-early' | 'declining' | 'recovering' | 'steady' | 'summary';

/** The numbers behind a verdict, unrounded. */
export interface VerdictMetrics {
  coolChecks: number;
  hotChecks: number;
  spanDays: number;
  slopePer30: number | null;
  keptRate: number | null;
  keptCount: number;
  resolvedCount: number;
  low: number | null;
  nowLevel: number | null;
  baseline: number | null;
  recoveryRatio: number | null;
  monitoringLast30: number;
  monitoringPrev30: number;
}

/** A verdict with its label, its one-sentence reason and the numbers behind it. */
export interface Verdict {
  kind: VerdictKind;
  /** Only for 'steady'. */
  qualifier: 'restored' | 'stalled' | null;
  label: string;
  /** One line of at most 15 words: the deciding fact (verdict-short.ts). */
  reason: string;
  /** The whole reasoning, one plain sentence with every figure, shown behind "Why?". */
  why: string;
  /** "Your trust may lag the evidence." */
  lagFlag: boolean;
  lagNote: string | null;
  /** Always present: this is the leader's perception, not a measurement of the other person. */
  perceptionNote: string;
  focusIncidentId: string | null;
  focusItems: TrustItem[];
  metrics: VerdictMetrics;
}
