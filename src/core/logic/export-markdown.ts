import type { Journal } from '../model/journal';
import { cutBetweenCharacters } from './cut-text';
import { KIND_LABELS } from '../model/relationship-kinds';
import { COLLECTION_HIDDEN, COLLECTION_LABELS, entryFieldLabel, fieldLabel, GENERIC_DATE_FIELDS, GENERIC_TITLE_FIELDS, valueLabel, type CollectionLabel } from './export-labels';
import { isBlank, isLongText, recordBody, type DateFormatter } from './export-values';
import { asWritten, CODE_FIELDS, escapeTags } from './export-text';

/**
 * One readable Markdown document per relationship: who they are, then every collection of the journal
 * with each entry under a heading that gives its type and date. Collections this file does not know
 * (added by a later feature) are exported too, with their keys made readable, so nothing is left out.
 */
export interface MarkdownOptions {
  /** When the export was made (ISO). */
  exportedAt: string;
  /** IANA time zone for dates; the machine's own when absent. */
  timeZone?: string;
}

type Entry = Record<string, unknown>;

export function journalToMarkdown(journal: Journal, options: MarkdownOptions): string {
  const format = dateFormatter(options.timeZone);
  const parts = [header(journal, options.exportedAt, format)];
  for (const [key, value] of Object.entries(journal)) {
    if (key === 'relationship') continue;
    if (Array.isArray(value)) parts.push(collection(key, value as Entry[], format));
    else if (!isBlank(value)) parts.push(`## ${fieldLabel(key)}\n\n${recordBody({ [key]: value }, new Set(), format.dateOrTime)}`);
  }
  return `${parts.join('\n\n').trim()}\n`;
}

/** A file name fit for any system (no path separators or reserved characters), from a person's name. */
export function markdownFileName(name: string): string {
  const cleaned = fitted(
    name
      .replace(/[\u0000-\u001f<>:"/\\|?*\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // A leading dot hides a file on macOS and Linux; a trailing one or a space, Windows drops.
      .replace(/^[. ]+/, ''),
  ).replace(/[. ]+$/, '');
  // Windows keeps "CON", "AUX"… for devices, with any extension after them too ("Aux.Team.md").
  const safe = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(cleaned) || cleaned === '' ? `Journal ${cleaned}`.trim() : cleaned;
  return `${safe}.md`;
}

/** Most disks allow 255 bytes a name: 200 leave room for " (12).md". Cut between characters as seen, never inside one. */
const NAME_BYTES = 200;
const NAME_CHARACTERS = 100;
function fitted(name: string): string {
  return cutBetweenCharacters(name, { characters: NAME_CHARACTERS, bytes: NAME_BYTES });
}

function header(journal: Journal, exportedAt: string, format: Formatter): string {
  const r = journal.relationship;
  const about = [KIND_LABELS[r.kind], r.role.trim(), r.started ? `working together since ${format.day(r.started)}` : '']
    .filter(Boolean)
    .join(' · ');
  const lines = [`# ${oneLine(r.name)}`, ''];
  if (about) lines.push(about, '');
  if (r.archived) lines.push('*Archived in Mend.*', '');
  lines.push(`*Exported from Mend on ${format.time(exportedAt)}. Your private reflection, not a record about them.*`);
  if (r.notes.trim()) lines.push('', '## Notes', '', asWritten(r.notes.trim(), 2));
  return lines.join('\n');
}

function collection(key: string, entries: Entry[], format: Formatter): string {
  const label = COLLECTION_LABELS[key] ?? genericLabel(key);
  const head = `## ${label.many} (${entries.length})`;
  if (entries.length === 0) return `${head}\n\nNone yet.`;
  const dated = entries.map((e) => ({ entry: e, at: dateOf(e, label) })).sort((a, b) => (a.at?.value ?? '').localeCompare(b.at?.value ?? ''));
  return [head, ...dated.map(({ entry, at }) => entryBlock(key, entry, label, at, format))].join('\n\n');
}

function entryBlock(key: string, entry: Entry, label: CollectionLabel, at: DatedBy | null, format: Formatter): string {
  const title = titleOf(entry, label);
  const when = at ? `${at.field === 'dueAt' ? 'due ' : ''}${format.dateOrTime(at.value)}` : 'undated';
  const skip = new Set([...(COLLECTION_HIDDEN[key] ?? []), ...(title ? [title.field] : []), ...(at ? [at.field] : [])]);
  const lines = [`### ${label.one} · ${when}${title ? ` · ${title.text}` : ''}`];
  const body = recordBody(entry, skip, format.dateOrTime, (field) => entryFieldLabel(key, field));
  if (body) lines.push('', body);
  lines.push('', stamps(entry, format));
  return lines.join('\n');
}

/** When the entry was written and last changed, so the record is complete. */
function stamps(entry: Entry, format: Formatter): string {
  const { createdAt, updatedAt } = entry;
  if (typeof createdAt !== 'string') return '';
  const changed =
    typeof updatedAt === 'string' && format.time(updatedAt) !== format.time(createdAt) ? `; last changed ${format.time(updatedAt)}` : '';
  return `*Written ${format.time(createdAt)}${changed}.*`;
}

interface DatedBy {
  field: string;
  value: string;
}

function dateOf(entry: Entry, label: CollectionLabel): DatedBy | null {
  for (const field of label.date) {
    const value = entry[field];
    if (typeof value === 'string' && value) return { field, value };
  }
  return null;
}

function titleOf(entry: Entry, label: CollectionLabel): { field: string; text: string } | null {
  const fields = label.title ? [label.title] : GENERIC_TITLE_FIELDS;
  for (const field of fields) {
    const value = entry[field];
    if (typeof value === 'string' && value.trim() && !isLongText(value)) return { field, text: oneLine(value, CODE_FIELDS.has(field)) };
  }
  return null;
}

function genericLabel(key: string): CollectionLabel {
  const many = fieldLabel(key);
  return { many, one: many.endsWith('s') ? many.slice(0, -1) : many, date: GENERIC_DATE_FIELDS };
}

/** Text on one line: a code in words (`asCode`), anything written as it was (tags escaped, export-text.ts). */
const oneLine = (text: string, asCode = false): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return asCode ? valueLabel(flat) : escapeTags(flat);
};

interface Formatter {
  day: (iso: string) => string;
  time: (iso: string) => string;
  /** A calendar day as a day, a moment as day and time. */
  dateOrTime: DateFormatter;
}

function dateFormatter(timeZone: string | undefined): Formatter {
  const zone = timeZone ? { timeZone } : {};
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', ...zone });
  const dayUtc = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', ...zone });
  const safe = (f: Intl.DateTimeFormat, d: Date, iso: string) => (Number.isNaN(d.getTime()) ? iso : f.format(d));
  const isDay = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return {
    // A calendar day has no time zone: read it as that day everywhere.
    day: (iso) => (isDay(iso) ? safe(dayUtc, new Date(`${iso}T00:00:00Z`), iso) : safe(day, new Date(iso), iso)),
    time: (iso) => safe(time, new Date(iso), iso),
    dateOrTime: (iso) => (isDay(iso) ? safe(dayUtc, new Date(`${iso}T00:00:00Z`), iso) : safe(time, new Date(iso), iso)),
  };
}
