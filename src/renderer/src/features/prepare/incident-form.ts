import { fromLocalInput, toLocalInput } from '../../lib/dates';
import type { Incident, IncidentFields } from '../../../../core/model/incident';
import type { Cause, Confidence, IncidentStatus, TrustDomain, TrustItem } from '../../../../core/model/trust-items';

/** What the incident form holds: ratings as select values ('' = no evidence), the date as the input shows it. */
export interface IncidentFormValues {
  title: string;
  occurredAt: string;
  facts: string;
  impact: string;
  domains: TrustDomain[];
  causes: { cause: Cause; confidence: Confidence }[];
  baseline: Record<TrustItem, string>;
  stability: string;
  status: IncidentStatus;
}

export const emptyIncident = (now = new Date()): IncidentFormValues => ({
  title: '',
  occurredAt: toLocalInput(now.toISOString()),
  facts: '',
  impact: '',
  domains: [],
  causes: [],
  baseline: { reliability: '', competence: '', sincerity: '', care: '', reliance: '' },
  stability: '',
  status: 'open',
});

export const fromIncident = (i: Incident): IncidentFormValues => ({
  title: i.title,
  occurredAt: toLocalInput(i.occurredAt),
  facts: i.facts,
  impact: i.impact,
  domains: [...i.domains],
  causes: i.causes.map((c) => ({ ...c })),
  baseline: Object.fromEntries(Object.entries(i.baseline).map(([k, v]) => [k, v === null ? '' : String(v)])) as Record<TrustItem, string>,
  stability: i.stability === null ? '' : String(i.stability),
  status: i.status,
});

const rating = (v: string): number | null => (v === '' ? null : Number(v));

/** The values as the contract takes them. An unreadable date goes through as typed, so the store names it. */
export const toIncidentFields = (v: IncidentFormValues): IncidentFields => ({
  title: v.title,
  occurredAt: fromLocalInput(v.occurredAt) ?? v.occurredAt,
  facts: v.facts,
  impact: v.impact,
  domains: v.domains,
  causes: v.causes,
  baseline: {
    reliability: rating(v.baseline.reliability),
    competence: rating(v.baseline.competence),
    sincerity: rating(v.baseline.sincerity),
    care: rating(v.baseline.care),
    reliance: rating(v.baseline.reliance),
  },
  stability: rating(v.stability),
  status: v.status,
});

/** Which form control an error from the store belongs to: "causes.1.cause" → "causes", "baseline.care" stays. */
export function errorKey(field: string | undefined): string {
  if (!field) return 'form';
  const [head, second] = field.split('.');
  if (head === 'baseline' && second) return `baseline.${second}`;
  return head ?? 'form';
}
