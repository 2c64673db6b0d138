import { DomainError, isDomainError } from '../errors';
import { decodeBackup } from '../store/backup-file';
import { UnreadableFileError, encodeEnvelope } from '../store/envelope';
import { fileStamp } from '../store/journal-store';
import { entryKeys, journalPath, journalSpec, type Journal } from '../model/journal';
import { backupProblem } from '../logic/backup-checks';
import { IMPORT_RULE, mergeJournals, planImport, type CurrentCopy, type ImportAction, type ImportItem } from '../logic/import-plan';
import { sameJson } from '../logic/same-json';
import type { ServiceContext } from './context';
import { confirmations, confirmOrStop } from './confirm';
import { beginWork, createSlicer, type WorkHandle } from './progress';
import { FROM_LOGS, restoreBackup } from './recovery';

export interface ImportPreview {
  /** Passed back to apply: the summary the person saw is the one that gets applied. */
  token: string;
  fileName: string;
  exportedAt: string;
  items: ImportItem[];
  rule: string;
}

export type ImportCheck = { cancelled: true } | ({ cancelled: false } & ImportPreview);

export type ImportOutcome = Record<ImportAction, number> & {
  /** Where the copies that lost went, relative to the data folder. */
  setAside: string[];
  /** Entries merged in: added (only in the backup) and updated (the backup's version was newer). */
  added: number;
  updated: number;
  /** Entries only in the backup that had been removed in Mend: they stayed removed. */
  stayedRemoved: number;
  /** People whose unreadable file was put back from the change logs first (ImportItem's fromLogs). */
  rebuilt: number;
};

interface Pending extends ImportPreview {
  journals: Journal[];
}

/**
 * Import in two steps: check (read, verify, plan; nothing changes) and apply (only what was shown).
 * The checked backup waits in memory between the two, so apply needs nothing but its token.
 */
export function createImporter(ctx: ServiceContext) {
  let pending: Pending | null = null;

  return {
    async check(): Promise<ImportCheck> {
      const path = await ctx.platform.chooseImportFile();
      if (path === null) return { cancelled: true };
      const fileName = path.split(/[\\/]/).pop() || path;
      const backup = readBackup(await ctx.platform.readExternalFile(path), fileName);
      refuseUnsafe(backup.journals, fileName, ctx.store.summaries().map((s) => s.id));
      // Reading every person's current copy is the long part; stopping it is safe, as nothing is written yet.
      const work = beginWork(ctx.progress, 'import-check', backup.journals.length, 'Checking the backup', { cancellable: true });
      let copies: Map<string, CurrentCopy>;
      try {
        copies = await currentCopies(ctx, backup.journals, work);
      } finally {
        work.end();
      }
      if (work.cancelled) return { cancelled: true };
      const items = planImport(backup.journals, copies, ctx.now());
      pending = { token: ctx.newId(), fileName, exportedAt: backup.exportedAt, items, rule: IMPORT_RULE, journals: backup.journals };
      const { journals: _journals, ...preview } = pending;
      return { cancelled: false, ...preview };
    },

    async apply(token: string): Promise<ImportOutcome> {
      const checked = pending;
      if (!checked || checked.token !== token) {
        throw new DomainError('conflict', 'That import is no longer waiting. Choose the backup file again.', { importGone: true });
      }
      // Mend may have changed since the summary was shown; apply only if it would still do the same.
      const items = planImport(checked.journals, await currentCopies(ctx, checked.journals), ctx.now());
      if (items.some((item, i) => item.action !== checked.items[i]?.action || !sameJson(item.changes, checked.items[i]?.changes))) {
        pending = null;
        // `importGone`: the summary on screen no longer stands for anything, so the screen puts it away.
        throw new DomainError('conflict', 'Something in Mend changed since you checked this backup. Nothing was imported; check it again.', { importGone: true });
      }
      await confirmOrStop(ctx.platform, confirmations.importBackup(checked.fileName, items.length));
      pending = null;
      return applyPlan(ctx, checked.journals, items);
    },

    cancel(token: string): void {
      if (pending?.token === token) pending = null;
    },
  };
}

