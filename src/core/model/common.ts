import { z } from 'zod';
import { localIso } from '../logic/calendar';

/** Limits shared by every entity. Messages name the field and the limit, never the text. */
export const NAME_MAX = 200;
export const TEXT_MAX = 20_000;

export const idSchema = z.string().min(1, 'An id is required.').max(100);

/**
 * A moment the user picked or the app recorded: an ISO-8601 date-time with an offset or Z. Mend writes
 * the leader's local offset (logic/calendar.ts `localIso`), so the local day survives a change of zone;
 * Z is still read, from records written before it did.
 */
export const isoDateTime = z.iso.datetime({ offset: true, message: 'Use a full date and time.' });

/** A calendar day, YYYY-MM-DD, checked to be a real date. */
export const isoDate = z.iso.date({ message: 'Use a date like 2026-03-14.' });

/** Markdown text: optional, bounded. */
export const markdown = z.string().max(TEXT_MAX, `Keep this under ${TEXT_MAX.toLocaleString('en')} characters.`);

/** id + created + updated, carried by every record. */
export const recordBase = {
  id: idSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

export interface RecordBase {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** What services need to stamp records: a clock and an id source, injected so tests are repeatable. */
export interface Stamp {
  now: () => Date;
  newId: () => string;
}

/** Now, by the context's clock, with the leader's local offset: every updatedAt, resolvedAt… is stamped so. */
export const nowIso = (stamp: Pick<Stamp, 'now'>): string => localIso(stamp.now());

export const newRecordBase = (stamp: Stamp): RecordBase => {
  const at = localIso(stamp.now());
  return { id: stamp.newId(), createdAt: at, updatedAt: at };
};
