import { z } from 'zod';
import { crc32Hex } from './crc32';
import { UnreadableFileError } from './envelope';
import { JOURNAL_VERSION, journalSchema, journalSpec, type Journal } from '../model/journal';

/**
 * The portable backup: the whole journal (every person's file) in one readable JSON file.
 *   {"format":"mend-backup","version":1,"exportedAt":…,"journalVersion":1,"checksum":"crc32:…","data":{"journals":[…]}}
 * Like the journal envelope, the checksum covers the exact text of `data` as written, so a damaged or
 * edited file is refused instead of half-read. `journalVersion` lets an older backup be migrated.
 */
export const BACKUP_FORMAT = 'mend-backup';
export const BACKUP_VERSION = 1;

export interface BackupContents {
  exportedAt: string;
  journals: Journal[];
}

/** Relationship ids become file names: a backup may only carry ids Mend itself could have made. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodeBackup(contents: BackupContents): Uint8Array {
  const body = JSON.stringify({ journals: contents.journals }, null, 2);
  const head = [
    `"format": ${JSON.stringify(BACKUP_FORMAT)}`,
    `"version": ${BACKUP_VERSION}`,
    `"exportedAt": ${JSON.stringify(contents.exportedAt)}`,
    `"journalVersion": ${JOURNAL_VERSION}`,
    `"checksum": "crc32:${crc32Hex(encoder.encode(body))}"`,
  ].join(',\n');
  return encoder.encode(`{\n${head},\n"data": ${body}\n}\n`);
}

/** Reads a backup or throws UnreadableFileError saying, in plain words, what is wrong with it. */
export function decodeBackup(bytes: Uint8Array): BackupContents {
  if (bytes.length === 0) throw new UnreadableFileError('the file is empty');
  const text = decodeText(bytes);
  const parsed = parse(text);
  const header = checkHeader(parsed);
  const expected = `crc32:${crc32Hex(encoder.encode(dataSlice(text)))}`;
  if (header.checksum !== expected) {
    throw new UnreadableFileError('its checksum does not match, so part of it was changed or damaged after it was saved');
  }
  return { exportedAt: header.exportedAt, journals: readJournals(header.data, header.journalVersion) };
}

function decodeText(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UnreadableFileError('it holds bytes that are not text, so it is not a Mend backup');
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Our own files start the same way every time: if this one does, it was cut short or damaged.
    if (text.startsWith(`{\n"format": "${BACKUP_FORMAT}"`)) throw new UnreadableFileError('it is cut short or damaged');
    throw new UnreadableFileError('it is not a Mend backup file (it is not the JSON Mend writes)');
  }
}

const headerSchema = z.object({
  exportedAt: z.string().max(100),
  journalVersion: z.number().int().min(1),
  checksum: z.string().max(100),
  data: z.unknown(),
});

function checkHeader(parsed: unknown): z.infer<typeof headerSchema> {
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (record.format !== BACKUP_FORMAT) {
    throw new UnreadableFileError(
      record.mend === 'journal'
        ? 'it is a single journal file from a data folder, not a backup (save a backup from Settings instead)'
        : 'it is not a Mend backup file',
    );
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UnreadableFileError('its version is missing');
  }
  if (version > BACKUP_VERSION) {
    throw new UnreadableFileError(`it was made by a newer Mend (backup format ${version}); update Mend to import it`);
  }
  const header = headerSchema.safeParse(record);
  if (!header.success) throw new UnreadableFileError('its header is incomplete');
  if (header.data.journalVersion > JOURNAL_VERSION) {
    throw new UnreadableFileError(`it was made by a newer Mend (journal format ${header.data.journalVersion}); update Mend to import it`);
  }
  return header.data;
}

/** The exact text of the `data` value as written (always the last member). */
function dataSlice(text: string): string {
  const start = text.indexOf('"data": ');
  const end = text.lastIndexOf('\n}');
  if (start < 0 || end < start) throw new UnreadableFileError('it is cut short or damaged');
  return text.slice(start + '"data": '.length, end);
}

function readJournals(data: unknown, fromVersion: number): Journal[] {
  const list = (data as { journals?: unknown } | null)?.journals;
  if (!Array.isArray(list)) throw new UnreadableFileError('it holds no list of journals');
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const journal = validate(migrate(raw, fromVersion), i);
    const id = journal.relationship.id;
    if (!SAFE_ID.test(id)) throw new UnreadableFileError(`journal ${i + 1} has an id Mend cannot use`);
    if (seen.has(id)) throw new UnreadableFileError(`it holds the same person twice (journal ${i + 1})`);
    seen.add(id);
    return journal;
  });
}

function migrate(data: unknown, from: number): unknown {
  let current = data;
  for (let v = from; v < JOURNAL_VERSION; v++) {
    const step = journalSpec.migrations[v];
    if (!step) throw new UnreadableFileError(`Mend cannot update journals from format ${v}`);
    current = step(current);
  }
  return current;
}

function validate(data: unknown, i: number): Journal {
  const result = journalSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new UnreadableFileError(`journal ${i + 1} does not match what Mend expects${where}`);
}
