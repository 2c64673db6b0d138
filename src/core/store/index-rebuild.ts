import type { FileStore } from './file-store';
import { decodeEnvelope } from './envelope';
import { summarize } from './summarize';
import type { RelationshipSummary } from '../model/index-file';
import { journalPath, journalSpec } from '../model/journal';

/**
 * Rebuilding summaries from the journals themselves: after the index was lost or damaged, after a
 * crash left some summaries behind their journals, or when summarize() changed shape.
 */
export async function rebuildSummaries(files: FileStore, now: () => Date): Promise<RelationshipSummary[]> {
  const ids = (await files.list('relationships')).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
  const summaries: RelationshipSummary[] = [];
  for (const id of ids) {
    const found = await summaryFromDisk(files, id, now);
    if (found) summaries.push(found.summary);
  }
  return summaries;
}

/** The summary of one journal as it is on disk; null when the file is gone. */
export async function summaryFromDisk(
  files: FileStore,
  id: string,
  now: () => Date,
): Promise<{ summary: RelationshipSummary; readable: boolean } | null> {
  const bytes = await files.read(journalPath(id));
  if (!bytes) return null;
  try {
    return { summary: summarize(decodeEnvelope(journalSpec, bytes), now()), readable: true };
  } catch {
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
