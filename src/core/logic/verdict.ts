/**
 * The verdict engine: per relationship, is trust recovering, steady, declining, or is it too early to
 * tell (product.md §3)? Pure and deterministic: every window counts back from `input.now`.
 */
import { PERCEPTION_NOTE, lagFields, listWords, repairReason } from './verdict-reason';
import { shortRepairReason } from './verdict-short';
import { buildMetrics, countMonitoring, scoreChecks, tallyTheirCommitments, trendStats } from './verdict-evidence';
import { datedIncidents, findRepeat, focusItemsFor, pickFocus } from './verdict-incidents';
import type { DatedIncident } from './verdict-incidents';
import { decide, recoveryRatio, verdictLabel } from './verdict-rules';
import { focusScore, meanOfItems } from './verdict-scores';
import { summarizeTrust } from './trust-level';
import type { SummaryContext } from './trust-level';
import type { Verdict, VerdictInput } from './verdict-types';

export { checkMean, focusScore, isHotCheck } from './verdict-scores';
export { VERDICT_THRESHOLDS } from './verdict-thresholds';
export type {
  Verdict,
  VerdictCheck,
  VerdictCommitment,
  VerdictIncident,
  VerdictInput,
  VerdictKind,
  VerdictMetrics,
  VerdictNote,
} from './verdict-types';

/**
 * The verdict for one relationship. Never throws: a badge on the home screen must not be able to take
 * the screen down, so anything unexpected becomes a cautious "too early to tell".
 */
export function computeVerdict(input: VerdictInput): Verdict {
  try {
    return evaluate(input);
  } catch {
    return unreadableVerdict();
  }
}

/** A list the input may lack (input from an older or hand-edited file): empty then. */
const list = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? value : []);

function evaluate(input: VerdictInput): Verdict {
  const nowMs = input.now instanceof Date ? input.now.getTime() : Number.NaN;
  const ctx: SummaryContext = {
    checks: list(input.checks),
    tally: tallyTheirCommitments(list(input.commitments), nowMs),
    monitoring: countMonitoring(list(input.monitoringNotes), nowMs),
    nowMs,
  };
  const dated = datedIncidents(list(input.incidents));
  const focus = pickFocus(dated);
  return focus === null ? summarizeTrust(ctx) : repairVerdict(ctx, dated, focus);
}

function repairVerdict(ctx: SummaryContext, dated: readonly DatedIncident[], focus: DatedIncident): Verdict {
  const items = focusItemsFor(focus.domains);
  const scored = scoreChecks(ctx.checks, (check) => focusScore(check, items), focus.at.ms, ctx.nowMs, `focus:${items.join(',')}`);
  const stats = trendStats(scored);
  const baseline = meanOfItems(focus.incident.baseline, items);
  const metrics = buildMetrics(stats, ctx.tally, ctx.monitoring, {
    low: stats.low,
    baseline,
    recoveryRatio: recoveryRatio(stats.nowLevel, stats.low, baseline),
  });
  const repeat = findRepeat(dated, focus, ctx.nowMs);
  const decision = decide(metrics, repeat !== null);
  const label = verdictLabel(decision);
  return {
    kind: decision.kind,
    qualifier: decision.qualifier,
    label,
    reason: shortRepairReason(decision, label, focus.domains.length === 1 ? focus.domains[0]! : 'trust', metrics, repeat),
    why: repairReason(decision, label, listWords(focus.domains), metrics, repeat),
    ...lagFields(metrics),
    perceptionNote: PERCEPTION_NOTE,
    focusIncidentId: typeof focus.incident.id === 'string' ? focus.incident.id : null,
    focusItems: items,
    metrics,
  };
}

function unreadableVerdict(): Verdict {
  return {
    kind: 'too-early',
    qualifier: null,
    label: 'Too early to tell',
    reason: 'Too early: some entries could not be read',
    why: 'Too early to tell: some entries could not be read, so there is no verdict yet.',
    lagFlag: false,
    lagNote: null,
    perceptionNote: PERCEPTION_NOTE,
    focusIncidentId: null,
    focusItems: [],
    metrics: {
      coolChecks: 0, hotChecks: 0, spanDays: 0, slopePer30: null, keptRate: null, keptCount: 0, resolvedCount: 0,
      low: null, nowLevel: null, baseline: null, recoveryRatio: null, monitoringLast30: 0, monitoringPrev30: 0,
    },
  };
}
