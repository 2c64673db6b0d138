import { decodeEnvelope, encodeEnvelope } from '../store/envelope';
import { crc32Hex } from '../store/crc32';
import { fileStamp } from '../store/journal-store';
import { removedEntryKeys, trimmedPastSnapshot } from '../store/removals';
import { withFreshIdsForRemoved } from '../logic/fresh-ids-for-removed';
import { countEntries, entryKeys, entryLists, journalPath, journalSpec, type Journal } from '../model/journal';
import { DomainError, isDomainError } from '../errors';
import { clearRestoresOf, withIntent } from './intents';
import { doneRestoring, recordRestoring, type Restoring } from './restoring';
import { heldCopies, readHeldCopy, type HeldSource } from './held-copies';
import type { ServiceContext } from './context';

export interface BackupSummary {
  /** Opaque, passed back to restore: a backup's id, or trash/… or damaged/… for a copy set aside. */
  id: string;
  /**
   * Where Mend holds this version: its earlier versions, the trash folder, the damaged folder, or (for a
   * journal that cannot be read) every computer's change log, which alone can rebuild it.
   */
  source: HeldSource | 'logs';
  /** When this version was replaced, deleted or set aside. */
  at: string;
  size: number;
  /** Entries it holds, or null when the copy itself cannot be read. */
  entries: number | null;
  /** When the relationship in it was last edited, if readable. */
  updatedAt: string | null;
  /** The person's name in that version, if readable (the index may not know it after a rebuild). */
  name: string | null;
}

const MISSING = 'The journal file for this person is missing from the data folder. Mend still holds the versions listed below.';

/** The journal; a person still listed whose file is gone is reported like a damaged one, so recovery is offered. */
export async function openJournal(ctx: ServiceContext, relationshipId: string): Promise<Journal> {
  try {
    return await ctx.store.journal(relationshipId);
  } catch (e) {
    if (!isDomainError(e) || e.code !== 'not-found' || !ctx.store.summaries().some((s) => s.id === relationshipId)) throw e;
    throw new DomainError('damaged', MISSING, { missing: true });
  }
}

