import type { FileStore } from './file-store';
import { decodeLog, type DecodedLog } from './change-line';
import { decodeEnvelopeWithSync } from './envelope';
import { isSnapshotMeta } from './snapshot-meta';
import { journalSpec } from '../model/journal';
import { parseStamp } from './hlc';
import { LOG_FOLDER } from './journal-replica';
import { RELATIONSHIP_KEY, type Records } from './sync-state';
import { conflictCopyOf } from './sync-names';

/**
 * When removals happened, from their tombstones: so an import can tell a backup made before a removal
 * from one made after it (a removal leaves no updatedAt of its own to compare).
 */
const isoOf = (clock: string): string | null => {
  const stamp = parseStamp(clock);
  return stamp ? new Date(stamp.millis).toISOString() : null;
};

/** The latest removal of an entry among a journal's records, or null. */
export function lastEntryRemoval(records: Records): string | null {
  let latest: string | null = null;
  for (const [key, rec] of records) if (key !== RELATIONSHIP_KEY && rec.x !== undefined && (latest === null || rec.x > latest)) latest = rec.x;
  return latest === null ? null : isoOf(latest);
}

/** When the person with this id was removed on any computer (a tombstone in a change log), or null. */
export async function personRemovedAt(files: FileStore, id: string): Promise<string | null> {
  let found: string | null = null;
  await eachLog(files, id, (_, log) => {
    for (const line of log.lines) if (line.k === RELATIONSHIP_KEY && line.x && (found === null || line.t < found)) found = line.t;
  });
  return found === null ? null : isoOf(found);
}

/**
 * The entries of one journal whose removal a change log in the folder records, as "<collection>/<id>".
 * Read from the files, not from the journal in memory: a removal another computer made counts as soon
 * as its log has arrived, before this computer merged it. Removals already folded into a snapshot and
 * trimmed from the logs are not here; the merged journal no longer holds those entries, which says so,
 * unless the snapshot that holds them has not reached this computer yet (JournalStore.waiting).
 */
export async function removedEntryKeys(files: FileStore, id: string): Promise<Set<string>> {
  const removed = new Set<string>();
  await eachLog(files, id, (_, log) => {
    for (const line of log.lines) if (line.x && line.k !== RELATIONSHIP_KEY) removed.add(line.k);
  });
  return removed;
}

/**
 * Whether a change log of this journal was trimmed past `snapshot` (a held copy: its header says how
 * far into each log it reaches). The lines between were folded into a later snapshot and dropped, so a
 * removal among them is in no log: only that later snapshot, if it can still be read, says what it was.
 */
export async function trimmedPastSnapshot(files: FileStore, id: string, snapshot: Uint8Array): Promise<boolean> {
  let heads: Record<string, number> = {};
  try {
    const { sync } = decodeEnvelopeWithSync(journalSpec, snapshot);
    if (isSnapshotMeta(sync)) heads = sync.heads;
  } catch {
    heads = {}; // a copy that cannot say how far it reaches reaches nowhere: any trimmed log is past it
  }
  let past = false;
  await eachLog(files, id, (name, log) => {
    if (conflictCopyOf(name) === null && log.base > (heads[name] ?? 0)) past = true;
  });
  return past;
}

/**
 * How many complete lines each change log of this journal holds, by file name (sync tools' conflict
 * copies too): a log that grows past this, or a new one, brings lines written after it was taken.
 */
export async function logLengths(files: FileStore, id: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  await eachLog(files, id, (name, log) => {
    out[name] = log.complete;
  });
  return out;
}

/** Hands every change log of one journal in the folder (sync tools' conflict copies of them too) to `visit`, decoded, one at a time. */
async function eachLog(files: FileStore, id: string, visit: (name: string, log: DecodedLog) => void): Promise<void> {
  const prefix = `${id}.`;
  for (const name of await files.list(LOG_FOLDER)) {
    const base = conflictCopyOf(name) ?? name;
    if (!base.startsWith(prefix) || !/^[0-9a-f]{16}\.log$/.test(base.slice(prefix.length))) continue;
    const bytes = await files.read(`${LOG_FOLDER}/${name}`).catch(() => null);
    if (bytes) visit(name, decodeLog(bytes));
  }
}
