import type { FileStore } from './file-store';
import { decodeEnvelope } from './envelope';
import { summarize } from './summarize';
import { isDomainError } from '../errors';
import { FOREIGN_JOURNAL } from './envelope-adapter';
import type { RelationshipSummary } from '../model/index-file';
import { journalPath, journalSpec, type Journal } from '../model/journal';
import { conflictCopyOf, journalIdsIn, LOG_NAME } from './sync-names';

/**
 * Rebuilding summaries from the journals themselves: after the index was lost or damaged, after a
 * crash left some summaries behind their journals, or when summarize() changed shape.
 */
export type ReadJournal = (id: string) => Promise<Journal | null>;

export async function rebuildSummaries(files: FileStore, now: () => Date, read?: ReadJournal): Promise<RelationshipSummary[]> {
  const ids = await journalIdsOnDisk(files);
  const summaries: RelationshipSummary[] = [];
  for (const id of ids) {
    const found = await summaryFromDisk(files, id, now, read);
    if (found) summaries.push(found.summary);
  }
  return summaries;
}

/**
 * The summary of one journal as it is on disk; null when the file is gone, or when it holds another
 * person's journal (a renamed or duplicated file: showing it would make a ghost of someone else)
 * unless this id has change logs of its own: then it is a person whose file was copied over, listed as
 * unreadable so recovery can give back what the logs hold.
 */
export async function summaryFromDisk(
  files: FileStore,
  id: string,
  now: () => Date,
  read: ReadJournal = async (i) => {
    const bytes = await files.read(journalPath(i));
    return bytes ? decodeEnvelope(journalSpec, bytes) : null;
  },
): Promise<{ summary: RelationshipSummary; readable: boolean } | null> {
  try {
    // The read is inside the try: in an encrypted folder a file that cannot be opened fails here.
    const journal = await read(id);
    if (!journal) return null;
    if (journal.relationship.id === id) return { summary: summarize(journal, now()), readable: true };
    return (await hasLogsOfItsOwn(files, id)) ? { summary: unreadableSummary(id, now()), readable: false } : null;
  } catch (e) {
    if (isDomainError(e) && e.code !== 'damaged') throw e; // locked, a disk error: not the file's fault
    if (isDomainError(e) && e.detail?.['reason'] === FOREIGN_JOURNAL && !(await hasLogsOfItsOwn(files, id))) return null;
    // Keep a damaged journal visible so its recovery screen can be reached.
    return { summary: unreadableSummary(id, now()), readable: false };
  }
}

/** Whether some computer's change log (or a sync tool's copy of one) is named by this id. */
async function hasLogsOfItsOwn(files: FileStore, id: string): Promise<boolean> {
  return (await files.list('logs')).some((name) => LOG_NAME.exec(conflictCopyOf(name) ?? name)?.[1] === id);
}

/** Ids with a snapshot or with a change log (a person created on another computer may have only logs so far). */
export async function journalIdsOnDisk(files: FileStore): Promise<string[]> {
  const ids = new Set(journalIdsIn(await files.list('relationships')));
  for (const name of await files.list('logs')) {
    const m = LOG_NAME.exec(conflictCopyOf(name) ?? name);
    if (m) ids.add(m[1]!);
  }
  return [...ids];
}

export function unreadableSummary(id: string, at: Date): RelationshipSummary {
  const stamp = at.toISOString();
  return {
    id,
    name: 'A journal that could not be read',
    role: '',
    kind: 'other',
    started: null,
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
    entries: 0,
  };
}
