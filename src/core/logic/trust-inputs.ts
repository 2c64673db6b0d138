/**
 * What the index keeps of a journal for the verdict, and the one function that turns it into a verdict
 * for Home and the person page alike.
 *
 * The verdict's inputs are pruned without looking at the clock: the clock can move back (a wrong clock
 * corrected, a journal opened on a computer in another zone), so "outside a window now" does not mean
 * "outside it later". Pruning keeps what the rules can read (the focus incident and what came after it,
 * scored checks, their resolved commitments) and caps each list by count, latest first. Both Home (from
 * the index) and the person page (from the journal it has loaded) compute the verdict from these same
 * inputs, so they give the same answer from the same data by construction.
 */
import type { Journal } from '../model/journal';
import type { PlannedConversation, TrustCheckInput, TrustIncidentInput, TrustInputs } from '../model/trust-inputs';
import { TRUST_INPUT_LIMITS as L } from '../model/trust-input-limits';
import { VERDICT_THRESHOLDS as T } from './verdict-thresholds';
import { DAY_MS, parseInstant } from './verdict-time';
import { breachedDomains, focusItemsFor } from './verdict-incidents';
import { checkMean, focusScore, isHotCheck } from './verdict-scores';
import type { Verdict, VerdictCheck, VerdictInput } from './verdict-types';
import { computeVerdict } from './verdict';

export type JournalParts = Pick<Journal, 'incidents' | 'checks' | 'commitments' | 'monitoringNotes' | 'preparations' | 'debriefs'>;

/** A planned conversation stays on Home this long after its date, as a nudge to debrief it. */
export const PLANNED_GRACE_DAYS = 14;

const msOf = (iso: string | null | undefined): number | null => parseInstant(iso)?.ms ?? null;

/** The verdict's inputs of one journal: text-free, bounded, and the same whatever the clock says. */
export type VerdictInputs = Omit<TrustInputs, 'planned'>;

/** The compact inputs of one journal; `now` only decides which planned conversations Home still shows. */
export function toTrustInputs(journal: JournalParts, now: Date): TrustInputs {
  return { ...verdictInputsOf(journal), planned: plannedConversations(journal, now.getTime()) };
}

/** Everything the verdict, the sparkline and the check reminder read, pruned without the clock. */
export function verdictInputsOf(journal: JournalParts): VerdictInputs {
  const incidents = keptIncidents(journal.incidents);
  const checks = journal.checks.map(
    (c): TrustCheckInput => ({ at: c.at, ratings: c.ratings, activation: c.activation, sourceNamed: c.source.trim() !== '' }),
  );
  return {
    incidents,
    checks: keptChecks(checks, incidents),
    resolved: keptCommitments(journal.commitments),
    monitoring: datedByMs(journal.monitoringNotes, (n) => n.at).slice(-L.monitoringNotes).map((d) => d.item.at),
    lastCheckAt: datedByMs(journal.checks, (c) => c.at).at(-1)?.item.at ?? null,
  };
}

/** A record with its moment read once (parsing is the cost here), oldest first; unreadable dates drop out. */
interface Dated<T> {
  item: T;
  ms: number;
}

function datedByMs<T>(items: readonly T[], when: (item: T) => string | null): Dated<T>[] {
  const dated: Dated<T>[] = [];
  for (const item of items) {
    const ms = msOf(when(item));
    if (ms !== null) dated.push({ item, ms });
  }
  return dated.sort((a, b) => a.ms - b.ms);
}

/**
 * The focus incident (the oldest not closed) and the incidents after it (any of them may be a repeat);
 * without a focus, only those not closed. Under the cap the focus always survives, then the latest.
 */
function keptIncidents(all: JournalParts['incidents']): TrustIncidentInput[] {
  const dated = datedByMs(all, (i) => i.occurredAt);
  const focus = dated.find((d) => d.item.status !== 'closed');
  const kept = dated
    .filter((d) => focus !== undefined && (d === focus || d.ms > focus.ms || (d.ms === focus.ms && d.item.status !== 'closed')))
    .map(({ item: i }): TrustIncidentInput => ({ id: i.id, occurredAt: i.occurredAt, status: i.status, domains: i.domains, baseline: i.baseline }));
  if (kept.length <= L.incidents) return kept;
  return [kept[0]!, ...kept.slice(1).slice(-(L.incidents - 1))];
}

/**
 * Checks that rate anything: since the focus incident (all of them without one), plus the latest few for
 * the sparkline. Under the cap, the lowest cool focus score and the latest cool ones always survive, so
 * the low and the now-level hold on a long repair; the rest are the latest.
 */
