/**
 * Home, "where to look": each person's verdict and sparkline, what is due, what is planned. Pure, and
 * computed from the index summaries alone so Home never has to open a journal.
 */
import type { RelationshipSummary } from '../model/index-file';
import type { TrustCheckInput, TrustInputs } from '../model/trust-inputs';
import { EMPTY_TRUST_INPUTS } from '../model/trust-inputs';
import type { RelationshipKind } from '../model/relationship-kinds';
import type { Verdict } from './verdict-types';
import { checkMean, isHotCheck } from './verdict-scores';
import { verdictFromInputs } from './trust-inputs';
import { currentZone, inOneZone, parseInstant } from './verdict-time';
import { checkStatus, dueCommitments, dueReminders } from './reminders';
import type { CheckStatus, DueCommitment, Reminder } from './reminders';
import { followUpsGovern } from './follow-up-schedule';
import { homeFollowUps, type HomeFollowUp } from './home-follow-ups';
import { verdictSteadyUntil } from './verdict-horizon';

/** The parts of a verdict a badge and its reason need. */
/** The same perception note goes with every verdict: Home shows it once (PERCEPTION_NOTE), not on each of thousands of cards. */
export type VerdictView = Pick<Verdict, 'kind' | 'qualifier' | 'label' | 'reason' | 'why' | 'lagFlag' | 'lagNote'>;

/** One point of a sparkline: a check's mean over its rated items. */
export interface SparkPoint {
  at: string;
  mean: number;
  hot: boolean;
}

export interface HomePerson {
  id: string;
  name: string;
  role: string;
  kind: RelationshipKind;
  archived: boolean;
  verdict: VerdictView;
  spark: SparkPoint[];
  check: CheckStatus;
}

export interface PlannedItem {
  relationshipId: string;
  relationshipName: string;
  preparationId: string;
  plannedAt: string;
  status: 'draft' | 'ready';
  /** The date has passed: time to debrief it. */
  past: boolean;
}

/**
 * One thing that needs the leader now, in the order Home lists them: a conversation waiting for its
 * debrief, then commitments and follow-ups due today or past their date, then trust checks that are due. The first
 * is the screen's one primary action.
 */
export type NowItem =
  | { kind: 'debrief'; plan: PlannedItem }
  | { kind: 'commitment'; commitment: DueCommitment }
  | { kind: 'follow-up'; followUp: HomeFollowUp }
  | { kind: 'check'; reminder: Reminder };

export interface HomeData {
  /** Everyone, in Home's order (active first, by name); only the first few when the first screen was asked for. */
  people: HomePerson[];
  /** How many people there are in all, active and archived, whether or not `people` lists them all. */
  counts: { active: number; archived: number };
  /** What needs the leader now; each item appears here or under `due`/`planned`, never both. */
  now: NowItem[];
  /** Open commitments due after today and within a week: coming up, not yet due. */
  due: DueCommitment[];
  /** Conversations planned for later; ones whose moment has passed are in `now`, to debrief. */
  planned: PlannedItem[];
  /** The same items the desktop notifications announce (see reminders.ts). */
  reminders: Reminder[];
  /** Follow-up check-ins after a conversation due within a week (logic/follow-up-schedule.ts); due ones are in `now`. */
  followUps: HomeFollowUp[];
}

/** A person's verdict and sparkline as Home shows them, and the first moment the verdict may read otherwise. */
export interface PersonRow {
  verdict: VerdictView;
  spark: Spark;
  /** From verdictSteadyUntil: Infinity when nothing dated will move it. */
  until: number;
}

/**
 * Rows worked out earlier (in this run, or kept from the last: store/home-rows.ts). `get` answers only
 * with a row worked out for this very summary, in this zone, at a moment no later than `nowMs`, whose
 * `until` is still ahead; else null, and Home works the row out and hands it to `set`.
 */
