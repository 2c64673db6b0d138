/**
 * The leader's own growth in Insights (product.md §5b): predictions against what happened, how
 * apologies and repair bids landed, whether I waited before talking when stirred up, which situations
 * set me off, and my own keeping rate month by month. Counts only, across every journal.
 */
import type { Journal } from '../model/journal';
import { HOT_ACTIVATION, TRUST_DOMAINS, type TrustDomain } from '../model/trust-items';
import type { BidSide } from '../model/leader-side-labels';
import { predictionAccuracy, type PredictionAccuracy, type PredictionPair } from './predictions';

export type LeaderJournal = Pick<Journal, 'debriefs' | 'preparations' | 'commitments' | 'incidents' | 'repairBids'>;

/** Waiting at least this long between starting a hot preparation and the talk counts as waiting. */
export const WAIT_HOURS = 12;
/** How many recent months the keeping rate shows. */
export const KEEPING_MONTHS = 6;

export interface LeaderInsights {
  predictions: PredictionAccuracy;
  apologies: { planned: number; made: number; landed: number };
  /** Per side: how many, how many landed, and how many partly landed (counted apart, never as none). */
  bids: Record<BidSide, { total: number; landed: number; partly: number }>;
  /** Conversations prepared while stirred up (activation ≥ 2) and held: how many waited 12 hours. */
  waited: { hot: number; waited: number };
  /** What the incidents behind stirred-up preparations touched, most frequent first. */
  situations: { domain: TrustDomain; count: number }[];
  /** My own commitments by the month they were resolved, oldest first. */
  keeping: { month: string; kept: number; resolved: number }[];
}

export interface LeaderTally {
  pairs: PredictionPair[];
  apologies: LeaderInsights['apologies'];
  bids: LeaderInsights['bids'];
  waited: LeaderInsights['waited'];
  situations: Map<TrustDomain, number>;
  keeping: Map<string, { kept: number; resolved: number }>;
}

export const emptyLeaderTally = (): LeaderTally => ({
  pairs: [],
  apologies: { planned: 0, made: 0, landed: 0 },
  bids: { me: { total: 0, landed: 0, partly: 0 }, them: { total: 0, landed: 0, partly: 0 } },
  waited: { hot: 0, waited: 0 },
  situations: new Map(),
  keeping: new Map(),
});

export function addLeaderJournal(t: LeaderTally, j: LeaderJournal): void {
  const preps = new Map(j.preparations.filter((p) => p.status !== 'discarded').map((p) => [p.id, p]));
  for (const d of j.debriefs) {
    if (d.status !== 'done') continue;
    const prep = d.preparationId ? preps.get(d.preparationId) : undefined;
    // Stored records always carry these (schema defaults); hand-built ones in callers may not.
    const own = d.ownSide as typeof d.ownSide | undefined;
    const planned = (p?: { wanted: boolean; skipped: boolean }) => !!p && p.wanted && !p.skipped;
    if (prep?.plan.expect && own) t.pairs.push({ expected: prep.plan.expect, happened: own.happened });
    if (planned(prep?.plan.apology) || planned(own?.apology)) t.apologies.planned += 1;
    if (own?.apologised === 'yes' || own?.apologised === 'partly') {
      t.apologies.made += 1;
      if (own.received === 'well') t.apologies.landed += 1;
    }
    if (prep && (prep.coolDown.activation ?? 0) >= HOT_ACTIVATION) {
      t.waited.hot += 1;
      if (Date.parse(d.heldAt) - Date.parse(prep.createdAt) >= WAIT_HOURS * 3_600_000) t.waited.waited += 1;
    }
  }
  for (const p of preps.values()) {
    if ((p.coolDown.activation ?? 0) < HOT_ACTIVATION) continue;
    const incident = j.incidents.find((i) => i.id === p.incidentId);
    for (const domain of incident ? (incident.domains.length > 0 ? incident.domains : ['reliability' as const]) : []) {
      t.situations.set(domain, (t.situations.get(domain) ?? 0) + 1);
    }
  }
  for (const b of j.repairBids) {
    t.bids[b.by].total += 1;
    if (b.received === 'well') t.bids[b.by].landed += 1;
    if (b.received === 'partly') t.bids[b.by].partly += 1;
  }
  for (const c of j.commitments) {
    if (c.owner !== 'me' || c.status === 'open' || !c.resolvedAt) continue;
    const month = c.resolvedAt.slice(0, 7);
    const m = t.keeping.get(month) ?? { kept: 0, resolved: 0 };
    m.resolved += 1;
    if (c.status === 'kept' || c.status === 'renegotiated') m.kept += 1;
    t.keeping.set(month, m);
  }
}

export function finishLeaderInsights(t: LeaderTally): LeaderInsights {
  return {
    predictions: predictionAccuracy(t.pairs),
    apologies: t.apologies,
    bids: t.bids,
    waited: t.waited,
    situations: [...t.situations.entries()]
      .map(([domain, count]) => ({ domain, count }))
      .sort((a, b) => b.count - a.count || TRUST_DOMAINS.indexOf(a.domain) - TRUST_DOMAINS.indexOf(b.domain)),
    keeping: [...t.keeping.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .slice(-KEEPING_MONTHS)
      .map(([month, m]) => ({ month, ...m })),
  };
}
