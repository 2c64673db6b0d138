import { isDomainError } from '../errors';
import { journalPath } from '../model/journal';
import { clearIntent, readIntents, type Intent } from './intents';
import { readSourceWithBytes } from './recovery';
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
  if ((await ctx.store.files.read(journalPath(id)).catch(() => 'unreadable')) !== null) return; // never moved: as it was
  const source = await readSourceWithBytes(ctx, id, intent.source);
  if (source) await ctx.store.replaceUnreadable(source.journal, source.bytes);
}