export interface KeptRows {
  get(summary: RelationshipSummary, nowMs: number): PersonRow | null;
  set(summary: RelationshipSummary, nowMs: number, row: PersonRow): void;
}

/** How many checks a sparkline shows. */
export const SPARK_CHECKS = 12;

/**
 * `first`: only the first that many people get their verdict and sparkline and are listed (what a
 * first screen can show); everything else Home shows (what is due, the counts) covers everyone.
 */
export function buildHome(summaries: readonly RelationshipSummary[], now: Date, first = Infinity, kept?: KeptRows): HomeData {
  // Every verdict, sparkline and reminder reads the same stamps: read each once while the zone holds.
  return inOneZone(() => {
    const steps = homeSteps(summaries, now, first, kept);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  });
}

/**
 * Home, worked out a person at a time: it pauses (yields) after each person's check status and each
 * person's verdict, the parts that grow with the number of people, so a caller may hand the thread
 * back between them (services/home.ts does, when one call would hold it long). Run it through to the
 * end inside `inOneZone`; the result is the same however it was sliced.
 */
export function* homeSteps(summaries: readonly RelationshipSummary[], now: Date, first: number, kept?: KeptRows): Generator<void, HomeData> {
  const checks = new Map<string, CheckStatus>();
  for (const r of summaries) {
    checks.set(r.id, checkStatus(r.trust ?? EMPTY_TRUST_INPUTS, now, followUpsGovern(r.followUps, now)));
    yield;
  }
  const ordered = [...summaries].sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name));
  const people: HomePerson[] = [];
  for (const r of ordered.slice(0, first)) {
    people.push(homePerson(r, now, checks.get(r.id)!, kept));
    yield;
  }
  const archived = summaries.filter((r) => r.archived).length;
  const commitments = dueCommitments(summaries, now);
  const planned = plannedItems(summaries, now);
  const reminders = dueReminders(summaries, now, { commitments, checks });
  const followUps = homeFollowUps(summaries, now);
  return {
    people,
    counts: { active: summaries.length - archived, archived },
    now: [
      ...planned.filter((p) => p.past).map((plan): NowItem => ({ kind: 'debrief', plan })),
      ...commitments.filter((c) => c.inDays <= 0).map((commitment): NowItem => ({ kind: 'commitment', commitment })),
      ...followUps.filter((f) => f.inDays <= 0).map((followUp): NowItem => ({ kind: 'follow-up', followUp })),
      ...reminders.filter((r) => r.kind === 'check').map((reminder): NowItem => ({ kind: 'check', reminder })),
    ],
    due: commitments.filter((c) => c.inDays > 0),
    planned: planned.filter((p) => !p.past),
    reminders,
    followUps: followUps.filter((f) => f.inDays > 0),
  };
}

function homePerson(r: RelationshipSummary, now: Date, check: CheckStatus, kept?: KeptRows): HomePerson {
  const row = kept?.get(r, now.getTime()) ?? personRow(r, now, kept);
  return { id: r.id, name: r.name, role: r.role, kind: r.kind, archived: r.archived, verdict: row.verdict, spark: row.spark.points, check };
}

function personRow(r: RelationshipSummary, now: Date, kept?: KeptRows): PersonRow {
  const trust = r.trust ?? EMPTY_TRUST_INPUTS;
  // The person page calls the same function on the same inputs (trust-inputs.ts), so they always agree.
  const v = verdictFromInputs(trust, now);
  const row: PersonRow = {
    verdict: { kind: v.kind, qualifier: v.qualifier, label: v.label, reason: v.reason, why: v.why, lagFlag: v.lagFlag, lagNote: v.lagNote },
    spark: keptSparkline(trust),
    until: kept ? verdictSteadyUntil(trust, now.getTime()) : now.getTime(),
  };
  kept?.set(r, now.getTime(), row);
  return row;
}

/** A sparkline's points, and where their checks are in the summary's list of checks (home-rows.ts keeps those). */
export interface Spark {
  points: SparkPoint[];
  places: number[];
}

