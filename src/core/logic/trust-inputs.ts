/**
 * What the index keeps of a journal for the verdict, and how either source (the index's compact inputs,
 * or a whole journal) becomes a verdict input.
 *
 * Pruning happens at save time. Every window the verdict uses counts back from `now`, and `now` only
 * moves forward, so a record that is outside a window when the journal is saved is outside it at every
 * later evaluation too: dropping it then can never change a later verdict. Records that are still
 * inside a window are kept, and simply age out of the verdict's view later.
 */
import type { Journal } from '../model/journal';
import type { PlannedConversation, TrustCheckInput, TrustIncidentInput, TrustInputs } from '../model/trust-inputs';
import { TRUST_INPUT_LIMITS as L } from '../model/trust-input-limits';
import { VERDICT_THRESHOLDS as T } from './verdict-thresholds';
import { DAY_MS, parseInstant } from './verdict-time';
import { breachedDomains, focusItemsFor } from './verdict-incidents';
import { focusScore, isHotCheck } from './verdict-scores';
import type { VerdictInput } from './verdict-types';

export type JournalParts = Pick<Journal, 'incidents' | 'checks' | 'commitments' | 'monitoringNotes' | 'preparations' | 'debriefs'>;

/** A planned conversation stays on Home this long after its date, as a nudge to debrief it. */
export const PLANNED_GRACE_DAYS = 14;
/** A bare date ("2026-03-14") counts for its whole day, so every window keeps one extra day. */
const SLACK_DAYS = 1;

const msOf = (iso: string | null | undefined): number | null => parseInstant(iso)?.ms ?? null;
const cutoff = (nowMs: number, days: number): number => nowMs - (days + SLACK_DAYS) * DAY_MS;
const byMs = <T>(ms: (x: T) => number) => (a: T, b: T) => ms(a) - ms(b);

/** The compact inputs of one journal at `now`: bounded, text-free, enough for every verdict rule. */
export function toTrustInputs(journal: JournalParts, now: Date): TrustInputs {
  const nowMs = now.getTime();
  const incidents = keptIncidents(journal.incidents, nowMs);
  const checks = journal.checks.map(
    (c): TrustCheckInput => ({ at: c.at, ratings: c.ratings, activation: c.activation, sourceNamed: c.source.trim() !== '' }),
  );
  return {
    incidents,
    checks: keptChecks(checks, incidents, nowMs),
    resolved: keptCommitments(journal.commitments, nowMs),
    monitoring: journal.monitoringNotes
      .map((n) => n.at)
      .filter((at) => (msOf(at) ?? -Infinity) > cutoff(nowMs, 2 * T.monitoringWindowDays))
      .sort((a, b) => (msOf(a) ?? 0) - (msOf(b) ?? 0))
      .slice(-L.monitoringNotes),
    planned: plannedConversations(journal, nowMs),
    lastCheckAt: latest(journal.checks.map((c) => c.at)),
  };
}

/** Not-closed incidents, plus any from the repeat window; the oldest open one always survives the cap. */
function keptIncidents(all: JournalParts['incidents'], nowMs: number): TrustIncidentInput[] {
  const from = cutoff(nowMs, T.repeatIncidentWindowDays);
  const kept = all
    .filter((i) => msOf(i.occurredAt) !== null && (i.status !== 'closed' || (msOf(i.occurredAt) ?? 0) > from))
    .sort(byMs((i) => msOf(i.occurredAt) ?? 0))
    .map((i): TrustIncidentInput => ({ id: i.id, occurredAt: i.occurredAt, status: i.status, domains: i.domains, baseline: i.baseline }));
  if (kept.length <= L.incidents) return kept;
  const focus = kept.find((i) => i.status !== 'closed');
  const recent = kept.filter((i) => i !== focus).slice(-(L.incidents - (focus ? 1 : 0)));
  return focus ? [focus, ...recent] : recent;
}

/**
 * Checks since the focus incident (or from the summary window when none is open), the latest few
 * whatever their age, and, under the cap, always the lowest cool score since the incident and the
 * latest cool ones, so the low and the now-level survive on a long repair.
 */