/** Every version Mend holds of one journal (earlier versions, trash, damaged), newest first, each checked. */
export async function listBackups(ctx: ServiceContext, relationshipId: string): Promise<BackupSummary[]> {
  ctx.store.summary(relationshipId);
  const path = journalPath(relationshipId);
  const out: BackupSummary[] = [];
  for (const b of await ctx.store.files.backups(path)) out.push(describe({ ...b, source: 'backup' }, await readBackup(ctx, path, b.id)));
  for (const held of await heldCopies(ctx.store.files, relationshipId)) out.push(describe(held, await readHeldCopy(ctx.store.files, held.id)));
  const rebuilt = await rebuiltIfUnreadable(ctx, relationshipId);
  if (rebuilt) out.push(describe({ id: FROM_LOGS, source: 'logs', at: ctx.now().toISOString(), size: rebuilt.bytes.length }, rebuilt.journal));
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** The id under which the change logs' rebuild of a journal is offered and restored. */
export const FROM_LOGS = 'logs';

/**
 * The journal rebuilt from the change logs, when its own file cannot be read (or is gone) and the logs
 * hold all of it. A readable journal offers no rebuild: it would only repeat what is on screen.
 */
async function rebuiltIfUnreadable(ctx: ServiceContext, relationshipId: string): Promise<{ journal: Journal; bytes: Uint8Array } | null> {
  try {
    await ctx.store.journal(relationshipId);
    return null;
  } catch (e) {
    if (!isDomainError(e) || (e.code !== 'damaged' && e.code !== 'not-found')) throw e;
  }
  return ctx.store.rebuiltFromLogs(relationshipId);
}

function describe(b: { id: string; at: string; size: number; source: HeldSource | 'logs' }, journal: Journal | null): BackupSummary {
  return {
    ...b,
    entries: journal ? countEntries(journal) : null,
    updatedAt: journal ? journal.relationship.updatedAt : null,
    name: journal ? journal.relationship.name : null,
  };
}

/**
 * Puts a held version back. A current file that reads fine is simply replaced (the replaced version
 * becomes an earlier version, as on any save). One that cannot be read is copied to damaged/ first, or,
 * when it cannot even be read as bytes (sealed and damaged), moved there; either way the restore is
 * recorded as pending work first, with what it needs to finish kept beside (restoring.ts), so a kill
 * before both its writes land is finished at the next start (finishRestore).
 */
export async function restoreBackup(ctx: ServiceContext, relationshipId: string, backupId: string): Promise<Journal> {
  ctx.store.summary(relationshipId);
  const source = await readSourceWithBytes(ctx, relationshipId, backupId);
  if (!source || source.journal.relationship.id !== relationshipId) {
    throw new DomainError('invalid-input', 'That version cannot be read either. Try an older one.');
  }
  const path = journalPath(relationshipId);
  const current = await ctx.store.files.read(path).catch((e: unknown) => (isDomainError(e) && e.code === 'damaged' ? 'unreadable' : Promise.reject(e)));
  const nonce = ctx.newId();
  const newId = freshIdsFrom(nonce);
  const fresh = await returningUnderFreshIds(ctx, relationshipId, source, current !== 'unreadable', newId);
  // Whatever an earlier restore of this person left to finish, this one replaces.
  await clearRestoresOf(ctx.store, relationshipId);
  if (current !== 'unreadable' && (!current || decodes(current))) {
    // Readable (or gone): the version goes in with its fresh ids, in one write.
    return underFreshIds(ctx, relationshipId, source.journal, fresh, await ctx.store.replaceUnreadable(fresh.journal, source.bytes), newId);
  }
  const pending: Restoring = { source: backupId, nonce, renaming: [...fresh.renamed.keys()], every: fresh.every, held: new TextDecoder().decode(source.bytes) };
  await recordRestoring(ctx.store, relationshipId, pending);
  const restored = await withIntent(ctx.store, { op: 'restore', relationshipId, source: backupId }, async () => {
    if (current === 'unreadable') await ctx.store.files.move(path, damagedName(ctx, relationshipId));
    else await ctx.store.files.write(damagedName(ctx, relationshipId), current);
    return finishRestore(ctx, relationshipId, pending, true);
  });
  await doneRestoring(ctx.store, relationshipId).catch(() => undefined); // kept is harmless: read only for a pending intent
  return restored;
}

/**
 * The restore over an unreadable file from what restoreBackup kept (restoring.ts): the version put back
 * from its own bytes (when `putBack`), then the entries removed since under their fresh ids. Run by
 * restoreBackup, and by finishInterrupted after a kill: the ids come from the kept nonce, so the second
 * step sees whether it was done.
 */
export async function finishRestore(ctx: ServiceContext, relationshipId: string, pending: Restoring, putBack: boolean): Promise<Journal> {
  const bytes = new TextEncoder().encode(pending.held);
  const version = decodeEnvelope(journalSpec, bytes);
  const renaming = new Set(pending.renaming);
  const newId = freshIdsFrom(pending.nonce);
  const fresh: FreshIds = { ...withFreshIdsForRemoved(version, (_list, entry) => renaming.has(entry), newId), every: pending.every };
  const restored = putBack ? await ctx.store.replaceUnreadable(fresh.journal, bytes) : await ctx.store.journal(relationshipId);
  return underFreshIds(ctx, relationshipId, version, fresh, restored, newId);
}

/**
 * Fresh ids for one restore: each old id with a tag of the restore's own (`nonce`, random per restore),
 * so a second restore of the same version gives new ones again, and finishing this one gives these.
 */
function freshIdsFrom(nonce: string): (oldId: string) => string {
  const tag = nonce.replace(/[^A-Za-z0-9]/g, '').slice(-12) || 'r';
  return (oldId) => {
    const id = `${oldId}.${tag}`;
    return id.length <= 100 ? id : `${tag}.${crc32Hex(new TextEncoder().encode(oldId))}`;
  };
}

/**
 * The version to write back, with every entry removed since it was saved under a fresh id (and links
 * to it following), so that restoring it gives back every entry the versions list counted: written
 * under its removed id, an entry would stay removed (fresh-ids-for-removed.ts says why). Removed means
 * a removal some computer's log records, or, for a journal that reads, an entry the journal as merged
 * now (snapshot and every log, not the snapshot file alone, which lags the logs) no longer holds: in
 * the store an entry leaves a journal only by a removal, and one folded into the snapshot may no
 * longer be in any log.
 * Where there is no telling which were removed, every entry takes a fresh id (`every`); the restore
 * removes the old ids it replaces, so none shows twice, whichever were removed. So for a journal
 * waiting for another computer's newer snapshot (a log trimmed past the one here: an entry it still
 * shows may have a removal only that snapshot holds, and would vanish when it arrives), and for one
 * that cannot be read whose logs were trimmed past the version (the removals between were folded into
 * the very file that is lost).
 */
async function returningUnderFreshIds(
  ctx: ServiceContext,
  relationshipId: string,
  version: { journal: Journal; bytes: Uint8Array },
  readable: boolean,
  newId: (oldId: string) => string,
): Promise<FreshIds> {
  const every = (): FreshIds => ({ ...withFreshIdsForRemoved(version.journal, () => true, newId), every: true });
  if (readable && (await ctx.store.waiting(relationshipId).catch(() => false))) return every();
  const merged = readable ? await ctx.store.journal(relationshipId).catch(() => null) : null;
  if (!merged && (await trimmedPastSnapshot(ctx.store.files, relationshipId, version.bytes))) return every();
  const logged = await removedEntryKeys(ctx.store.files, relationshipId);
  const present = merged ? new Set(entryKeys(merged)) : null;
  const removed = (collection: string, id: string) => {
    const key = `${collection}/${id}`;
    return logged.has(key) || (present !== null && !present.has(key));
  };
  return { ...withFreshIdsForRemoved(version.journal, removed, newId), every: false };
}

/** The version with fresh ids, which old id each took, and whether every entry takes one. */
type FreshIds = ReturnType<typeof withFreshIdsForRemoved> & { every: boolean };

/**
 * A journal whose file could not be read is put back from the version's own bytes, with every log line
 * past it merged again (JournalStore.replaceUnreadable), not from the version with fresh ids: there an
 * entry removed since is hidden by its tombstone, and with `every`, entries keep ids some computer may
 * have removed. They are written under fresh ids now, links following, as one save of this computer,
 * so every computer gets them through its log (a snapshot alone may lose to another's).
 */
async function underFreshIds(
  ctx: ServiceContext,
  relationshipId: string,
  version: Journal,
  fresh: FreshIds,
  restored: Journal,
  newId: (oldId: string) => string,
): Promise<Journal> {
  const ids = new Set(entryKeys(restored).map((key) => key.slice(key.indexOf('/') + 1)));
  // Nothing to rename, or the version went in as given, fresh ids and all (a readable journal's restore).
  if (fresh.renamed.size === 0 || [...fresh.renamed.values()].some((id) => ids.has(id))) return restored;
  const written = await ctx.store.update(relationshipId, (draft) => {
    const now = draft as unknown as Record<string, { id: string }[]>;
    const held = new Set(entryKeys(draft));
    const combined: Record<string, unknown> = { ...draft };
    for (const [list, entries] of entryLists(version)) {
      const back = entries.filter((e) => fresh.renamed.has(e.id) && !held.has(`${list}/${e.id}`));
      if (back.length > 0) combined[list] = [...(now[list] ?? []), ...back];
    }
    const renaming = (_list: string, id: string) => fresh.every || fresh.renamed.has(id);
    const { journal: target, renamed } = withFreshIdsForRemoved(combined as Journal, renaming, newId);
    for (const [list, entries] of entryLists(target)) {
      const before = now[list] ?? [];
      if (entries.length !== before.length || entries.some((e, i) => e !== before[i])) now[list] = entries;
    }
    return renamed.size;
  });
  return written > 0 ? ctx.store.journal(relationshipId) : restored;
}

/** The version `source` names: an earlier version's id, or trash/… or damaged/…; null if unreadable. */
export async function readSource(ctx: ServiceContext, relationshipId: string, source: string): Promise<Journal | null> {
  return (await readSourceWithBytes(ctx, relationshipId, source))?.journal ?? null;
}

/** The version `source` names and its bytes (a snapshot's clocks and log positions live in its header). */
export async function readSourceWithBytes(ctx: ServiceContext, relationshipId: string, source: string): Promise<{ journal: Journal; bytes: Uint8Array } | null> {
  if (source === FROM_LOGS) return rebuiltIfUnreadable(ctx, relationshipId);
  let bytes: Uint8Array | null;
  if (source.startsWith('trash/') || source.startsWith('damaged/')) {
    const held = (await heldCopies(ctx.store.files, relationshipId)).find((h) => h.id === source);
    bytes = held ? await ctx.store.files.read(held.id).catch(() => null) : null;
  } else {
    bytes = await ctx.store.files.readBackup(journalPath(relationshipId), source).catch(() => null);
  }
  if (!bytes) return null;
  try {
    return { journal: decodeEnvelope(journalSpec, bytes), bytes };
  } catch {
    return null;
  }
}

const damagedName = (ctx: ServiceContext, id: string) => `damaged/${id}-${fileStamp(ctx.now())}.json`;

/** Whether bytes read as a journal file (a file that does not is damaged, not a version). */
export function decodes(bytes: Uint8Array): boolean {
  return decoded(bytes) !== null;
}

function decoded(bytes: Uint8Array): Journal | null {
  try {
    return decodeEnvelope(journalSpec, bytes);
  } catch {
    return null;
  }
}

async function readBackup(ctx: ServiceContext, path: string, id: string): Promise<Journal | null> {
  try {
    return decodeEnvelope(journalSpec, await ctx.store.files.readBackup(path, id));
  } catch {
    return null;
  }
}

/** For a delete whose journal is gone: a valid journal from what the index still knows, to be trashed. */
export function journalFromSummary(ctx: ServiceContext, relationshipId: string): Uint8Array {
  const s = ctx.store.summary(relationshipId);
  const relationship = { id: s.id, name: s.name, role: s.role, kind: s.kind, started: s.started, notes: '', archived: s.archived, createdAt: s.createdAt, updatedAt: s.updatedAt };
  return encodeEnvelope(journalSpec, journalSpec.schema.parse({ relationship }));
}