/**
 * A summary's sparkline, kept while its list of checks lives and the zone holds (a zone-less stamp's
 * moment depends on it): it does not depend on `now`, and Home draws the same people on every call.
 */
const sparklines = new WeakMap<readonly TrustCheckInput[], { zone: number; spark: Spark }>();

function keptSparkline(trust: TrustInputs): Spark {
  const zone = currentZone();
  if (zone === null) return sparkOf(trust);
  const kept = sparklines.get(trust.checks);
  if (kept && kept.zone === zone) return kept.spark;
  const spark = sparkOf(trust);
  sparklines.set(trust.checks, { zone, spark });
  return spark;
}

/** The latest checks that carry a number, oldest first; hot ones are marked so they can be drawn hollow. */
export function sparkline(trust: TrustInputs, count = SPARK_CHECKS): SparkPoint[] {
  return sparkOf(trust, count).points;
}

function sparkOf(trust: TrustInputs, count = SPARK_CHECKS): Spark {
  const checks = trust.checks;
  // The index keeps checks oldest first: then the points are the last `count` checks with a number, read
  // from the end, and nothing is built for the rest (Home draws every person at every start).
  if (inMomentOrder(checks)) {
    const latest: Spark = { points: [], places: [] };
    for (let i = checks.length - 1; i >= 0 && latest.points.length < count; i--) {
      const point = pointOf(checks[i]!);
      if (!point) continue;
      latest.points.push(point);
      latest.places.push(i);
    }
    return { points: latest.points.reverse(), places: latest.places.reverse() };
  }
  // A summary written otherwise: every point, sorted (stable, so equal moments keep their order).
  const points: { ms: number; point: SparkPoint; place: number }[] = [];
  checks.forEach((check, place) => {
    const point = pointOf(check);
    if (point) points.push({ ms: momentMs(check.at), point, place });
  });
  points.sort((a, b) => a.ms - b.ms);
  const latest = points.slice(-count);
  return { points: latest.map((p) => p.point), places: latest.map((p) => p.place) };
}

/** A check's point, or null when it has no number or no readable moment. */
function pointOf(check: TrustCheckInput): SparkPoint | null {
  return Number.isFinite(momentMs(check.at)) ? numberedPoint(check) : null;
}

/**
 * A check's point when it has a number, its moment not read: for a check already found to be a point
 * (home-rows.ts; whether a stamp can be read does not change with the clock or the zone).
 */
export function numberedPoint(check: TrustCheckInput): SparkPoint | null {
  const mean = checkMean(check);
  if (mean === null) return null;
  return { at: check.at, mean, hot: isHotCheck({ activation: check.activation, source: check.sourceNamed ? 'named' : '' }) };
}

/** Whether every check with a readable moment comes no earlier than the one before it. */
function inMomentOrder(checks: readonly TrustCheckInput[]): boolean {
  let last = -Infinity;
  for (const check of checks) {
    const ms = momentMs(check.at);
    if (!Number.isFinite(ms)) continue;
    if (ms < last) return false;
    last = ms;
  }
  return true;
}

/** Date.parse, through parseInstant's kept readings where they agree (a moment, not a bare day). */
function momentMs(at: string): number {
  const read = parseInstant(at);
  return read && !read.dateOnly ? read.ms : Date.parse(at);
}

function plannedItems(summaries: readonly RelationshipSummary[], now: Date): PlannedItem[] {
  const items: PlannedItem[] = [];
  for (const r of summaries) {
    if (r.archived) continue;
    for (const p of r.trust?.planned ?? []) {
      items.push({
        relationshipId: r.id,
        relationshipName: r.name,
        preparationId: p.id,
        plannedAt: p.plannedAt,
        status: p.status,
        past: Date.parse(p.plannedAt) < now.getTime(),
      });
    }
  }
  return items.sort((a, b) => Date.parse(a.plannedAt) - Date.parse(b.plannedAt));
}
