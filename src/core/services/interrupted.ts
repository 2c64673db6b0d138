import { isDomainError } from '../errors';
import { clearIntent, readIntents, type Intent } from './intents';
import { decodes, finishRestore, readSourceWithBytes } from './recovery';
import { doneRestoring, readRestoring } from './restoring';
import { journalPath } from '../model/journal';
import { trashEvenIfMissing } from './relationships';
import type { ServiceContext } from './context';

/**
 * Run once when the journal opens: finishes deletes and restores a kill interrupted. A delete is
 * rolled forward (the person asked for it, and their journal is already in trash/ or still in place);
 * a restore is rolled forward when the file it was replacing is already set aside, and otherwise
 * left as it was (the person can simply restore again). Returns how many were finished.
 */
export async function finishInterrupted(ctx: ServiceContext): Promise<number> {
  const pending = await readIntents(ctx.store);
  let finished = 0;
  for (const intent of pending) {
    try {
      await finishOne(ctx, intent);
      finished++;
    } catch (e) {
      // Left pending for the next start; the person can still act on this journal by hand meanwhile.
      if (!isDomainError(e)) throw e;
      continue;
    }
    await clearIntent(ctx.store, intent);
  }
  return finished;
}

async function finishOne(ctx: ServiceContext, intent: Intent): Promise<void> {
  const id = intent.relationshipId;
  if (!ctx.store.summaries().some((s) => s.id === id)) return; // already done
  if (intent.op === 'delete') {
    await trashEvenIfMissing(ctx, id);
    return;
  }
  // Only a file that cannot be decoded counts as unreadable; any other failure (a sync tool holding the
  // file a moment) throws, and the work is left pending for the next start.
  const current = await ctx.store.files.read(journalPath(id)).catch((e: unknown) => (isDomainError(e) && e.code === 'damaged' ? ('unreadable' as const) : Promise.reject(e)));
  // Still the file it was replacing (unreadable): never put back, so as it was; the person can restore again.
  if (current === 'unreadable' || (current !== null && !decodes(current))) return;
  // Set aside and not yet replaced: put back, then the entries removed since. Replaced: the second step, if still due.
  const pending = await readRestoring(ctx.store, id);
  if (pending && pending.source === intent.source) {
    await finishRestore(ctx, id, pending, current === null);
    await doneRestoring(ctx.store, id);
    return;
  }
  if (current !== null) return; // recorded by a Mend that kept nothing beside: already put back
  const source = await readSourceWithBytes(ctx, id, intent.source);
  if (source) await ctx.store.replaceUnreadable(source.journal, source.bytes);
}