function keptChecks(all: TrustCheckInput[], incidents: TrustIncidentInput[]): TrustCheckInput[] {
  const dated = datedByMs(all, (c) => c.at).filter((d) => checkMean(d.item) !== null);
  const focus = incidents.find((i) => i.status !== 'closed') ?? null;
  const from = focus ? msOf(focus.occurredAt)! : Number.NEGATIVE_INFINITY;
  const recent = new Set(dated.slice(-L.recentChecks));
  const wanted = dated.filter((d) => recent.has(d) || d.ms >= from);
  if (wanted.length <= L.checks) return wanted.map((d) => d.item);
  const items = focusItemsFor(breachedDomains(focus?.domains));
  const cool = wanted
    .filter((d) => d.ms >= from && !isHot(d.item))
    .map((d) => ({ d, score: focusScore(d.item, items) }))
    .filter((c): c is { d: Dated<TrustCheckInput>; score: number } => c.score !== null);
  const pinned = new Set(cool.slice(-T.nowLevelChecks).map((c) => c.d));
  const low = cool.reduce<(typeof cool)[number] | null>((min, c) => (min === null || c.score < min.score ? c : min), null);
  if (low) pinned.add(low.d);
  const rest = wanted.filter((d) => !pinned.has(d)).slice(-(L.checks - pinned.size));
  return [...pinned, ...rest].sort((a, b) => a.ms - b.ms).map((d) => d.item);
}

const isHot = (c: TrustCheckInput): boolean => isHotCheck({ activation: c.activation, source: c.sourceNamed ? 'named' : '' });

/** Their resolved commitments with a readable due date (else resolution date), the latest under the cap. */
function keptCommitments(all: JournalParts['commitments']): TrustInputs['resolved'] {
  const theirs = all.filter((c) => c.owner === 'them' && c.status !== 'open');
  return datedByMs(theirs, (c) => c.dueAt ?? c.resolvedAt)
    .slice(-L.commitments)
    .map(({ item: c }) => ({ owner: c.owner, status: c.status, dueAt: c.dueAt, resolvedAt: c.resolvedAt }));
}

/** Draft or ready preparations with a date, not yet debriefed, and not long past. */
function plannedConversations(journal: JournalParts, nowMs: number): PlannedConversation[] {
  const debriefed = new Set(journal.debriefs.filter((d) => d.status === 'done').map((d) => d.preparationId));
  const from = nowMs - (PLANNED_GRACE_DAYS + 1) * DAY_MS;
  const open = journal.preparations.filter((p) => p.status !== 'discarded' && !debriefed.has(p.id));
  return datedByMs(open, (p) => p.plannedAt)
    .filter((d) => d.ms > from)
    .slice(0, L.planned)
    .map(({ item: p }) => ({ id: p.id, plannedAt: p.plannedAt!, status: p.status as PlannedConversation['status'] }));
}

/**
 * The checks of a summary as the verdict reads them, kept while the summary's list lives: the same list
 * each time lets the verdict keep its scores of it from one Home to the next (verdict-evidence.ts).
 */
const verdictChecks = new WeakMap<readonly TrustCheckInput[], VerdictCheck[]>();

function verdictChecksOf(checks: readonly TrustCheckInput[]): VerdictCheck[] {
  let out = verdictChecks.get(checks);
  if (!out) {
    out = checks.map((c, i) => ({ id: `check-${i}`, at: c.at, ratings: c.ratings, activation: c.activation, source: c.sourceNamed ? 'named' : '' }));
    verdictChecks.set(checks, out);
  }
  return out;
}

/** The verdict input from the index's compact inputs. */
export function verdictInputFromTrust(t: VerdictInputs, now: Date): VerdictInput {
  return {
    incidents: t.incidents,
    checks: verdictChecksOf(t.checks),
    commitments: t.resolved,
    monitoringNotes: t.monitoring.map((at) => ({ at })),
    now,
  };
}

/**
 * The verdict input from a whole journal, unpruned. Screens use `verdictForJournal` instead, so the page
 * and Home read the same inputs; this one lets tests show the caps change nothing below them.
 */
export function verdictInputFromJournal(journal: JournalParts, now: Date): VerdictInput {
  return {
    incidents: journal.incidents,
    checks: journal.checks,
    commitments: journal.commitments,
    monitoringNotes: journal.monitoringNotes,
    now,
  };
}

/** The verdict from the compact inputs: Home calls it with the index's copy. */
export function verdictFromInputs(t: VerdictInputs, now: Date): Verdict {
  return computeVerdict(verdictInputFromTrust(t, now));
}

/** The person page's verdict: the same function over the same inputs as Home's, so they always agree. */
export function verdictForJournal(journal: JournalParts, now: Date): Verdict {
  return verdictFromInputs(verdictInputsOf(journal), now);
}
