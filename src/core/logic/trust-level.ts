/**
 * The no-incident view: with nothing open to repair, a relationship gets a plain level-and-direction
 * summary instead of a repair verdict (product.md §3).
 */
import { VERDICT_THRESHOLDS as T, atLeast, atMost } from './verdict-thresholds';
import { DAY_MS } from './verdict-time';
import { checkMean } from './verdict-scores';
import { buildMetrics, scoreChecks, slopePer30, trendStats } from './verdict-evidence';
import type { KeptTally, TrendStats } from './verdict-evidence';
import { PERCEPTION_NOTE, fmt1, lagFields, plural, trendClause } from './verdict-reason';
import { shownLevel } from './verdict-figures';
import { shortSummaryReason } from './verdict-short';
import type { Verdict, VerdictCheck } from './verdict-types';

/** How a level reads in words. */
export function levelWord(level: number): 'high' | 'mixed' | 'low' {
  if (atLeast(level, T.summaryHighLevel)) return 'high';
  if (atMost(level, T.summaryLowLevel)) return 'low';
  return 'mixed';
}

/** How a slope reads in words; null when there is no slope to read. */
export function directionWord(slope: number | null): 'rising' | 'falling' | 'holding' | null {
  if (slope === null) return null;
  if (atLeast(slope, T.summaryDirectionSlope)) return 'rising';
  if (atMost(slope, -T.summaryDirectionSlope)) return 'falling';
  return 'holding';
}

/** "Trust is high and holding". */
export function summaryLabel(stats: TrendStats, slope: number | null): string {
  if (stats.nowLevel === null) return stats.hotChecks > 0 ? 'No calm checks yet' : 'No checks yet';
  const direction = directionWord(slope);
  const level = levelWord(stats.nowLevel);
  return direction === null ? `Trust is ${level}; direction not clear yet` : `Trust is ${level} and ${direction}`;
}

/** One sentence: the level from the latest calm checks, then the direction over the summary window. */
export function summaryReason(stats: TrendStats, slope: number | null, recentCool: number): string {
  if (stats.nowLevel === null) {
    if (stats.hotChecks === 0) return 'No open incident and no trust checks yet; a first check will give a starting level.';
    const were = stats.hotChecks === 1 ? 'was' : 'were';
    return `No open incident; your ${plural(stats.hotChecks, 'check', 'checks')} so far ${were} made while activated with no source named, so there is no calm reading yet.`;
  }
  const latest = plural(Math.min(stats.coolChecks, T.nowLevelChecks), 'calm check', 'calm checks');
  const level = `your last ${latest} put trust at ${fmt1(shownLevel(stats.nowLevel))} of 7`;
  const window = `in the last ${T.summaryWindowDays} days`;
  let direction: string;
  const turn = T.summaryDirectionSlope;
  if (slope !== null) direction = `${trendClause('', slope, recentCool, -turn, turn)} ${window}`;
  else if (recentCool === 0) direction = `no calm checks ${window} to show a direction`;
  else direction = `not enough separate days of calm checks ${window} to show a direction`;
  return `No open incident: ${level}; ${direction}.`;
}

/** The evidence the summary shares with the repair verdict. */
export interface SummaryContext {
  checks: readonly VerdictCheck[];
  tally: KeptTally;
  monitoring: { last: number; prev: number };
  nowMs: number;
}

/** Level = median of the last three cool check means; direction = Theil–Sen over recent cool checks. */
export function summarizeTrust(ctx: SummaryContext): Verdict {
  const scored = scoreChecks(ctx.checks, checkMean, Number.NEGATIVE_INFINITY, ctx.nowMs, 'mean');
  // The direction is measured over the summary window below: a slope over every check would go unread.
  const stats = trendStats(scored, false);
  const fromMs = ctx.nowMs - T.summaryWindowDays * DAY_MS;
  const recent = scored.filter((c) => !c.hot && c.ms > fromMs);
  const slope = slopePer30(recent);
  // With no incident there is no low or baseline to measure recovery against.
  const metrics = buildMetrics({ ...stats, slopePer30: slope }, ctx.tally, ctx.monitoring, {
    low: null,
    baseline: null,
    recoveryRatio: null,
  });
  return {
    kind: 'summary',
    qualifier: null,
    label: summaryLabel(stats, slope),
    reason: shortSummaryReason(stats.nowLevel, stats.coolChecks, stats.hotChecks, recent.length),
    why: summaryReason(stats, slope, recent.length),
    ...lagFields(metrics),
    perceptionNote: PERCEPTION_NOTE,
    focusIncidentId: null,
    focusItems: [],
    metrics,
  };
}
