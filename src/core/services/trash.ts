import { z } from 'zod';
import { idsInDraftKeys, moveDrafts } from '../store/drafts';
import { DomainError } from '../errors';
import { decodeEnvelope, encodeEnvelope, type EnvelopeSpec } from '../store/envelope';
import { damagedFileError } from '../store/envelope-adapter';
import { crc32Hex } from '../store/crc32';
import { logLengths } from '../store/removals';
import { sameJson } from '../logic/same-json';
import { countEntries, entryLists, journalSchema, journalSpec, type Journal } from '../model/journal';
import { WRITTEN_TOGETHER } from '../store/journal-diff';
import type { CarriedWrite, WriterOf } from '../store/journal-replica';
import { partsOf, putPart, splitFieldsOf } from '../store/split-fields';
import { RELATIONSHIP_KEY } from '../store/sync-state';
import type { ServiceContext } from './context';

/** A deleted person, as the Trash screen lists them. No journal text beyond the name. */
export interface TrashItem {
  /** The file's name inside trash/, passed back to restore it. */
  file: string;
  id: string;
  name: string;
  /** Their role, so two people of one name can be told apart. */
  role: string;
  deletedAt: string;
  entries: number;
  /**
   * Listed again: words another computer wrote to this person before it heard of the delete arrived
   * after they were brought back. Restoring takes those words into the person already in Mend.
   */
  lateWords?: true;
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
      items.push({ file, id: j.relationship.id, name: j.relationship.name, role: j.relationship.role, deletedAt: deletedAt(m), entries: countEntries(j) });
    } catch {
      continue; // unreadable: the Trash cannot offer it; the file stays exactly as it is
    }
  }
  for (const name of await ctx.store.files.list(RESTORED)) {
    const file = name.endsWith(BACK) ? `${name.slice(0, -BACK.length)}.json` : null;
    const m = file ? trashName(file) : null;
    const late = m ? await arrivedSince(ctx, file!).catch(() => null) : null;
    if (late) items.push({ file: `restored/${file!}`, id: late.back.to, name: late.journal.relationship.name, role: late.journal.relationship.role, deletedAt: deletedAt(m!), entries: countEntries(late.journal), lateWords: true });
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

const deletedAt = (m: RegExpExecArray) => `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`;

/**
 * Brings a deleted journal back into Mend. The journal is written in place again (durably, with its
 * index entry), then the trash copy moves to trash/restored/, so it is never listed twice and never erased.
 * `restored/<file>` (listed again once words written elsewhere to the removed person arrived after
 * they were brought back) takes those words into the person brought back.
 */
export async function restoreFromTrash(ctx: ServiceContext, file: string): Promise<{ id: string; name: string }> {
  const again = /^restored\/(.+)$/.exec(file)?.[1];
  if (again !== undefined && trashName(again)) return takeArrived(ctx, again);
  if (!trashName(file)) throw new DomainError('invalid-input', 'That is not a file Mend put in the trash.', { field: 'file' });
  let read: Awaited<ReturnType<typeof readTrashed>>;
  try {
    read = await readTrashed(ctx, file);
  } catch (e) {
    const done = e instanceof DomainError && e.code === 'not-found' ? await alreadyBack(ctx, file) : null;
    if (done) return done;
    throw e;
  }
  const { journal: trashed, bytes } = read;
  const { name } = trashed.relationship;
  // A removal is final on every computer (its tombstone outlives any copy), so a person whose removal
  // was recorded comes back as a new journal, under a new id, with every entry the copy holds.
  const removedAt = await ctx.store.removedAt(trashed.relationship.id);
  const removed = removedAt !== null;
  // What another computer wrote before it heard of the removal comes back too: it is in the change
  // logs past the copy (issue 13: an edit that raced the removal keeps its text with the removed person).
  const logs = removed ? await logLengths(ctx.store.files, trashed.relationship.id) : {};
  const lastLeft = removed ? await ctx.store.lastLeft(trashed.relationship.id, bytes) : null;
  const kept = lastLeft?.journal ?? trashed;
  const journal = removed ? underId(kept, broughtBackId(trashed.relationship.id, removedAt)) : trashed;
  const { id } = journal.relationship;
  const present = ctx.store.summaries().some((s) => s.id === id);
  if (present && removed) {
    // Brought back on another computer already (the same id): they are back, once; the copy is done with.
    await ctx.store.files.move(`trash/${file}`, `${RESTORED}/${file}`).catch(() => undefined);
    await moveDrafts(ctx, trashed.relationship.id, id).catch(() => undefined);
    return { id, name };
  }
  if (present) {
    throw new DomainError('conflict', `${name} is already in Mend. Delete that journal first to bring this one back.`);
  }
  await ctx.store.create(journal);
  if (removed) await followBack(ctx, trashed.relationship.id, id);
  // Words this computer kept for them under the removed id (a form half typed as they vanished) come too.
  // A drafts file that cannot be read just now leaves them where they were: the person is back regardless.
  if (removed) await moveDrafts(ctx, trashed.relationship.id, id).catch(() => undefined);
  // Such words may still be on their way: what came back, and from how much of each log, is kept beside the copy.
  if (lastLeft) await writeBack(ctx, file, { from: trashed.relationship.id, to: id, held: new TextDecoder().decode(bytes), logs, journal });
  await ctx.store.files.move(`trash/${file}`, `${RESTORED}/${file}`);
  return { id, name };
}

/**
 * A copy no longer in the trash because it was brought back already (its file moved to restored/): Undo
 * of the delete pressed after the Trash screen brought the person back, or Bring back pressed twice. They
 * are in Mend, once: that is what was asked, so it answers with them rather than with a failure. Null when
 * there is no such copy, or the person it brought back is not in Mend (deleted again since).
 */
async function alreadyBack(ctx: ServiceContext, file: string): Promise<{ id: string; name: string } | null> {
  const bytes = await ctx.store.files.read(`${RESTORED}/${file}`);
  if (bytes === null) return null;
  let trashed: Journal;
  try {
    trashed = decodeEnvelope(journalSpec, bytes);
  } catch {
    return null;
  }
  const removedAt = await ctx.store.removedAt(trashed.relationship.id);
  const id = removedAt === null ? trashed.relationship.id : broughtBackId(trashed.relationship.id, removedAt);
  return ctx.store.summaries().some((s) => s.id === id) ? { id, name: trashed.relationship.name } : null;
}

const underId = (journal: Journal, id: string): Journal => ({ ...journal, relationship: { ...journal.relationship, id } });

/**
 * A person removed and then brought back from the Trash on another computer comes back under a new id
 * (the same on every computer, broughtBackId). Drafts this computer kept for them under the removed id
 * (an edit left waiting, a note half typed) follow them here too, as they do when brought back here:
 * otherwise no screen would lead to those words. Run after opening and when other computers' changes arrive.
 */
export async function draftsFollowBroughtBack(ctx: ServiceContext): Promise<void> {
  const present = new Set(ctx.store.summaries().map((s) => s.id));
  const named = await idsInDraftKeys(ctx);
  for (const id of named) {
    if (present.has(id)) continue;
    // Followed as far as it goes: removed and brought back twice, the drafts still reach them.
    const back = await broughtBackWhere(ctx, id);
    if (back) await moveDrafts(ctx, id, back.id);
  }
}

/**
 * Where a person once under `id` is now: brought back from the Trash (here or on another computer),
 * they live under broughtBackId, and again under its own if they were removed and brought back once
 * more. Followed a few steps at most; null when they are still under `id`, in the Trash, or gone.
 */
export async function broughtBackWhere(ctx: ServiceContext, id: string): Promise<{ id: string; name: string } | null> {
  const here = (at: string) => ctx.store.summaries().find((s) => s.id === at);
  let at = id;
  for (let step = 0; step < 8 && !here(at); step++) {
    const removedAt = await ctx.store.removedAt(at).catch(() => null);
    if (removedAt === null) return null;
    at = broughtBackId(at, removedAt);
    const found = here(at);
    if (found) return { id: at, name: found.name };
  }
  return null;
}

/**
 * The id a removed person comes back under: the same on every computer that brings them back from the
 * same removal, so two computers doing it before they are in step end with one person, not two (their
 * lines merge into one journal). A "-" and a checksum, never a ".", which would split a log's name.
 */
function broughtBackId(removedId: string, removedAt: string): string {
  return `${removedId.slice(0, 80)}-${crc32Hex(new TextEncoder().encode(`${removedId} ${removedAt}`))}`;
}

/**
 * Beside a removed person's copy in trash/restored/: whom they came back as, and from what, so words
 * another computer wrote to the removed id before it heard of the removal, arriving only after they
 * came back, are not left where no screen shows them (the Trash lists the person again).
 */
const backSchema = z.strictObject({
  /** The removed id. */
  from: z.string().min(1).max(100),
  /** The id they came back under (or, after a later arrival, were brought back under again). */
  to: z.string().min(1).max(100),
  /** The trash copy's own text: read again with every log line past it (it says how far it reaches). */
  held: z.string(),
  /** How many complete lines each change log of the removed id held when this was written. */
  logs: z.record(z.string().max(300), z.number().int().min(0)),
  /** What came back, under `to`: whatever differs from it now arrived since. */
  journal: journalSchema,
});
type Back = z.infer<typeof backSchema>;
const backSpec: EnvelopeSpec<Back> = { kind: 'settings', version: 1, schema: backSchema, migrations: {} };
const RESTORED = 'trash/restored';
const BACK = '.back.json';
const backPath = (file: string) => `${RESTORED}/${file.slice(0, -'.json'.length)}${BACK}`;
const writeBack = (ctx: ServiceContext, file: string, back: Back) => ctx.store.files.write(backPath(file), encodeEnvelope(backSpec, back));

/** The removed person as every log now makes them, under their new id, when that differs from what came back; else null. */
async function arrivedSince(ctx: ServiceContext, file: string): Promise<{ back: Back; journal: Journal; logs: Record<string, number>; writer: WriterOf } | null> {
  const bytes = await ctx.store.files.read(backPath(file));
  if (!bytes) return null;
  const back = decodeEnvelope(backSpec, bytes);
  // Deleted again since (in the Trash under that id): its own copy is what the Trash offers; bringing it
  // back points this at the id it comes back under (followBack), and the words are offered then.
  if (!ctx.store.summaries().some((s) => s.id === back.to)) return null;
  const logs = await logLengths(ctx.store.files, back.from);
  if (!Object.entries(logs).some(([log, n]) => n > (back.logs[log] ?? 0))) return null; // nothing arrived: no need to read the journal
  const last = await ctx.store.lastLeft(back.from, new TextEncoder().encode(back.held));
  const journal = last && underId(last.journal, back.to);
  return journal && !sameJson(journal, back.journal) ? { back, journal, logs, writer: last.writer } : null;
}

/**
 * Takes what arrived since into the person brought back (never a second person): each field and entry
 * the other computer changed (where changed here too, the two writes meet as in sync: see merged); its
 * new entries are added; an entry it removed goes unless changed here; one removed here stays removed.
 */
async function takeArrived(ctx: ServiceContext, file: string): Promise<{ id: string; name: string }> {
  const found = await arrivedSince(ctx, file);
  if (!found) throw new DomainError('not-found', 'Nothing more has arrived for that person: they are back already.');
  const { back, logs } = found;
  const { to } = back;
  await ctx.store.updateCarrying(to, (draft) => takeInto(draft, back.journal, found.journal, found.writer));
  await writeBack(ctx, file, { ...back, logs, journal: found.journal });
  return { id: to, name: found.journal.relationship.name };
}

/** A record of a person brought back, or null when it cannot be read (left as it is). */
async function readBack(ctx: ServiceContext, path: string): Promise<Back | null> {
  try {
    const bytes = await ctx.store.files.read(path);
    return bytes ? decodeEnvelope(backSpec, bytes) : null;
  } catch {
    return null;
  }
}

/**
 * A person brought back, deleted again, and now brought back once more under `to`: words arriving later
 * for the first removed id are offered for `to` from now on (never for a person no longer in Mend).
 */
async function followBack(ctx: ServiceContext, from: string, to: string): Promise<void> {
  for (const name of await ctx.store.files.list(RESTORED)) {
    if (!name.endsWith(BACK)) continue;
    const path = `${RESTORED}/${name}`;
    const back = await readBack(ctx, path);
    if (back?.to === from) await ctx.store.files.write(path, encodeEnvelope(backSpec, { ...back, to, journal: underId(back.journal, to) }));
  }
}

type Rec = Record<string, unknown> & { id: string };

/** Takes `late`'s changes from `base` into `mine`; returns the writes to carry over as they were made (see merged). */
function takeInto(mine: Journal, base: Journal, late: Journal, writer: WriterOf): CarriedWrite[] {
  const carried: CarriedWrite[] = [];
  const merge = (key: string, here: Rec, b: Rec, theirs: Rec) => merged(here, b, theirs, key, writer, carried);
  mine.relationship = merge(RELATIONSHIP_KEY, mine.relationship as unknown as Rec, base.relationship as unknown as Rec, late.relationship as unknown as Rec) as unknown as Journal['relationship'];
  const before = new Map(entryLists(base).map(([list, entries]) => [list, entries as Rec[]]));
  for (const [list, entries] of entryLists(late) as [string, Rec[]][]) {
    const here = (mine as unknown as Record<string, Rec[]>)[list]!;
    const was = new Map((before.get(list) ?? []).map((e) => [e.id, e]));
    for (const entry of entries) {
      const b = was.get(entry.id);
      const i = here.findIndex((e) => e.id === entry.id);
      if (!b && i < 0) here.push(entry);
      else if (b && i >= 0 && !sameJson(b, entry)) here[i] = merge(`${list}/${entry.id}`, here[i]!, b, entry);
    }
    const kept = new Set(entries.map((e) => e.id));
    for (const b of was.values()) {
      const i = here.findIndex((e) => e.id === b.id);
      if (!kept.has(b.id) && i >= 0 && sameJson(here[i], b)) here.splice(i, 1);
    }
  }
  return carried;
}

/**
 * `mine` with each field `theirs` changed from `base`. A field `mine` changed too is left as it is here,
 * and the other computer's write to it is carried over with its own clock and device (into `carried`):
 * the two meet as they would in sync, so the later shows and a text that lost stays as an "also
 * written" version (issue 13: nothing is silently dropped). Fields written together (journal-diff.ts)
 * are carried together, so one computer's numbers never end up beside the other's evidence. A field
 * no clock speaks for (a copy from before clocks) takes the later write by updatedAt, as before.
 */
function merged(mine: Rec, base: Rec, theirs: Rec, key: string, writer: WriterOf, carried: CarriedWrite[]): Rec {
  const laterThere = Date.parse(String(theirs['updatedAt'])) > Date.parse(String(mine['updatedAt']));
  const out: Rec = { ...mine };
  const both = new Set<string>();
  const split = splitFieldsOf(key);
  for (const field of new Set([...Object.keys(base), ...Object.keys(theirs)])) {
    if (field === 'id' || sameJson(base[field], theirs[field]) || sameJson(mine[field], theirs[field])) continue;
    if (split?.has(field)) {
      out[field] = mergedParts(field, mine[field], base[field], theirs[field], key, writer, carried, laterThere);
      continue;
    }
    if (!sameJson(mine[field], base[field]) && writer(key, field)) both.add(field);
    else if (sameJson(mine[field], base[field]) || laterThere) set(out, field, theirs);
  }
  const group = WRITTEN_TOGETHER[key.slice(0, key.indexOf('/'))] ?? [];
  if (group.some((f) => both.has(f))) for (const f of group) if (writer(key, f) && !sameJson(mine[f], theirs[f])) both.add(f);
  for (const field of both) {
    set(out, field, mine); // this write stays as it is; the carried one meets it
    const by = writer(key, field)!;
    carried.push({ key, field, ...(field in theirs ? { value: theirs[field] } : {}), ...by });
  }
  return out;
}

/**
 * A group of answers (split-fields.ts) merged as `merged` merges fields, part by part: each part only
 * the other computer changed is taken, and a part both changed keeps this one's and carries the other's
 * write with its own clock. As one field, the group came back with one computer's parts and one clock,
 * undoing what the other had written in its other parts.
 */
function mergedParts(field: string, mine: unknown, base: unknown, theirs: unknown, key: string, writer: WriterOf, carried: CarriedWrite[], laterThere: boolean): unknown {
  const before = new Map(partsOf(field, base ?? {}));
  const here = new Map(partsOf(field, mine ?? {}));
  // Built afresh from this computer's parts (`mine` may be a draft of the journal being changed).
  const holder: Rec = { id: '' };
  for (const [part, value] of here) putPart(holder, part, value);
  for (const [part, value] of partsOf(field, theirs ?? {})) {
    const was = before.get(part);
    const now = here.get(part);
    if (sameJson(was, value) || sameJson(now, value)) continue;
    const by = writer(key, part);
    if (!sameJson(now, was) && by) carried.push({ key, field: part, value, ...by });
    else if (sameJson(now, was) || laterThere) putPart(holder, part, value);
  }
  return holder[field] ?? mine;
}

const set = (out: Rec, field: string, from: Rec) => {
  if (field in from) out[field] = from[field];
  else delete out[field];
};
