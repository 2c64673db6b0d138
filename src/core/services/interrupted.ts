import { isDomainError } from '../errors';
import { clearIntent, readIntents, type Intent } from './intents';
import { finishRestore, readSourceWithBytes } from './recovery';
import { decodeEnvelope } from '../store/envelope';
import { journalPath, journalSpec } from '../model/journal';
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

function readsAsJournal(bytes: Uint8Array): boolean {
  try {
    decodeEnvelope(journalSpec, bytes);
    return true;
  } catch {
    return false;
  }
}

async function finishOne(ctx: ServiceContext, intent: Intent): Promise<void> {
  const id = intent.relationshipId;
  if (!ctx.store.summaries().some((s) => s.id === id)) return; // already done
  if (intent.op === 'delete') {
    await trashEvenIfMissing(ctx, id);
    return;
  }
  const current = await ctx.store.files.read(journalPath(id)).catch(() => 'unreadable' as const);
  // Still the file it was replacing (unreadable): never put back, so as it was; the person can restore again.
  if (current === 'unreadable' || (current !== null && !readsAsJournal(current))) return;
  const source = await readSourceWithBytes(ctx, id, intent.source);
  // Set aside and not yet replaced: put back, then the entries removed since. Replaced: only the second step, if it is still due.
  if (source && (current === null || intent.fresh)) await finishRestore(ctx, intent, source, current === null);
}
