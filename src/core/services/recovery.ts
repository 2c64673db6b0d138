import { decodeEnvelope } from '../store/envelope';
import { fileStamp } from '../store/journal-store';
import { countEntries, journalPath, journalSpec, type Journal } from '../model/journal';
import { DomainError } from '../errors';
import type { ServiceContext } from './context';

export interface BackupSummary {
  id: string;
  /** When this version was replaced by a newer one. */
  at: string;
  size: number;
  /** Entries it holds, or null when the backup itself cannot be read. */
  entries: number | null;
  /** When the relationship in it was last edited, if readable. */
  updatedAt: string | null;
  /** The person's name in that version, if readable (the index may not know it after a rebuild). */
  name: string | null;
}

/** The kept versions of one journal, newest first, each checked so the user can see which are good. */
export async function listBackups(ctx: ServiceContext, relationshipId: string): Promise<BackupSummary[]> {
  ctx.store.summary(relationshipId);
  const path = journalPath(relationshipId);
  const backups = await ctx.store.files.backups(path);
  const out: BackupSummary[] = [];
  for (const b of backups) {
    const journal = await readBackup(ctx, path, b.id);
    out.push({
      ...b,
      entries: journal ? countEntries(journal) : null,
      updatedAt: journal ? journal.relationship.updatedAt : null,
      name: journal ? journal.relationship.name : null,
    });
  }
  return out;
}

/**
 * Restores one backup. The current file (damaged or not) is first moved to damaged/, never deleted,
 * then the backup is written as the journal.
 */
export async function restoreBackup(ctx: ServiceContext, relationshipId: string, backupId: string): Promise<Journal> {
  ctx.store.summary(relationshipId);
  const path = journalPath(relationshipId);
  const journal = await readBackup(ctx, path, backupId);
  if (!journal || journal.relationship.id !== relationshipId) {
    throw new DomainError('invalid-input', 'That backup cannot be read either. Try an older one.');
  }
  const current = await ctx.store.files.read(path);
  if (current) await ctx.store.files.move(path, `damaged/${relationshipId}-${fileStamp(ctx.now())}.json`);
  await ctx.store.replaceUnreadable(journal);
  return journal;
}

async function readBackup(ctx: ServiceContext, path: string, id: string): Promise<Journal | null> {
  try {
    return decodeEnvelope(journalSpec, await ctx.store.files.readBackup(path, id));
  } catch {
    return null;
  }
}
