/**
 * Which incident the verdict is about, what it touched, and whether a newer one touched the same thing.
 */
import { TRUST_DOMAINS, TRUST_ITEMS } from '../model/trust-items';
import type { TrustDomain, TrustItem } from '../model/trust-items';
import { VERDICT_THRESHOLDS as T } from './verdict-thresholds';
import { DAY_MS, inWindow, parseInstant, wholeDaysBetween } from './verdict-time';
import type { Instant } from './verdict-time';
import type { VerdictIncident } from './verdict-types';

/** An incident whose date could be read, with the domains it breached (never empty). */
export interface DatedIncident {
  incident: VerdictIncident;
  at: Instant;
  domains: TrustDomain[];
}

/** A newer incident that shares a breached domain with the focus incident. */
export interface RepeatIncident {
  daysAgo: number;
  shared: TrustDomain[];
}

/** The breached domains, cleaned; reliability when none is named (product.md §3). */
export function breachedDomains(domains: readonly string[] | null | undefined): TrustDomain[] {
  const named = Array.isArray(domains) ? domains : [];
  const found = TRUST_DOMAINS.filter((d) => named.includes(d));
  return found.length > 0 ? found : ['reliability'];
}

/** Focus items: the breached domains plus reliance, in the canonical item order. */
export function focusItemsFor(domains: readonly TrustDomain[]): TrustItem[] {
  return TRUST_ITEMS.filter((item) => item === 'reliance' || (domains as readonly string[]).includes(item));
}

/** Incidents whose date can be read; the rest are ignored rather than guessed at. */
export function datedIncidents(incidents: readonly VerdictIncident[]): DatedIncident[] {
  const dated: DatedIncident[] = [];
  for (const incident of incidents) {
    const at = parseInstant(incident?.occurredAt);
    if (at) dated.push({ incident, at, domains: breachedDomains(incident.domains) });
  }
  return dated;
}

/** The oldest incident that is not closed; the first listed wins a tie. */
export function pickFocus(dated: readonly DatedIncident[]): DatedIncident | null {
  let focus: DatedIncident | null = null;
  for (const d of dated) {
    if (d.incident.status === 'closed') continue;
    if (focus === null || d.at.ms < focus.at.ms) focus = d;
  }
  return focus;
}

/**
 * The most recent other incident after the focus one, within the repeat window, sharing a breached domain.
 * An incident with no named domain counts as a reliability breach here too, matching its focus items.
 */
export function findRepeat(dated: readonly DatedIncident[], focus: DatedIncident, nowMs: number): RepeatIncident | null {
  const fromMs = nowMs - T.repeatIncidentWindowDays * DAY_MS;
  let best: DatedIncident | null = null;
  let shared: TrustDomain[] = [];
  for (const d of dated) {
    if (d === focus || d.at.ms <= focus.at.ms || !inWindow(d.at, fromMs, nowMs)) continue;
    const overlap = d.domains.filter((dom) => focus.domains.includes(dom));
    if (overlap.length === 0 || (best !== null && d.at.ms <= best.at.ms)) continue;
    best = d;
    shared = overlap;
  }
  return best === null ? null : { daysAgo: wholeDaysBetween(best.at.ms, nowMs), shared };
}
