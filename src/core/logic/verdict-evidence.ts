/**
 * Gathers the evidence the verdict rules read: scored checks and their trend, their commitments (K),
 * and the leader's monitoring notes. Every window counts back from `nowMs`.
 */
import { median, theilSenSlope } from './theil-sen';
import { VERDICT_THRESHOLDS as T } from './verdict-thresholds';
import { DAY_MS, currentZone, inWindow, parseInstant } from './verdict-time';
import { isHotCheck } from './verdict-scores';
import type { VerdictCheck, VerdictCommitment, VerdictMetrics, VerdictNote } from './verdict-types';

/** A check that could be read and scored. */
export interface ScoredCheck {
  ms: number;
  day: string;
  score: number;
  hot: boolean;
}

/**
 * Checks in [fromMs, toMs] that have a score, oldest first; unreadable dates and unscored checks drop out.
 * `kept` names the scorer (the same name, the same scores) when the result may be reused: see scoredAll.
 */
export function scoreChecks(
  checks: readonly VerdictCheck[],
  score: (check: VerdictCheck) => number | null,
  fromMs: number,
  toMs: number,
  kept?: string,
): readonly ScoredCheck[] {
  const all = scoredAll(checks, score, kept);
  // Oldest first, so the checks before the window lead and those after it (future-dated checks have not
  // happened yet as far as `now` is concerned) trail; an unreadable bound (NaN) keeps them, as it always has.
  let from = 0;
  while (from < all.length && all[from]!.ms < fromMs) from++;
  let to = all.length;
  while (to > from && all[to - 1]!.ms > toMs) to--;
  return from === 0 && to === all.length ? all : all.slice(from, to);
}

/**
 * Every check with a readable date and a score, oldest first. Home asks for the same people's checks on
 * every call, and the checks do not change between calls unless their summary does (a new list then):
 * so, while work runs in one zone (verdict-time.ts's inOneZone: the days read depend on it), the scores
 * of a list are kept per scorer for as long as the list lives. Only the windows move with `now`.
 */
function scoredAll(checks: readonly VerdictCheck[], score: (check: VerdictCheck) => number | null, kept?: string): readonly ScoredCheck[] {
  const zone = currentZone();
  if (kept === undefined || zone === null) return scoreAll(checks, score);
  let byScorer = scoredLists.get(checks);
  if (!byScorer || byScorer.zone !== zone) scoredLists.set(checks, (byScorer = { zone, lists: new Map() }));
  let scored = byScorer.lists.get(kept);
  // Shared by every later call, so never changed in place (read-only to every caller).
  if (!scored) byScorer.lists.set(kept, (scored = scoreAll(checks, score)));
  return scored;
}

const scoredLists = new WeakMap<readonly VerdictCheck[], { zone: number; lists: Map<string, readonly ScoredCheck[]> }>();

function scoreAll(checks: readonly VerdictCheck[], score: (check: VerdictCheck) => number | null): ScoredCheck[] {
  const scored: ScoredCheck[] = [];
  for (const check of checks) {
    const at = parseInstant(check?.at);
    if (!at) continue;
    const value = score(check);
    if (value === null) continue;
    scored.push({ ms: at.ms, day: at.day, score: value, hot: isHotCheck(check) });
  }
  // Usually already in order (the index keeps checks oldest first): then no sort, and none of its scratch.
  for (let i = 1; i < scored.length; i++) if (scored[i]!.ms < scored[i - 1]!.ms) return scored.sort((a, b) => a.ms - b.ms);
  return scored;
}

/** Slope of the scores in points per 30 days, pairing only checks made on different days. */
export function slopePer30(cool: readonly ScoredCheck[]): number | null {
  const perDay = theilSenSlope(cool.map((c) => ({ x: c.ms / DAY_MS, y: c.score, group: c.day })));
  return perDay === null ? null : perDay * T.slopeDays;
}

/** The trend numbers over a series of scored checks (hot ones counted, never used). */
export interface TrendStats {
  coolChecks: number;
  hotChecks: number;
  spanDays: number;
  slopePer30: number | null;
  low: number | null;
  nowLevel: number | null;
}

/**
 * Counts, span, Theil–Sen slope, lowest cool score and the now-level (median of the latest cool scores).
 * `slope: false` leaves the slope out (null) for a caller that measures it over another window anyway.
 */
export function trendStats(scored: readonly ScoredCheck[], slope = true): TrendStats {
  const cool = scored.filter((c) => !c.hot);
  const first = cool[0];
  const last = cool[cool.length - 1];
  const low = cool.reduce<number | null>((min, c) => (min === null || c.score < min ? c.score : min), null);
  return {
    coolChecks: cool.length,
    hotChecks: scored.length - cool.length,
    spanDays: first && last ? (last.ms - first.ms) / DAY_MS : 0,
    slopePer30: slope ? slopePer30(cool) : null,
    low,
    nowLevel: median(cool.slice(-T.nowLevelChecks).map((c) => c.score)),
  };
}

/** K and its parts. */
export interface KeptTally {
  kept: number;
  resolved: number;
  rate: number | null;
}

const KEPT = new Set<string>(['kept', 'renegotiated']);
const RESOLVED = new Set<string>(['kept', 'renegotiated', 'late', 'missed']);

/**
 * Of their resolved commitments whose due date (else resolution date) lies in the commitment window,
 * how many were kept or renegotiated early. A due date that is written but unreadable drops the record
 * rather than falling back, so a typo cannot move a commitment into a different window.
 */
export function tallyTheirCommitments(commitments: readonly VerdictCommitment[], nowMs: number): KeptTally {
  const fromMs = nowMs - T.commitmentWindowDays * DAY_MS;
  let kept = 0;
  let resolved = 0;
  for (const c of commitments) {
    if (c?.owner !== 'them' || !RESOLVED.has(c.status)) continue;
    const hasDue = typeof c.dueAt === 'string' && c.dueAt.trim() !== '';
    const when = hasDue ? parseInstant(c.dueAt) : parseInstant(c.resolvedAt);
    if (!when || !inWindow(when, fromMs, nowMs)) continue;
    resolved += 1;
    if (KEPT.has(c.status)) kept += 1;
  }
  return { kept, resolved, rate: resolved === 0 ? null : kept / resolved };
}

/** Monitoring notes in the last window and in the one before it. */
export function countMonitoring(notes: readonly VerdictNote[], nowMs: number): { last: number; prev: number } {
  const span = T.monitoringWindowDays * DAY_MS;
  let last = 0;
  let prev = 0;
  for (const note of notes) {
    const at = parseInstant(note?.at);
    if (!at) continue;
    if (inWindow(at, nowMs - span, nowMs)) last += 1;
    else if (inWindow(at, nowMs - 2 * span, nowMs - span)) prev += 1;
  }
  return { last, prev };
}

/** Assembles the metrics record; incident-only numbers are passed in (null for the summary). */
export function buildMetrics(
  stats: TrendStats,
  tally: KeptTally,
  monitoring: { last: number; prev: number },
  recovery: { low: number | null; baseline: number | null; recoveryRatio: number | null },
): VerdictMetrics {
  return {
    coolChecks: stats.coolChecks,
    hotChecks: stats.hotChecks,
    spanDays: stats.spanDays,
    slopePer30: stats.slopePer30,
    keptRate: tally.rate,
    keptCount: tally.kept,
    resolvedCount: tally.resolved,
    low: recovery.low,
    nowLevel: stats.nowLevel,
    baseline: recovery.baseline,
    recoveryRatio: recovery.recoveryRatio,
    monitoringLast30: monitoring.last,
    monitoringPrev30: monitoring.prev,
  };
}
