/**
 * Repair bids in a sentence, for the line under the verdict (the verdict's own reason stays as it is).
 * Counted since the focus incident when there is one, so old history does not speak for the repair.
 */
import type { RepairBid } from '../model/leader-side';
import type { Incident } from '../model/incident';

export interface BidCounts {
  me: number;
  them: number;
  /** Bids that landed (received well). */
  landed: number;
  /** Bids that partly landed: said apart, never counted with those that did not. */
  partly: number;
  total: number;
}

export function countBids(bids: readonly Pick<RepairBid, 'at' | 'by' | 'received'>[], sinceMs = -Infinity): BidCounts {
  const counts: BidCounts = { me: 0, them: 0, landed: 0, partly: 0, total: 0 };
  for (const b of bids) {
    if (!(Date.parse(b.at) >= sinceMs)) continue;
    counts.total += 1;
    counts[b.by] += 1;
    if (b.received === 'well') counts.landed += 1;
    if (b.received === 'partly') counts.partly += 1;
  }
  return counts;
}

/** The oldest incident that is not closed, as the verdict's focus; bids count from it. */
function focusStart(incidents: readonly Pick<Incident, 'occurredAt' | 'status'>[]): number {
  const open = incidents.filter((i) => i.status !== 'closed').map((i) => Date.parse(i.occurredAt)).filter(Number.isFinite);
  return open.length > 0 ? Math.min(...open) : -Infinity;
}

const times = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** "Since the incident: 2 repair attempts (they made 1, you made 1); both landed." Null with none. */
export function bidsLine(bids: readonly Pick<RepairBid, 'at' | 'by' | 'received'>[], incidents: readonly Pick<Incident, 'occurredAt' | 'status'>[]): string | null {
  const since = focusStart(incidents);
  const c = countBids(bids, since);
  if (c.total === 0) return null;
  const when = Number.isFinite(since) ? 'Since the incident' : 'So far';
  const who = `they made ${c.them}, you made ${c.me}`;
  return `${when}: ${times(c.total, 'repair attempt', 'repair attempts')} (${who}); ${landedWords(c)}.`;
}

/** "both landed", "1 of 3 landed, 1 partly", "it partly landed". */
function landedWords(c: BidCounts): string {
  if (c.landed === c.total) return c.total === 1 ? 'it landed' : c.total === 2 ? 'both landed' : 'all landed';
  if (c.partly === c.total) return c.total === 1 ? 'it partly landed' : c.total === 2 ? 'both partly landed' : 'all partly landed';
  return c.partly === 0 ? `${c.landed} of ${c.total} landed` : `${c.landed} of ${c.total} landed, ${c.partly} partly`;
}
