import { shorten } from '../../../../core/logic/shorten';
import { fieldLabel as exportFieldLabel } from '../../../../core/logic/export-labels';
import { STEP_TITLES } from '../../../../core/model/preparation-labels';
import { formatDay } from '../../lib/dates';
import type { Journal } from '../../../../core/model/journal';
import type { Output } from '../../../../core/api/contract';

/** A text two computers changed at once (see the alternatives:list channel). */
export type TextAlternative = Awaited<Output<'alternatives:list'>>[number];
export type TextVersion = TextAlternative['shown'];

/** What each of the journal's lists holds, as the timeline names it. */
const KINDS: Record<string, string> = {
  incidents: 'Incident',
  preparations: 'Preparation',
  debriefs: 'Debrief',
  commitments: 'Commitment',
  checks: 'Trust check',
  monitoringNotes: 'My check-in',
  meetingNotes: '1:1 note',
  repairBids: 'Repair attempt',
  followUps: 'Follow-up',
  theirTrust: 'Their trust',
};

const FIELDS: Record<string, string> = {
  notes: 'notes',
  note: 'note',
  text: 'the note',
  facts: 'what happened',
  impact: 'the impact',
  title: 'title',
  role: 'role',
  name: 'name',
};

/** Where a field means something else in one kind of entry: a commitment's text is the promise itself. */
const FIELDS_OF: Record<string, Record<string, string>> = {
  commitments: { text: 'the promise' },
  repairBids: { what: 'what was done' },
  theirTrust: { evidence: 'what I saw or heard', interpretation: 'what I make of it' },
};

/** The day that names a record no words name: when it happened, was held or planned, else when it was begun. */
const DAY_FIELDS = ['at', 'heldAt', 'plannedAt', 'createdAt'];

/** The words that name a record: its title, or the first line of its text. */
const TITLE_FIELDS = ['title', 'what', 'text', 'note', 'summary'];

/** "Notes about Sam Rivera", or "Incident: Missed the Acme deadline (what happened)". */
export function alternativeLabel(alt: TextAlternative, journal: Journal): string {
  const field = fieldLabel(alt.field, alt.collection ?? undefined);
  if (alt.collection === null) return `${capitalized(field)} about ${journal.relationship.name}`;
  return `${entryLabel({ ...alt, collection: alt.collection }, journal)} (${field})`;
}

function entryLabel(alt: TextAlternative & { collection: string }, journal: Journal): string {
  const list = (journal as unknown as Record<string, { id: string }[] | undefined>)[alt.collection] ?? [];
  return recordLabel(alt.collection, list.find((r) => r.id === alt.recordId) as Record<string, unknown> | undefined);
}

/** "Repair attempt: Flagged the Acme risk early": the kind of entry, and the words that name it. */
export function recordLabel(collection: string, record: Record<string, unknown> | undefined): string {
  const kind = KINDS[collection] ?? 'Entry';
  const words = titleOf(record);
  if (words) return `${kind}: ${shorten(words.split('\n').find((l) => l.trim() !== '')!.trim(), 70)}`;
  // No words name it (a trust check, an estimate, a preparation): its day does, as on the timeline.
  const when = DAY_FIELDS.map((f) => record?.[f]).find((v): v is string => typeof v === 'string');
  const day = when ? formatDay(when) : '';
  return day ? `${kind} of ${day}` : kind;
}

/** The field whose words name a record (see TITLE_FIELDS), or undefined. */
export function titleField(record: Record<string, unknown> | undefined): string | undefined {
  return TITLE_FIELDS.find((f) => typeof record?.[f] === 'string' && (record[f] as string).trim() !== '');
}

const titleOf = (record: Record<string, unknown> | undefined): string | undefined => {
  const field = titleField(record);
  return field === undefined ? undefined : (record![field] as string);
};

/** The field in words: "notes", "what happened"; an unknown one from its name ("nextSteps" → "next steps"). */
export function fieldLabel(field: string, collection?: string): string {
  if (field.includes('.')) return partLabel(field);
  return (collection && FIELDS_OF[collection]?.[field]) ?? FIELDS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * One answer of a preparation's or a debrief's group, by its path ("facts.story": "the story I was
 * telling myself"), with the words its screen and the Markdown export use. A conversation step's plan
 * or notes name the step.
 */
function partLabel(path: string): string {
  const names = path.split('.');
  const last = names[names.length - 1]!;
  const step = (STEP_TITLES as Record<string, string>)[names[1] ?? ''];
  if (step && names[0] === 'plan' && names.length === 2) return `plan for “${step}”`;
  if (step && names[0] === 'steps' && last === 'notes') return `notes on “${step}”`;
  const words = exportFieldLabel(last);
  return words.charAt(0).toLowerCase() + words.slice(1);
}

const whenFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

/** "Tue 1 Dec, 14:02" in the reader's own locale. */
export function formatWritten(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : whenFormat.format(d);
}

/** "Home laptop, Tue 1 Dec, 14:02"; this computer says so. */
export function origin(v: TextVersion): string {
  const where = v.thisComputer ? `this computer (${v.device})` : v.device;
  return `${where}, ${formatWritten(v.at)}`;
}

/** The words with a capital first letter, to start a sentence or a caption. */
export const capitalized = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