function readBackup(bytes: Uint8Array, fileName: string) {
  try {
    return decodeBackup(bytes);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    throw new DomainError('invalid-input', `Mend cannot import ${fileName}: ${e.reason}. Nothing was changed.`, {
      file: fileName,
      reason: e.reason,
    });
  }
}

/** A backup Mend could not have written is refused whole: nothing is planned, nothing changes. */
function refuseUnsafe(journals: readonly Journal[], fileName: string, existingIds: readonly string[]): void {
  const problem = backupProblem(journals, existingIds);
  if (problem) throw new DomainError('invalid-input', `Mend cannot import ${fileName}: ${problem}. Nothing was changed.`, { file: fileName });
}

async function currentCopies(ctx: ServiceContext, incoming: readonly Journal[], work?: WorkHandle): Promise<Map<string, CurrentCopy>> {
  const copies = new Map<string, CurrentCopy>();
  const known = new Map(ctx.store.summaries().map((s) => [s.id, s.name]));
  const slice = createSlicer();
  for (const [i, { relationship }] of incoming.entries()) {
    if (work?.cancelled) break;
    work?.step(i);
    await slice();
    const name = known.get(relationship.id);
    if (name === undefined) {
      const removed = await ctx.store.removedAt(relationship.id);
      if (removed !== null) copies.set(relationship.id, { removed, name: relationship.name });
      continue;
    }
    try {
      // Exactly which entries were removed, so the check never calls an entry Mend never had "removed".
      copies.set(relationship.id, {
        journal: await ctx.store.journal(relationship.id),
        lastRemoval: await ctx.store.lastRemoval(relationship.id),
        removedEntries: await ctx.store.removedEntries(relationship.id),
      });
    } catch (e) {
      if (!isDomainError(e)) throw e;
      if (e.code === 'damaged') copies.set(relationship.id, await unreadableCopy(ctx, relationship.id, name));
      else if (e.code !== 'not-found') throw e; // listed but its file is gone: importing adds it back
    }
  }
  return copies;
}

/**
 * A copy whose file cannot be read: as the change logs make it when they hold all of it (the recovery
 * screen offers the same), so the backup is merged into everything saved since it was made rather than
 * put in its place; otherwise unreadable, and the backup's copy takes its place.
 */
async function unreadableCopy(ctx: ServiceContext, id: string, name: string): Promise<CurrentCopy> {
  const rebuilt = await ctx.store.rebuiltFromLogs(id);
  if (!rebuilt) return { unreadable: true, name };
  return { journal: rebuilt.journal, lastRemoval: rebuilt.lastRemoval, removedEntries: rebuilt.removedEntries, fromLogs: true };
}

async function applyPlan(ctx: ServiceContext, journals: Journal[], items: ImportItem[]): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { add: 0, merge: 0, replace: 0, keep: 0, same: 0, setAside: [], added: 0, updated: 0, stayedRemoved: 0, rebuilt: 0 };
  // Not cancellable: stopping between people would leave some imported and some not.
  const work = beginWork(ctx.progress, 'import', items.length, 'Importing the backup');
  try {
    await applyAll(ctx, journals, items, outcome, work);
  } finally {
    work.end();
  }
  return outcome;
}

async function applyAll(ctx: ServiceContext, journals: Journal[], items: ImportItem[], outcome: ImportOutcome, work: WorkHandle): Promise<void> {
  const slice = createSlicer();
  for (const [i, item] of items.entries()) {
    work.step(i);
    await slice();
    const incoming = journals[i]!;
    try {
      await applyOne(ctx, item, incoming, outcome);
    } catch (e) {
      const done = outcome.add + outcome.merge + outcome.replace + outcome.keep + outcome.same;
      const why = isDomainError(e) ? e.message : 'something unexpected went wrong.';
      throw new DomainError(isDomainError(e) ? e.code : 'internal', `The import stopped at ${item.name}: ${why} ${done} of ${items.length} people were already done; the rest were not changed.`);
    }
    outcome[item.action]++;
  }
}

