import { fieldLabel, valueLabel } from './export-labels';
import { asWritten, CODE_FIELDS, escapeTags } from './export-text';

/**
 * Turns any stored value into Markdown lines, generically: scalars on one line, text as paragraphs,
 * objects and lists as nested lists. Ids and bookkeeping fields are left out; nothing else is.
 */
export type DateFormatter = (iso: string) => string;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Keys that are plumbing, not something the leader wrote (an apology plan's offer state included). */
const HIDDEN = new Set(['id', 'createdAt', 'updatedAt', 'key', 'wanted', 'skipped']);

export const isHidden = (key: string): boolean => HIDDEN.has(key) || /[a-z]Id$/.test(key);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Empty text, empty lists and unset values say nothing, so they are left out. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.entries(value).every(([k, v]) => isHidden(k) || isBlank(v));
  return false;
}

/** Text that reads better as its own paragraph than after a label. */
export const isLongText = (v: unknown): v is string => typeof v === 'string' && (v.includes('\n') || v.length > 90);

/** Ratings (1–7 or null for "no new evidence") read as one line. */
const isRatings = (key: string) => key === 'ratings' || key === 'baseline';

export function inline(key: string, value: unknown, date: DateFormatter): string {
  if (typeof value === 'string') {
    if (ISO_DATE_TIME.test(value) || ISO_DAY.test(value)) return date(value);
    // A code from a fixed list in words; anything the leader wrote as they wrote it (export-text.ts).
    return CODE_FIELDS.has(key) ? valueLabel(value.trim()) : escapeTags(value.trim());
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value === null) return isRatings(key) ? 'no new evidence' : '—';
  if (Array.isArray(value)) return value.map((v) => inline(key, v, date)).join(', ');
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([k]) => !isHidden(k))
      // Ratings read their null by the record's key ("no new evidence"); a code by its own.
      .map(([k, v]) => `${fieldLabel(k)} ${inline(CODE_FIELDS.has(k) ? k : key, v, date)}`)
      .join(', ');
  }
  return String(value);
}

/** Indents every line, so text stays inside the list item it belongs to (written as export-text.ts says). */
export const indentText = (text: string, indent: string): string =>
  asWritten(text.trim())
    .split('\n')
    .map((line) => (line === '' ? '' : indent + line))
    .join('\n');

const isScalarList = (v: unknown[]) => v.every((x) => !isRecord(x) && !Array.isArray(x) && !isLongText(x));

/** One field as list lines at `indent`; `label` names it (the same key can mean different things). */
export function fieldLines(key: string, value: unknown, indent: string, date: DateFormatter, label = fieldLabel(key)): string[] {
  if (isHidden(key) || isBlank(value)) return [];
  if (isLongText(value)) return [`${indent}- **${label}:**`, '', indentText(value, `${indent}  `), ''];
  if (Array.isArray(value) && !isScalarList(value)) {
    return [`${indent}- **${label}:**`, ...value.flatMap((item) => itemLines(key, item, `${indent}  `, date))];
  }
  if (isRecord(value) && !isRatings(key)) {
    return [`${indent}- **${label}:**`, ...Object.entries(value).flatMap(([k, v]) => fieldLines(k, v, `${indent}  `, date))];
  }
  return [`${indent}- **${label}:** ${inline(key, value, date)}`];
}

/** One element of a list of records: its short fields on the bullet, the rest nested under it. */
function itemLines(key: string, item: unknown, indent: string, date: DateFormatter): string[] {
  if (!isRecord(item)) {
    return isLongText(item) ? [`${indent}-`, '', indentText(item, `${indent}  `), ''] : [`${indent}- ${inline(key, item, date)}`];
  }
  const entries = Object.entries(item).filter(([k, v]) => !isHidden(k) && !isBlank(v));
  const short = entries.filter(([, v]) => typeof v !== 'object' && !isLongText(v));
  const rest = entries.filter(([, v]) => typeof v === 'object' || isLongText(v));
  const head = short.map(([k, v]) => inline(k, v, date)).join(' · ') || 'Entry';
  return [`${indent}- ${head}`, ...rest.flatMap(([k, v]) => fieldLines(k, v, `${indent}  `, date))];
}

/**
 * Top-level fields of an entry: long text as paragraphs under a bold label, the rest as a list.
 * `skip` holds fields already shown (in the heading) or not worth exporting.
 */
export function recordBody(
  record: Record<string, unknown>,
  skip: ReadonlySet<string>,
  date: DateFormatter,
  label: (key: string) => string = fieldLabel,
): string {
  const facts: string[] = [];
  const texts: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (skip.has(key) || isHidden(key) || isBlank(value)) continue;
    if (isLongText(value)) texts.push(`**${label(key)}**\n\n${asWritten(value.trim())}`);
    else facts.push(...fieldLines(key, value, '', date, label(key)));
  }
  return [facts.join('\n').trim(), ...texts].filter(Boolean).join('\n\n');
}
