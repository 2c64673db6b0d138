import { z } from 'zod';
import { decodeEnvelope, encodeEnvelope, type EnvelopeSpec } from '../store/envelope';
import type { FileStore } from '../store/file-store';
import type { DeviceFiles } from '../store/device-state';

/**
 * Work that moves a journal file and then updates the index (a delete, a restore over a file that
 * cannot be read) is recorded here first, so a kill between the two steps is finished at the next
 * start instead of leaving a person who can neither be opened nor removed. One small file per computer
 * (devices/<id>/pending-work.json: the work was cut short on this computer, and this computer finishes
 * it), rewritten whole (atomically, sealed like any other when encryption is on); an empty list means
 * nothing pending.
 */
export const INTENTS_FILE = 'pending-work.json';
/** Where Mend before per-device state kept the list, for the whole folder: taken over once, then emptied. */
export const INTENTS_PATH = INTENTS_FILE;

const intentSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('delete'), relationshipId: z.string().max(100) }),
  z.strictObject({ op: z.literal('restore'), relationshipId: z.string().max(100), source: z.string().max(300) }),
]);
export type Intent = z.infer<typeof intentSchema>;

export const intentsSpec: EnvelopeSpec<{ pending: Intent[] }> = {
  kind: 'settings', // the envelope's kinds are the store's; this small file is closest to settings
  version: 1,
  schema: z.strictObject({ pending: z.array(intentSchema).max(1000) }),
  migrations: {},
};

const chains = new WeakMap<FileStore, Promise<unknown>>();

/** One change to the list at a time per data folder. */
function serial<T>(files: FileStore, task: () => Promise<T>): Promise<T> {
  const run = (chains.get(files) ?? Promise.resolve()).then(task, task);
  chains.set(files, run.catch(() => undefined));
  return run;
}

/** A list at `path`; an unreadable file counts as empty (what it guarded is still on disk, set aside). */
async function readList(files: FileStore, path: string): Promise<Intent[]> {
  try {
    const bytes = await files.read(path);
    return bytes ? decodeEnvelope(intentsSpec, bytes).pending : [];
  } catch {
    return [];
  }
}

/**
 * This computer's pending list, after taking over what the shared list of an older Mend held: its own
 * file is written first, then the shared one emptied, so a kill in between only takes the same work twice.
 */
export async function readIntents(store: DeviceFiles): Promise<Intent[]> {
  const shared = await readList(store.files, INTENTS_PATH);
  if (shared.length > 0) {
    await change(store, (list) => [...list, ...shared.filter((i) => !list.some((j) => same(i, j)))]);
    await store.files.write(INTENTS_PATH, encodeEnvelope(intentsSpec, { pending: [] }));
  }
  return readList(store.files, store.statePath(INTENTS_FILE));
}

const same = (a: Intent, b: Intent) => JSON.stringify(a) === JSON.stringify(b);

async function change(store: DeviceFiles, next: (list: Intent[]) => Intent[]): Promise<void> {
  const path = store.statePath(INTENTS_FILE);
  await serial(store.files, async () => {
    const list = await readList(store.files, path);
    const updated = next(list);
    if (updated.length === 0 && list.length === 0) return;
    await store.files.write(path, encodeEnvelope(intentsSpec, { pending: updated }));
  });
}

/** Records `intent`, runs `work`, then clears it. A kill in between leaves it for finishInterrupted. */
export async function withIntent<T>(store: DeviceFiles, intent: Intent, work: () => Promise<T>): Promise<T> {
  await change(store, (list) => [...list.filter((i) => !same(i, intent)), intent]);
  const result = await work();
  await clearIntent(store, intent);
  return result;
}

export const clearIntent = (store: DeviceFiles, intent: Intent): Promise<void> => change(store, (list) => list.filter((i) => !same(i, intent)));

/** Drops every pending restore of one person: a new restore of them replaces whatever an earlier one left. */
export const clearRestoresOf = (store: DeviceFiles, relationshipId: string): Promise<void> =>
  change(store, (list) => list.filter((i) => !(i.op === 'restore' && i.relationshipId === relationshipId)));