function keptChecks(all: TrustCheckInput[], incidents: TrustIncidentInput[], nowMs: number): TrustCheckInput[] {
  const dated = all.filter((c) => msOf(c.at) !== null).sort(byMs((c) => msOf(c.at) ?? 0));
  const focus = incidents.find((i) => i.status !== 'closed') ?? null;
  const from = focus ? (msOf(focus.occurredAt) ?? nowMs) : cutoff(nowMs, T.summaryWindowDays);
  const recent = new Set(dated.slice(-L.recentChecks));
  const wanted = dated.filter((c) => recent.has(c) || (msOf(c.at) ?? 0) >= from);
  if (wanted.length <= L.checks) return wanted;
  const items = focusItemsFor(breachedDomains(focus?.domains));
  const cool = wanted.filter((c) => !isHot(c) && focusScore(c, items) !== null);
  const pinned = new Set(cool.slice(-T.nowLevelChecks));
  const low = cool.reduce<TrustCheckInput | null>((min, c) => (min === null || focusScore(c, items)! < focusScore(min, items)! ? c : min), null);
  if (low) pinned.add(low);
  const rest = wanted.filter((c) => !pinned.has(c)).slice(-(L.checks - pinned.size));
  return [...pinned, ...rest].sort(byMs((c) => msOf(c.at) ?? 0));
}

const isHot = (c: TrustCheckInput): boolean => isHotCheck({ activation: c.activation, source: c.sourceNamed ? 'named' : '' });

/** Resolved commitments whose due date (else resolution date) is inside the commitment window. */
function keptCommitments(all: JournalParts['commitments'], nowMs: number): TrustInputs['resolved'] {
  const from = cutoff(nowMs, T.commitmentWindowDays);
  const when = (c: JournalParts['commitments'][number]) => msOf(c.dueAt ?? c.resolvedAt);
  return all
    .filter((c) => c.status !== 'open' && (when(c) ?? -Infinity) > from)
    .sort(byMs((c) => when(c) ?? 0))
    .slice(-L.commitments)
    .map((c) => ({ owner: c.owner, status: c.status, dueAt: c.dueAt, resolvedAt: c.resolvedAt }));
}

/** Draft or ready preparations with a date, not yet debriefed, and not long past. */
function plannedConversations(journal: JournalParts, nowMs: number): PlannedConversation[] {
  const debriefed = new Set(journal.debriefs.filter((d) => d.status === 'done').map((d) => d.preparationId));
  const from = cutoff(nowMs, PLANNED_GRACE_DAYS);
  const planned: PlannedConversation[] = [];
  for (const p of journal.preparations) {
    if (p.status === 'discarded' || p.plannedAt === null || debriefed.has(p.id)) continue;
    if ((msOf(p.plannedAt) ?? -Infinity) > from) planned.push({ id: p.id, plannedAt: p.plannedAt, status: p.status });
  }
  return planned.sort(byMs((p) => msOf(p.plannedAt) ?? 0)).slice(0, L.planned);
}

function latest(dates: readonly string[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (msOf(d) !== null && (best === null || msOf(d)! > msOf(best)!)) best = d;
  return best;
}

/** The verdict input from the index's compact inputs. */
export function verdictInputFromTrust(t: TrustInputs, now: Date): VerdictInput {
  return {
    incidents: t.incidents,
    checks: t.checks.map((c, i) => ({ id: `check-${i}`, at: c.at, ratings: c.ratings, activation: c.activation, source: c.sourceNamed ? 'named' : '' })),
    commitments: t.resolved,
    monitoringNotes: t.monitoring.map((at) => ({ at })),
    now,
  };
}

/** The verdict input from a whole journal (the person's page has it loaded already). */
export function verdictInputFromJournal(journal: JournalParts, now: Date): VerdictInput {
  return {
    incidents: journal.incidents,
    checks: journal.checks,
    commitments: journal.commitments,
    monitoringNotes: journal.monitoringNotes,
    now,
  };
}
