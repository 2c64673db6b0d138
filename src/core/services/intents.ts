import { z } from 'zod';
import { decodeEnvelope, encodeEnvelope, type EnvelopeSpec } from '../store/envelope';
import type { FileStore } from '../store/file-store';

/**
 * Work that moves a journal file and then updates the index (a delete, a restore over a file that
 * cannot be read) is recorded here first, so a kill between the two steps is finished at the next
 * start instead of leaving a person who can neither be opened nor removed. One small file, rewritten
 * whole (atomically, sealed like any other when encryption is on); an empty list means nothing pending.
 */
export const INTENTS_PATH = 'pending-work.json';

const intentSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('delete'), relationshipId: z.string().max(100) }),
  z.strictObject({ op: z.literal('restore'), relationshipId: z.string().max(100), source: z.string().max(300) }),
]);
export type Intent = z.infer<typeof intentSchema>;

const intentsSpec: EnvelopeSpec<{ pending: Intent[] }> = {
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

/** The pending list; an unreadable file counts as empty (what it guarded is still on disk, set aside). */
export async function readIntents(files: FileStore): Promise<Intent[]> {
  try {
    const bytes = await files.read(INTENTS_PATH);
    return bytes ? decodeEnvelope(intentsSpec, bytes).pending : [];
  } catch {
    return [];
  }
}

const same = (a: Intent, b: Intent) => JSON.stringify(a) === JSON.stringify(b);

async function change(files: FileStore, next: (list: Intent[]) => Intent[]): Promise<void> {
  await serial(files, async () => {
    const list = await readIntents(files);
    const updated = next(list);
    if (updated.length === 0 && list.length === 0) return;
    await files.write(INTENTS_PATH, encodeEnvelope(intentsSpec, { pending: updated }));
  });
}

/** Records `intent`, runs `work`, then clears it. A kill in between leaves it for finishInterrupted. */
export async function withIntent<T>(files: FileStore, intent: Intent, work: () => Promise<T>): Promise<T> {
  await change(files, (list) => [...list.filter((i) => !same(i, intent)), intent]);
  const result = await work();
  await clearIntent(files, intent);
  return result;
}

export const clearIntent = (files: FileStore, intent: Intent): Promise<void> => change(files, (list) => list.filter((i) => !same(i, intent)));
