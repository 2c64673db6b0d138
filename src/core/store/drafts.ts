import { Low } from 'lowdb';
import { EnvelopeAdapter } from './envelope-adapter';
import { KeyedMutex } from './mutex';
import { DomainError } from '../errors';
import { DRAFT_BASE_MEMBER, DRAFT_MAX_CHARS, DRAFTS_MAX, DRAFTS_PATH, draftsSpec, type Draft, type DraftsFile } from '../model/draft';
import type { ServiceContext } from '../services/context';
import { keepBoth } from '../logic/draft-both';
import { sameJson } from '../logic/same-json';

/**
 * Drafts of forms, one small file per computer (devices/<id>/drafts.json): a draft started on the
 * laptop stays on the laptop, and two computers on one synced folder never overwrite each other's. Written durably (and sealed when encryption is
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
      const path = ctx.store.statePath(DRAFTS_FILE);
      const db = new Low(new EnvelopeAdapter(ctx.store.files, path, draftsSpec), { drafts: {} });
      await db.read();
      await adoptSharedDrafts(ctx, db);
      return { db, mutex: new KeyedMutex() };
    })();
    // A failed read (a damaged file) is tried again next time rather than remembered.
    found.catch(() => opened.delete(ctx.store));
    opened.set(ctx.store, found);
  }
  return found;
}

const DRAFTS_FILE = 'drafts.json';

/**
 * Mend before per-device state kept one drafts.json for the whole folder. The first computer to open
 * takes its drafts over, once: its own file is written first (its drafts win a key both hold), then the
 * shared one is emptied, so a kill between the two steps only means the same drafts are taken again.
 */
async function adoptSharedDrafts(ctx: ServiceContext, db: Low<DraftsFile>): Promise<void> {
  const shared = new EnvelopeAdapter(ctx.store.files, DRAFTS_PATH, draftsSpec);
  const old = await shared.read().catch(() => null); // a damaged shared file stays as it is, for its backups
  if (!old || Object.keys(old.drafts).length === 0) return;
  const merged = { drafts: { ...old.drafts, ...db.data.drafts } };
  await db.adapter.write(merged);
  db.data = merged;
  await shared.write({ drafts: {} });
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

/**
 * Reads wait their turn behind the changes sent before them: a form left sends its draft and, opened
 * again at once, asks for it; read straight from memory, the ask overtook the save still being written
 * and the form opened without the words (and its next edit replaced them).
 */
async function read<T>(ctx: ServiceContext, look: (drafts: DraftsFile['drafts']) => T): Promise<T> {
  const { db, mutex } = await draftsOf(ctx);
  return mutex.run(DRAFTS_PATH, async () => look(db.data.drafts));
}

export async function getDraft(ctx: ServiceContext, key: string): Promise<Draft | null> {
  return read(ctx, (drafts) => drafts[key] ?? null);
}

/** Every id a kept draft's key names (the parts after the form's name), for drafts that follow a person. */
export async function idsInDraftKeys(ctx: ServiceContext): Promise<Set<string>> {
  return read(ctx, (drafts) => new Set(Object.keys(drafts).flatMap((k) => k.split(':').slice(1))));
}

/** The keys of the drafts kept now that start with `prefix`: which entries have a change not yet saved. */
export async function draftKeys(ctx: ServiceContext, prefix: string): Promise<{ keys: string[] }> {
  return read(ctx, (drafts) => ({ keys: Object.keys(drafts).filter((k) => k.startsWith(prefix)).sort() }));
}

/**
 * Keeps `fields` as the draft of `key`. Given `opened` (the form never saw what was kept here), words
 * kept that differ from it are laid beside `fields`, not written over: read and written in one turn,
 * so nothing can land between the look and the save. `beside` answers with those kept words, for the
 * form to show them too.
 */
export async function saveDraft(
  ctx: ServiceContext,
  key: string,
  fields: Record<string, unknown>,
  opened?: Record<string, unknown>,
): Promise<{ saved: true; beside?: Record<string, unknown> }> {
  let beside: Record<string, unknown> | undefined;
  await change(ctx, (drafts) => {
    if (!(key in drafts) && Object.keys(drafts).length >= DRAFTS_MAX) {
      throw new DomainError('conflict', 'Mend is keeping too many unsaved drafts. Save or discard a few first.');
    }
    const kept = drafts[key]?.fields;
    beside = opened && kept && !sameJson(kept, opened) && !sameJson(kept, fields) ? kept : undefined;
    let both = beside ? keepBoth(opened!, fields, beside) : fields;
    // What the words were written from goes first: the words themselves are what must be kept.
    if (beside && DRAFT_BASE_MEMBER in both && JSON.stringify(both).length > DRAFT_MAX_CHARS) {
      const { [DRAFT_BASE_MEMBER]: _base, ...words } = both;
      both = words;
    }
    // The two together may pass the size every draft is read back with: written, the file could not be
    // read again (every draft in it lost to the forms). Refused, the words stay in the window, reported.
    if (beside && JSON.stringify(both).length > DRAFT_MAX_CHARS) {
      throw new DomainError('conflict', 'These words and the ones kept here earlier are too long to keep together. Copy some of them somewhere first.');
    }
    drafts[key] = { fields: both, savedAt: ctx.now().toISOString() };
    return true;
  });
  return beside ? { saved: true, beside } : { saved: true };
}

/**
 * A person brought back from the Trash under a new id: this computer's drafts for them (a quick note
 * half typed when they vanished, an edit left waiting) follow them, under keys naming the new id. A key
 * the new id already has is left as it is (never written over), and so is its old draft.
 */
export async function moveDrafts(ctx: ServiceContext, from: string, to: string): Promise<void> {
  await change(ctx, (drafts) => {
    let moved = false;
    for (const key of Object.keys(drafts)) {
      const parts = key.split(':');
      if (!parts.includes(from)) continue;
      const next = parts.map((p) => (p === from ? to : p)).join(':');
      if (next in drafts) continue;
      drafts[next] = drafts[key]!;
      delete drafts[key];
      moved = true;
    }
    return moved;
  });
}

export async function clearDraft(ctx: ServiceContext, key: string): Promise<{ cleared: true }> {
  // Inside the queue, so a save still on its way is cleared too rather than landing after.
  await change(ctx, (drafts) => key in drafts && delete drafts[key]);
  return { cleared: true };
}
