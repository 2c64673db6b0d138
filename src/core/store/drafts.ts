import { Low } from 'lowdb';
import { EnvelopeAdapter } from './envelope-adapter';
import { KeyedMutex } from './mutex';
import { DomainError } from '../errors';
import { DRAFTS_MAX, DRAFTS_PATH, draftsSpec, type Draft, type DraftsFile } from '../model/draft';
import type { ServiceContext } from '../services/context';

/**
 * Drafts of forms, one small file beside the journals. Written durably (and sealed when encryption is
 * on) like a journal: a change is applied to a copy, written, and only then kept, so a refused write
 * (a full disk) changes nothing and the form still holds the text. One writer at a time, in order.
 */
interface DraftsDb {
  db: Low<DraftsFile>;
  mutex: KeyedMutex;
}

const opened = new WeakMap<object, Promise<DraftsDb>>();

function draftsOf(ctx: ServiceContext): Promise<DraftsDb> {
  let found = opened.get(ctx.store);
  if (!found) {
    found = (async () => {
      const db = new Low(new EnvelopeAdapter(ctx.store.files, DRAFTS_PATH, draftsSpec), { drafts: {} });
      await db.read();
      return { db, mutex: new KeyedMutex() };
    })();
    // A failed read (a damaged file) is tried again next time rather than remembered.
    found.catch(() => opened.delete(ctx.store));
    opened.set(ctx.store, found);
  }
  return found;
}

/** Applies `apply` to a copy, in order with every other change; writes only when it returns true. */
async function change(ctx: ServiceContext, apply: (drafts: DraftsFile['drafts']) => boolean): Promise<void> {
  const { db, mutex } = await draftsOf(ctx);
  await mutex.run(DRAFTS_PATH, async () => {
    const next = structuredClone(db.data.drafts);
    if (!apply(next)) return;
    await db.adapter.write({ drafts: next });
    db.data = { drafts: next };
  });
}

export async function getDraft(ctx: ServiceContext, key: string): Promise<Draft | null> {
  const { db } = await draftsOf(ctx);
  return db.data.drafts[key] ?? null;
}

export async function saveDraft(ctx: ServiceContext, key: string, fields: Record<string, unknown>): Promise<{ saved: true }> {
  await change(ctx, (drafts) => {
    if (!(key in drafts) && Object.keys(drafts).length >= DRAFTS_MAX) {
      throw new DomainError('conflict', 'Mend is keeping too many unsaved drafts. Save or discard a few first.');
    }
    drafts[key] = { fields, savedAt: ctx.now().toISOString() };
    return true;
  });
  return { saved: true };
}

export async function clearDraft(ctx: ServiceContext, key: string): Promise<{ cleared: true }> {
  // Inside the queue, so a save still on its way is cleared too rather than landing after.
  await change(ctx, (drafts) => key in drafts && delete drafts[key]);
  return { cleared: true };
}