async function applyOne(ctx: ServiceContext, item: ImportItem, incoming: Journal, outcome: ImportOutcome): Promise<void> {
  const { files } = ctx.store;
  const id = item.relationshipId;
  const aside = async (to: string, write: () => Promise<void>) => {
    await write();
    outcome.setAside.push(to);
  };
  // The copy the logs make is put back first, as the recovery screen would (kill-safe, the unreadable
  // file set aside); then it is an ordinary readable copy, and the item is applied to it.
  if (item.fromLogs) {
    await restoreBackup(ctx, id, FROM_LOGS);
    outcome.rebuilt++;
  }
  if (item.action === 'same') return;
  if (item.action === 'keep' && item.changes === null) {
    // A person removed in Mend stays removed; the backup's copy is kept in trash/.
    const to = `trash/${id}-from-backup-${fileStamp(ctx.now())}.json`;
    return aside(to, () => files.write(to, encodeEnvelope(journalSpec, incoming)));
  }
  if (item.action === 'add') {
    // A journal file with no entry in the index (left by a crash) is moved aside, never overwritten.
    const orphan = `trash/${id}-unlisted-${fileStamp(ctx.now())}.json`;
    if (await files.read(journalPath(id))) await aside(orphan, () => files.move(journalPath(id), orphan));
    return ctx.store.create(incoming);
  }
  if (item.action === 'replace') {
    // Only ever for a copy in Mend that cannot be read: it is set aside untouched in damaged/.
    const to = `damaged/${id}-${fileStamp(ctx.now())}.json`;
    await aside(to, () => files.move(journalPath(id), to));
    await ctx.store.replaceUnreadable(incoming);
    return;
  }
  await mergeOne(ctx, item, incoming, outcome, aside);
}

/**
 * Merges the backup's copy into the one in Mend, entry by entry, as the plan said; nothing in Mend is
 * removed. Versions that lose are kept in trash/: Mend's copy as it was before (`-replaced-`) when the
 * backup's newer versions take the place of some of its entries, the backup's copy (`-from-backup-`)
 * when some of its versions lose to newer ones in Mend.
 */
async function mergeOne(
  ctx: ServiceContext,
  item: ImportItem,
  incoming: Journal,
  outcome: ImportOutcome,
  aside: (to: string, write: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const id = item.relationshipId;
  const now = ctx.now();
  const changes = item.changes!;
  if (changes.mineNewer > 0) {
    const to = `trash/${id}-from-backup-${fileStamp(now)}.json`;
    await aside(to, () => ctx.store.files.write(to, encodeEnvelope(journalSpec, incoming)));
  }
  if (changes.updated > 0 || changes.details) {
    const before = await ctx.store.journal(id);
    const to = `trash/${id}-replaced-${fileStamp(now)}.json`;
    await aside(to, () => ctx.store.files.write(to, encodeEnvelope(journalSpec, before)));
  }
  // Every entry only in the backup is offered to the store, which keeps a removal final on its own
  // (an entry removed in Mend does not come back); the counts come from what it kept, so a removal
  // another computer's log brought in since the check is counted as staying removed.
  const offered = await ctx.store.update(id, (draft) => {
    const added = addedKeys(draft, incoming);
    const { journal, counts } = mergeJournals(draft, incoming, () => false, now);
    const next = journal as Record<string, unknown>;
    const target = draft as Record<string, unknown>;
    for (const key of Object.keys(next)) if (next[key] !== target[key]) target[key] = next[key];
    return { counts, added };
  });
  const after = await ctx.store.journal(id);
  const present = new Set(entryKeys(after));
  const arrived = offered.added.filter((k) => present.has(k)).length;
  outcome.added += arrived;
  outcome.stayedRemoved += offered.added.length - arrived;
  outcome.updated += offered.counts.updated;
}

/** The entries the backup holds that `journal` (before the merge) lacks. */
function addedKeys(journal: Journal, incoming: Journal): string[] {
  const have = new Set(entryKeys(journal));
  return entryKeys(incoming).filter((k) => !have.has(k));
}
