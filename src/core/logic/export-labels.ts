import { CAUSE_LABELS, CONFIDENCE_LABELS, INCIDENT_STATUS_LABELS, TRUST_ITEM_LABELS } from '../model/incident-labels';
import { FEAR_LABELS, PREPARATION_STATUS_LABELS, STEP_TITLES } from '../model/preparation-labels';
import { LEADER_SIDE_FIELD_LABELS, LEADER_SIDE_VALUE_LABELS } from './export-labels-leader';
import { COMMITMENT_STATUS_LABELS, MONITORING_KIND_LABELS, OWNER_LABELS, STEP_HAPPENED_LABELS } from '../model/follow-up-labels';

/**
 * Words the Markdown export uses. Known collections and fields get readable names; anything added
 * later (a new collection, a new field) falls back to its key made readable, so it still exports.
 */
export interface CollectionLabel {
  one: string;
  many: string;
  /** Fields tried in order for the moment an entry is placed at. */
  date: string[];
  /** A short field shown in the entry's heading. */
  title?: string;
}

export const COLLECTION_LABELS: Record<string, CollectionLabel> = {
  incidents: { one: 'Incident', many: 'Incidents', date: ['occurredAt'], title: 'title' },
  preparations: { one: 'Conversation plan', many: 'Conversation plans', date: ['plannedAt', 'createdAt'] },
  debriefs: { one: 'Debrief', many: 'Debriefs', date: ['heldAt'] },
  commitments: { one: 'Commitment', many: 'Commitments', date: ['dueAt', 'createdAt'], title: 'text' },
  checks: { one: 'Trust check', many: 'Trust checks', date: ['at'] },
  monitoringNotes: { one: 'Monitoring note', many: 'Monitoring notes', date: ['at'], title: 'kind' },
  meetingNotes: { one: '1:1 note', many: '1:1 notes', date: ['at'] },
  repairBids: { one: 'Repair attempt', many: 'Repair attempts', date: ['at'], title: 'what' },
  followUps: { one: 'Follow-up', many: 'Follow-ups', date: ['dueAt'] },
  theirTrust: { one: 'Their trust in me (my estimate)', many: 'Their trust in me (my estimates)', date: ['at'] },
};

/** Date fields tried, in order, for collections the export does not know yet. */
export const GENERIC_DATE_FIELDS = ['at', 'occurredAt', 'heldAt', 'plannedAt', 'dueAt', 'createdAt'];
export const GENERIC_TITLE_FIELDS = ['title', 'name', 'text'];

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  occurredAt: 'When it happened',
  facts: 'What happened',
  impact: 'Impact',
  domains: 'Trust domains breached',
  causes: 'Suspected causes',
  baseline: 'Trust before it happened',
  stability: 'How likely to happen again (1–7)',
  status: 'Status',
  plannedAt: 'Planned for',
  step: 'Step reached',
  coolDown: 'Cooling down',
  activation: 'How stirred up (0–3)',
  emotion: 'Feeling',
  source: 'Where the feeling comes from',
  fears: 'Fears it touched',
  camera: 'What a camera would have seen',
  story: 'The story I was telling myself',
  otherExplanations: 'Other explanations',
  trustedColleague: 'What a trusted colleague might say',
  hypotheses: 'What might be going on',
  cause: 'Cause',
  confidence: 'How sure',
  plan: 'The plan',
  myCommitment: 'The commitment I’ll offer',
  finishedAt: 'Marked ready',
  discardedAt: 'Discarded',
  heldAt: 'Held',
  steps: 'How each step went',
  happened: 'Happened',
  theirView: 'What they said',
  diagnosis: 'Diagnosis',
  guessed: 'My guess going in',
  outcome: 'Outcome',
  actual: 'What it turned out to be',
  surprised: 'What surprised me',
  learned: 'What I learned',
  differently: 'What I’d do differently',
  fewerCommitmentsReason: 'Why fewer commitments',
  commitmentDrafts: 'Commitments written',
  owner: 'Whose',
  text: 'Commitment',
  dueAt: 'Due',
  note: 'Note',
  resolvedAt: 'Resolved',
  at: 'When',
  ratings: 'Ratings',
  evidence: 'What I saw or heard',
  interpretation: 'What I make of it',
  kind: 'What I did',
  ...LEADER_SIDE_FIELD_LABELS,
};

const VALUE_LABELS: Record<string, string> = {
  ...CAUSE_LABELS,
  ...CONFIDENCE_LABELS,
  ...INCIDENT_STATUS_LABELS,
  ...FEAR_LABELS,
  ...PREPARATION_STATUS_LABELS,
  ...TRUST_ITEM_LABELS,
  ...COMMITMENT_STATUS_LABELS,
  ...OWNER_LABELS,
  ...MONITORING_KIND_LABELS,
  ...STEP_HAPPENED_LABELS,
  done: 'Done',
  confirmed: 'Confirmed',
  revised: 'Revised',
  ...LEADER_SIDE_VALUE_LABELS,
};

/** Where one field means something different in one collection. */
const COLLECTION_FIELD_LABELS: Record<string, Record<string, string>> = {
  preparations: { facts: 'Facts and story' },
};

/** Progress markers of a screen, not something written: left out of that collection's export. */
export const COLLECTION_HIDDEN: Record<string, ReadonlySet<string>> = {
  preparations: new Set(['step']),
};

/** The label of a field of an entry in `collection`. */
export const entryFieldLabel = (collection: string, key: string): string =>
  COLLECTION_FIELD_LABELS[collection]?.[key] ?? fieldLabel(key);

/** "otherExplanations" → "Other explanations"; conversation steps and trust items by their titles. */
export function fieldLabel(key: string): string {
  const known = FIELD_LABELS[key] ?? (STEP_TITLES as Record<string, string>)[key] ?? (TRUST_ITEM_LABELS as Record<string, string>)[key];
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A stored code ("stretched-too-thin") in words; free text is returned as it is. */
export function valueLabel(value: string): string {
  const known = VALUE_LABELS[value];
  if (known) return known;
  if (/^[a-z]+(-[a-z]+)+$/.test(value)) {
    const words = value.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return value;
}
