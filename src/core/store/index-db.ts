import { Low } from 'lowdb';
import type { FileStore } from './file-store';
import { EnvelopeAdapter } from './envelope-adapter';
import { decodeEnvelope } from './envelope';
import { summarize } from './summarize';
import { DomainError } from '../errors';
import { INDEX_PATH, indexSpec, type IndexData, type RelationshipSummary } from '../model/index-file';
import { journalSpec } from '../model/journal';

export interface IndexDb {
  readonly data: IndexData;
  /** Replaces the summaries and saves the index durably; memory changes only after the write. */
  replace(change: (relationships: RelationshipSummary[]) => RelationshipSummary[]): Promise<void>;
}

/**
 * Opens the index. When it is missing or unreadable it is rebuilt from the journals themselves
 * (an unreadable index is first set aside in damaged/, never overwritten in place).
 */
export async function openIndex(files: FileStore, now: () => Date): Promise<IndexDb> {
  const db = new Low<IndexData>(new EnvelopeAdapter(files, INDEX_PATH, indexSpec), { relationships: [] });
  let rebuild = false;
  try {
    const data = await db.adapter.read();
    if (data) db.data = data;
    else rebuild = (await files.list('relationships')).length > 0;
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'damaged') throw e;
    await files.move(INDEX_PATH, `damaged/index-${now().toISOString().replace(/[:.]/g, '-')}.json`);
    rebuild = true;
  }
  if (rebuild) {
    db.data = { relationships: await rebuildSummaries(files, now) };
    await db.write();
  }
  return {
    get data() {
      return db.data;
    },
    async replace(change) {
      const next = { relationships: change(db.data.relationships) };
      const previous = db.data;
      db.data = next;
      try {
        await db.write();
      } catch (e) {
        db.data = previous;
        throw e;
      }
    },
  };
}

async function rebuildSummaries(files: FileStore, now: () => Date): Promise<RelationshipSummary[]> {
  const names = (await files.list('relationships')).filter((n) => n.endsWith('.json'));
  const summaries: RelationshipSummary[] = [];
  for (const name of names) {
    const id = name.slice(0, -'.json'.length);
    const bytes = await files.read(`relationships/${name}`);
    if (!bytes) continue;
    try {
      summaries.push(summarize(decodeEnvelope(journalSpec, bytes), now()));
    } catch {
      // Keep a damaged journal visible so its recovery screen can be reached.
      summaries.push(unreadableSummary(id, now()));
    }
  }
  return summaries;
}

function unreadableSummary(id: string, at: Date): RelationshipSummary {
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
