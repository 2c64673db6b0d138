/**
 * The one-line reason shown beside every verdict: at most 15 words, the deciding fact first. The whole
 * reasoning stays one tap away, behind "Why?" (verdict-reason.ts). Figures come from verdict-figures.ts,
 * so the short line and the long one never disagree.
 */
import { VERDICT_THRESHOLDS as T } from './verdict-thresholds';
import { percentBack, shownLevel, slopeWords, fmt1 } from './verdict-figures';
import { isDeclining } from './verdict-rules';
import type { Decision } from './verdict-rules';
import type { RepeatIncident } from './verdict-incidents';
import type { VerdictMetrics } from './verdict-types';

/** The longest a short reason may be, in words. */
export const SHORT_REASON_WORDS = 15;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const say = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** Words in a line, as the limit counts them: punctuation such as "—" is not a word. */
export function countWords(line: string): number {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** What a too-early verdict still needs: "one more calm check and one more of their commitments settled". */
function stillNeeded(m: VerdictMetrics): string[] {
  const needs: string[] = [];
  const checks = T.minCoolChecks - m.coolChecks;
  if (checks > 0) needs.push(`${say(checks)}${m.coolChecks > 0 ? ' more' : ''} calm ${checks === 1 ? 'check' : 'checks'}`);
  else if (m.spanDays < T.minSpanDays) {
    const days = Math.max(1, Math.ceil(T.minSpanDays - m.spanDays));
    needs.push(`calm checks over ${days} more ${days === 1 ? 'day' : 'days'}`);
  }
  const settled = T.minResolvedCommitments - m.resolvedCount;
  if (settled > 0) needs.push(`${say(settled)}${m.resolvedCount > 0 ? ' more' : ''} of their commitments settled`);
  return needs;
}

/**
 * "Too early: needs …": the verb keeps the line from reading as what has already happened. When both
 * gaps are long ("calm checks over 14 more days" and "two more of their commitments settled") a comma
 * stands in for "and", so the line keeps within the limit.
 */
function tooEarlyWords(needs: string[]): string {
  const line = `Too early: needs ${needs.join(' and ')}`;
  return countWords(line) <= SHORT_REASON_WORDS ? line : `Too early: needs ${needs.join(', ')}`;
}

function keptWords(m: VerdictMetrics): string {
  return `they kept ${m.keptCount} of ${m.resolvedCount} commitments`;
}

function repeatWords(repeat: RepeatIncident): string {
  const when = repeat.daysAgo === 0 ? 'today' : `${repeat.daysAgo} ${repeat.daysAgo === 1 ? 'day' : 'days'} ago`;
  return `a newer incident ${when} touched ${repeat.shared.length === 1 ? repeat.shared[0] : 'the same ground'}`;
}

/** Why it is declining: the first rule that fired, in the rules' own order. */
function decliningWords(subject: string, m: VerdictMetrics, repeat: RepeatIncident | null): string {
  if (repeat) return repeatWords(repeat);
  if (m.slopePer30 !== null && isDeclining({ ...m, keptRate: null }, false)) return `${subject} ${slopeWords(m.slopePer30)}`;
  return keptWords(m);
}

/** Where a steady relationship stands: the trend, then how far back it has come. */
function steadyWords(subject: string, m: VerdictMetrics): string {
  const trend = m.slopePer30 === null ? `no trend yet for ${subject}` : `${subject} ${slopeWords(m.slopePer30)}`;
  if (m.recoveryRatio === null) return `${trend}; ${keptWords(m)}`;
  if (m.recoveryRatio >= 1) return `${trend}, back to where it was before`;
  return `${trend}, ${percentBack(m.recoveryRatio)}% of the way back`;
}

/**
 * The short reason of a repair verdict. `subject` names the one breached domain, or reads "trust" when
 * there are several, which keeps the line short.
 */
export function shortRepairReason(decision: Decision, label: string, subject: string, m: VerdictMetrics, repeat: RepeatIncident | null): string {
  switch (decision.kind) {
    case 'too-early':
      return tooEarlyWords(stillNeeded(m));
    case 'declining':
      return `Declining: ${decliningWords(subject, m, repeat)}`;
    case 'recovering':
      return `Recovering: ${subject} ${slopeWords(m.slopePer30 ?? 0)}; ${keptWords(m)}`;
    case 'steady':
      return `${label}: ${steadyWords(subject, m)}`;
  }
}

/**
 * The short reason with no incident open: the level, from the latest calm checks. When none of them is
 * in the summary window (`recentCool` 0), it says so first: a year-old level is not where trust stands
 * now. That changes only when the newest calm check leaves the window, a moment verdictSteadyUntil holds.
 */
export function shortSummaryReason(nowLevel: number | null, coolChecks: number, hotChecks: number, recentCool: number): string {
  if (nowLevel === null) return hotChecks > 0 ? 'No calm check yet: each was made while activated' : 'No checks yet: a first calm one gives a starting level';
  const latest = Math.min(coolChecks, T.nowLevelChecks);
  if (recentCool === 0) return `No calm check in ${T.summaryWindowDays} days; the last ${latest === 1 ? 'one' : say(latest)} put trust at ${fmt1(shownLevel(nowLevel))} of 7`;
  return `Your last ${latest === 1 ? 'calm check puts' : `${say(latest)} calm checks put`} trust at ${fmt1(shownLevel(nowLevel))} of 7`;
}
