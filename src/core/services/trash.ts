import { DomainError } from '../errors';
import { decodeEnvelope } from '../store/envelope';
import { damagedFileError } from '../store/envelope-adapter';
import { countEntries, journalSpec, type Journal } from '../model/journal';
import type { ServiceContext } from './context';

/** A deleted person, as the Trash screen lists them. No journal text beyond the name. */
export interface TrashItem {
  /** The file's name inside trash/, passed back to restore it. */
  file: string;
  id: string;
  name: string;
  deletedAt: string;
  entries: number;
}

/** trash/<id>-<2026-03-14T09-30-00-000Z>.json, as the journal store names what it moves there. */
const STAMPED = /^([A-Za-z0-9_-]+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/;
/**
 * What an import sets aside next to deleted journals: a person's copy before a merge (-replaced-), a
 * backup's copy that lost (-from-backup-), a file found with no index entry (-unlisted-). Those are
 * earlier versions of someone still in Mend (recovery offers them), never a deleted person.
 */
const IMPORT_LEFTOVER = /-(replaced|from-backup|unlisted)-\d{4}-\d{2}-\d{2}T[\d-]+Z\.json$/;
/** A deleted person's file in trash/, with its stamp; null for anything else, import leftovers included. */
const trashName = (file: string): RegExpExecArray | null => (IMPORT_LEFTOVER.test(file) ? null : STAMPED.exec(file));

/** A trash copy's journal, and its bytes (its header says how far into the change logs it reaches). */
async function readTrashed(ctx: ServiceContext, file: string): Promise<{ journal: Journal; bytes: Uint8Array }> {
  const path = `trash/${file}`;
  const bytes = await ctx.store.files.read(path);
  if (bytes === null) throw new DomainError('not-found', 'That journal is not in the trash any more.');
  try {
    return { journal: decodeEnvelope(journalSpec, bytes), bytes };
  } catch (e) {
    throw damagedFileError(path, e);
  }
}

/** Every deleted journal Mend can read back, newest first; one it cannot read is left out, untouched. */
export async function listTrash(ctx: ServiceContext): Promise<TrashItem[]> {
  const items: TrashItem[] = [];
  for (const file of await ctx.store.files.list('trash')) {
    const m = trashName(file);
    if (!m) continue;
    try {
      const { journal: j } = await readTrashed(ctx, file);
      items.push({ file, id: j.relationship.id, name: j.relationship.name, deletedAt: `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`, entries: countEntries(j) });
    } catch {
      continue; // unreadable: the Trash cannot offer it; the file stays exactly as it is
    }
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

/**
 * Brings a deleted journal back into Mend. The journal is written in place again (durably, with its
 * index entry), then the trash copy moves to trash/restored/, so it is never listed twice and never erased.
 */
export async function restoreFromTrash(ctx: ServiceContext, file: string): Promise<{ id: string; name: string }> {
  if (!trashName(file)) throw new DomainError('invalid-input', 'That is not a file Mend put in the trash.', { field: 'file' });
  const { journal: trashed, bytes } = await readTrashed(ctx, file);
  const { name } = trashed.relationship;
  // A removal is final on every computer (its tombstone outlives any copy), so a person whose removal
  // was recorded comes back as a new journal, under a new id, with every entry the copy holds.
  const removed = (await ctx.store.removedAt(trashed.relationship.id)) !== null;
  // What another computer wrote before it heard of the removal comes back too: it is in the change
  // logs past the copy (issue 13: an edit that raced a removal keeps its text with the removed person).
  const lastLeft = removed ? await ctx.store.lastLeft(trashed.relationship.id, bytes) : null;
  const kept = lastLeft ?? trashed;
  const journal = removed ? { ...kept, relationship: { ...kept.relationship, id: ctx.newId() } } : trashed;
  const { id } = journal.relationship;
  if (ctx.store.summaries().some((s) => s.id === id)) {
    throw new DomainError('conflict', `${name} is already in Mend. Delete that journal first to bring this one back.`);
  }
  await ctx.store.create(journal);
  await ctx.store.files.move(`trash/${file}`, `trash/restored/${file}`);
  return { id, name };
}
