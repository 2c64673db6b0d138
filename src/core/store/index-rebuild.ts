import type { FileStore } from './file-store';
import { decodeEnvelope } from './envelope';
import { summarize } from './summarize';
import { isDomainError } from '../errors';
import type { RelationshipSummary } from '../model/index-file';
import { journalPath, journalSpec } from '../model/journal';
import { journalIdsIn } from './sync-names';

/**
 * Rebuilding summaries from the journals themselves: after the index was lost or damaged, after a
 * crash left some summaries behind their journals, or when summarize() changed shape.
 */
export async function rebuildSummaries(files: FileStore, now: () => Date): Promise<RelationshipSummary[]> {
  const ids = journalIdsIn(await files.list('relationships'));
  const summaries: RelationshipSummary[] = [];
  for (const id of ids) {
    const found = await summaryFromDisk(files, id, now);
    if (found) summaries.push(found.summary);
  }
  return summaries;
}

/**
 * The summary of one journal as it is on disk; null when the file is gone, or when it holds another
 * person's journal (a renamed or duplicated file: showing it would make a ghost of someone else).
 */
export async function summaryFromDisk(
  files: FileStore,
  id: string,
  now: () => Date,
): Promise<{ summary: RelationshipSummary; readable: boolean } | null> {
  try {
    // The read is inside the try: in an encrypted folder a file that cannot be opened fails here.
    const bytes = await files.read(journalPath(id));
    if (!bytes) return null;
    const journal = decodeEnvelope(journalSpec, bytes);
    return journal.relationship.id === id ? { summary: summarize(journal, now()), readable: true } : null;
  } catch (e) {
    if (isDomainError(e) && e.code !== 'damaged') throw e; // locked, a disk error: not the file's fault
    // Keep a damaged journal visible so its recovery screen can be reached.
    return { summary: unreadableSummary(id, now()), readable: false };
  }
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
