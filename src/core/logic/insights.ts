/**
 * Insights: patterns across every journal, for the leader's own reflection (product.md §4, §5). Counts
 * only: which first guesses held, which fears come up, how often a rating was made hot, and how both
 * sides keep their word. Pure; the service feeds it one journal at a time.
 */
import type { Journal } from '../model/journal';
import type { Cause, CommitmentOwner, Fear } from '../model/trust-items';
import { CAUSES, FEARS } from '../model/trust-items';
import { isHotCheck } from './verdict-scores';
import { addLeaderJournal, emptyLeaderTally, finishLeaderInsights, type LeaderInsights, type LeaderTally } from './insights-leader';

export type InsightJournal = Pick<Journal, 'debriefs' | 'preparations' | 'checks' | 'commitments'> & Partial<Pick<Journal, 'incidents' | 'repairBids'>>;

/** How one first guess turned out across finished debriefs. */
export interface GuessRecord {
  guessed: Cause;
  times: number;
  confirmed: number;
  /** What it turned out to be instead, most frequent first. */
  revisedTo: { cause: Cause; count: number }[];
}

export interface KeptRate {
  kept: number;
  resolved: number;
  /** kept / resolved; null with nothing resolved. */
  rate: number | null;
}

export interface Insights {
  journals: number;
  /** Journals that could not be read and are left out. */
  skipped: number;
  diagnosis: GuessRecord[];
  fears: { fear: Fear; count: number }[];
  /** Preparations that went through the cool-down (fears counted over these). */
  preparations: number;
  checks: { total: number; hot: number; share: number | null };
  commitments: Record<CommitmentOwner, KeptRate>;
  /** The leader's own side and growth (logic/insights-leader.ts). */
  leader: LeaderInsights;
}

/** Counts gathered journal by journal, so the service never holds more than one journal at a time. */
export interface InsightTally {
  journals: number;
  skipped: number;
  guesses: Map<Cause, { times: number; confirmed: number; revisedTo: Map<Cause, number> }>;
  fears: Map<Fear, number>;
  preparations: number;
  checks: number;
  hot: number;
  kept: Record<CommitmentOwner, { kept: number; resolved: number }>;
  leader: LeaderTally;
}

export function emptyTally(): InsightTally {
  return { journals: 0, skipped: 0, guesses: new Map(), fears: new Map(), preparations: 0, checks: 0, hot: 0, kept: { me: { kept: 0, resolved: 0 }, them: { kept: 0, resolved: 0 } }, leader: emptyLeaderTally() };
}

/** Adds one journal's counts. Drafts and discarded plans are left out: only what was lived counts. */
export function addJournal(t: InsightTally, j: InsightJournal): void {
  t.journals += 1;
  addLeaderJournal(t.leader, { incidents: [], repairBids: [], ...j });
  for (const d of j.debriefs) {
    const { guessed, outcome, actual } = d.diagnosis;
    if (d.status !== 'done' || guessed === null || outcome === null) continue;
    const g = t.guesses.get(guessed) ?? { times: 0, confirmed: 0, revisedTo: new Map<Cause, number>() };
    g.times += 1;
    if (outcome === 'confirmed') g.confirmed += 1;
    else if (actual !== null) g.revisedTo.set(actual, (g.revisedTo.get(actual) ?? 0) + 1);
    t.guesses.set(guessed, g);
  }
  for (const p of j.preparations) {
    if (p.status === 'discarded') continue;
    t.preparations += 1;
    for (const f of new Set(p.coolDown.fears)) t.fears.set(f, (t.fears.get(f) ?? 0) + 1);
  }
  for (const c of j.checks) {
    t.checks += 1;
    if (isHotCheck(c)) t.hot += 1;
  }
  for (const c of j.commitments) {
    if (c.status === 'open') continue;
    t.kept[c.owner].resolved += 1;
    if (c.status === 'kept' || c.status === 'renegotiated') t.kept[c.owner].kept += 1;
  }
}

const rate = (kept: number, of: number): number | null => (of === 0 ? null : kept / of);
const order = <K extends string>(vocab: readonly K[]) => (a: { key: K; n: number }, b: { key: K; n: number }) =>
  b.n - a.n || vocab.indexOf(a.key) - vocab.indexOf(b.key);

/** The finished picture, every list sorted most frequent first (ties in vocabulary order). */
export function finishInsights(t: InsightTally): Insights {
  const diagnosis = [...t.guesses.entries()]
    .map(([key, g]) => ({ key, n: g.times, g }))
    .sort(order(CAUSES))
    .map(({ key, g }) => ({
      guessed: key,
      times: g.times,
      confirmed: g.confirmed,
      revisedTo: [...g.revisedTo.entries()].map(([k, n]) => ({ key: k, n })).sort(order(CAUSES)).map(({ key: cause, n: count }) => ({ cause, count })),
    }));
  const fears = [...t.fears.entries()].map(([key, n]) => ({ key, n })).sort(order(FEARS)).map(({ key: fear, n: count }) => ({ fear, count }));
  return {
    journals: t.journals,
    skipped: t.skipped,
    diagnosis,
    fears,
    preparations: t.preparations,
    checks: { total: t.checks, hot: t.hot, share: rate(t.hot, t.checks) },
    commitments: {
      me: { ...t.kept.me, rate: rate(t.kept.me.kept, t.kept.me.resolved) },
      them: { ...t.kept.them, rate: rate(t.kept.them.kept, t.kept.them.resolved) },
    },
    leader: finishLeaderInsights(t.leader),
  };
}

/** Convenience for tests and small callers: insights over a list of journals. */
export function computeInsights(journals: readonly InsightJournal[]): Insights {
  const t = emptyTally();
  for (const j of journals) addJournal(t, j);
  return finishInsights(t);
}
