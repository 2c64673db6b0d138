import { shorten } from '../../../../core/logic/shorten';
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
  monitoringNotes: 'Monitoring note',
  meetingNotes: '1:1 note',
  repairBids: 'Repair attempt',
  followUps: 'Follow-up',
  theirTrust: 'Their trust in you',
};

const FIELDS: Record<string, string> = {
  notes: 'notes',
  note: 'note',
  text: 'note',
  facts: 'what happened',
  impact: 'the impact',
  title: 'title',
  role: 'role',
  name: 'name',
};

/** The words that name a record: its title, or the first line of its text. */
const TITLE_FIELDS = ['title', 'what', 'text', 'note', 'summary'];

/** "Notes about Sam Rivera", or "Incident: Missed the Acme deadline (what happened)". */
export function alternativeLabel(alt: TextAlternative, journal: Journal): string {
  const field = fieldLabel(alt.field);
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
  return words ? `${kind}: ${shorten(words.split('\n').find((l) => l.trim() !== '')!.trim(), 70)}` : kind;
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
export function fieldLabel(field: string): string {
  return FIELDS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
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
