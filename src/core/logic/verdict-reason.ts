/**
 * The words of a verdict's "Why?": one plain sentence of evidence, never a judgement of the other person.
 * Figures are rounded in verdict-figures.ts, so they always agree with the verdict; the maths upstream
 * stays exact.
 */
import { VERDICT_THRESHOLDS as T } from './verdict-thresholds';
import { fmt1, percentBack, shownLift, slopeWords } from './verdict-figures';
import type { RepeatIncident } from './verdict-incidents';
import { hasTrustLag } from './verdict-rules';
import type { Decision } from './verdict-rules';
import type { VerdictMetrics } from './verdict-types';

/** Shown with every verdict: the journal holds the leader's view, not a score of the other person. */
export const PERCEPTION_NOTE =
  'This reflects your own ratings: a picture of your trust, not a measurement of them.';

export { fmt1 };

/** "1 calm check", "3 calm checks". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/**
 * "reliability up 0.6 a month over 5 calm checks"; the subject may be '' for a bare direction. `down` and
 * `up` are the thresholds the slope was judged against, so the figure lands on the same side.
 */
export function trendClause(subject: string, slope: number | null, cool: number, down?: number, up?: number): string {
  const over = `over ${plural(cool, 'calm check', 'calm checks')}`;
  if (slope === null) return `no trend yet${subject ? ` for ${subject}` : ''}`;
  return [subject, slopeWords(slope, down, up), over].filter((part) => part !== '').join(' ');
}

/** "they kept 4 of 5 recent commitments" (renegotiating early counts as keeping). */
export function keptClause(kept: number, resolved: number): string {
  if (resolved === 0) return `none of their commitments came due in the last ${T.commitmentWindowDays} days`;
  return `they kept ${kept} of ${plural(resolved, 'recent commitment', 'recent commitments')}`;
}

/** "now 1.0 above its low of 3.0, 33% of the way back to 6.0". */
export function levelClause(m: VerdictMetrics): string {
  const { nowLevel, low, baseline, recoveryRatio } = m;
  if (nowLevel === null || low === null) return '';
  const base = `now ${fmt1(shownLift(nowLevel, low))} above its low of ${fmt1(low)}`;
  if (baseline === null) return `${base}, with no before-rating to compare`;
  if (recoveryRatio === null) return `${base}, never below the ${fmt1(baseline)} of before`;
  if (recoveryRatio >= 1) return `${base}, at or above the ${fmt1(baseline)} of before`;
  return `${base}, ${percentBack(recoveryRatio)}% of the way back to ${fmt1(baseline)}`;
}

/** "a newer incident 12 days ago also touched reliability". */
export function repeatClause(repeat: RepeatIncident): string {
  const when = repeat.daysAgo === 0 ? 'today' : `${plural(repeat.daysAgo, 'day', 'days')} ago`;
  return `a newer incident ${when} also touched ${listWords(repeat.shared)}`;
}

/** What is there so far, and what is still missing, for a too-early verdict. */
export function tooEarlyReason(subject: string, m: VerdictMetrics): string {
  const facts: string[] = [];
  const needs: string[] = [];
  const weeks = T.minSpanDays % 7 === 0 ? plural(T.minSpanDays / 7, 'week', 'weeks') : plural(T.minSpanDays, 'day', 'days');
  if (m.coolChecks < T.minCoolChecks) {
    facts.push(checksSoFar(m));
    needs.push(`at least ${T.minCoolChecks} calm checks over ${weeks}`);
  } else if (m.spanDays < T.minSpanDays) {
    facts.push(`your ${m.coolChecks} calm checks span ${plural(Math.floor(m.spanDays), 'day', 'days')}`);
    needs.push(`calm checks spread over at least ${weeks}`);
  }
  if (m.resolvedCount < T.minResolvedCommitments) {
    facts.push(resolvedSoFar(m.resolvedCount));
    needs.push(`at least ${T.minResolvedCommitments} resolved commitments of theirs`);
  }
  return `Too early to tell about ${subject}: ${facts.join(' and ')}; ${needs.join(' and ')} are needed.`;
}

function checksSoFar(m: VerdictMetrics): string {
  const count = m.coolChecks === 0 ? 'no calm checks since the incident' : `${plural(m.coolChecks, 'calm check', 'calm checks')} so far`;
  if (m.hotChecks === 0) return count;
  return `${count} (${plural(m.hotChecks, 'hot one', 'hot ones')} left out of the trend)`;
}

function resolvedSoFar(resolved: number): string {
  const window = `in the last ${T.commitmentWindowDays} days`;
  if (resolved === 0) return `none of their commitments resolved ${window}`;
  return `${plural(resolved, 'commitment', 'commitments')} of theirs resolved ${window}`;
}

/** The sentence for declining, recovering and steady: label, then trend, commitments and level. */
export function repairReason(decision: Decision, label: string, subject: string, m: VerdictMetrics, repeat: RepeatIncident | null): string {
  if (decision.kind === 'too-early') return tooEarlyReason(subject, m);
  const parts: string[] = [];
  if (decision.kind === 'declining' && repeat) parts.push(repeatClause(repeat));
  parts.push(trendClause(subject, m.slopePer30, m.coolChecks));
  parts.push(keptClause(m.keptCount, m.resolvedCount));
  if (decision.kind !== 'declining') parts.push(levelClause(m));
  return `${label}: ${parts.filter((p) => p !== '').join('; ')}.`;
}

/** The lag flag's sentence: kind, short, and about the leader's behaviour, not theirs. */
export function lagNote(m: VerdictMetrics): string {
  return (
    `Your trust may lag the evidence: they kept ${m.keptCount} of ${m.resolvedCount} recent commitments, ` +
    `yet you logged ${plural(m.monitoringLast30, 'monitoring note', 'monitoring notes')} in the last ` +
    `${T.monitoringWindowDays} days, up from ${m.monitoringPrev30}.`
  );
}

/** The lag flag and its sentence, together so one is never set without the other. */
export function lagFields(m: VerdictMetrics): { lagFlag: boolean; lagNote: string | null } {
  const lagFlag = hasTrustLag(m);
  return { lagFlag, lagNote: lagFlag ? lagNote(m) : null };
}
