/**
 * The verdict rules of product.md §3, tried in order: too early → declining → recovering → steady.
 */
import { VERDICT_THRESHOLDS as T, atLeast, atMost, below } from './verdict-thresholds';
import type { VerdictKind, VerdictMetrics } from './verdict-types';

/** A repair verdict without its words. */
export interface Decision {
  kind: Exclude<VerdictKind, 'summary'>;
  qualifier: 'restored' | 'stalled' | null;
}

/**
 * (now − low) / (baseline − low). Null without a baseline, and null when the baseline is at or below the
 * low: nothing was lost to recover, and dividing by zero or a negative gap would only mislead.
 */
export function recoveryRatio(nowLevel: number | null, low: number | null, baseline: number | null): number | null {
  if (nowLevel === null || low === null || baseline === null) return null;
  const drop = baseline - low;
  if (drop <= T.epsilon) return null;
  const ratio = (nowLevel - low) / drop;
  return Number.isFinite(ratio) ? ratio : null;
}

/** Too early: too few cool checks, too short a span, or too few of their commitments resolved. */
export function isTooEarly(m: VerdictMetrics): boolean {
  return m.coolChecks < T.minCoolChecks || below(m.spanDays, T.minSpanDays) || m.resolvedCount < T.minResolvedCommitments;
}

/** Declining: a repeat incident, a falling slope, or fewer than half of their commitments kept. */
export function isDeclining(m: VerdictMetrics, repeat: boolean): boolean {
  if (repeat) return true;
  if (m.slopePer30 !== null && atMost(m.slopePer30, T.decliningSlope)) return true;
  return m.keptRate !== null && below(m.keptRate, T.decliningKeptRate);
}

/** Recovering: rising slope, most commitments kept, and clearly above the low. */
export function isRecovering(m: VerdictMetrics): boolean {
  if (m.slopePer30 === null || m.keptRate === null || m.nowLevel === null || m.low === null) return false;
  return (
    atLeast(m.slopePer30, T.recoveringSlope) &&
    atLeast(m.keptRate, T.recoveringKeptRate) &&
    atLeast(m.nowLevel, m.low + T.recoveringLift)
  );
}

/** Applies the rules in their product order. */
export function decide(m: VerdictMetrics, repeat: boolean): Decision {
  if (isTooEarly(m)) return { kind: 'too-early', qualifier: null };
  if (isDeclining(m, repeat)) return { kind: 'declining', qualifier: null };
  if (isRecovering(m)) return { kind: 'recovering', qualifier: null };
  const ratio = m.recoveryRatio;
  if (ratio !== null && atLeast(ratio, T.restoredRatio)) return { kind: 'steady', qualifier: 'restored' };
  if (ratio !== null && below(ratio, T.stalledRatio)) return { kind: 'steady', qualifier: 'stalled' };
  return { kind: 'steady', qualifier: null };
}

/**
 * The set-up-to-fail pattern: they keep their word, the trend is flat, yet the leader is checking up on
 * them more than the month before.
 */
export function hasTrustLag(m: VerdictMetrics): boolean {
  if (m.keptRate === null || m.slopePer30 === null) return false;
  const flat = below(Math.abs(m.slopePer30), T.lagFlatSlope);
  return atLeast(m.keptRate, T.lagKeptRate) && flat && m.monitoringLast30 > m.monitoringPrev30;
}

/** The short label shown on the badge. */
export function verdictLabel(decision: Decision): string {
  switch (decision.kind) {
    case 'too-early':
      return 'Too early to tell';
    case 'declining':
      return 'Declining';
    case 'recovering':
      return 'Recovering';
    case 'steady':
      if (decision.qualifier === 'restored') return 'Steady — restored';
      if (decision.qualifier === 'stalled') return 'Steady — stalled';
      return 'Steady';
  }
}
