import { z } from 'zod';
import { decodeEnvelope, encodeEnvelope, type EnvelopeSpec } from '../store/envelope';
import type { DeviceFiles } from '../store/device-state';

/**
 * A restore over a journal file that cannot be read is two writes (recovery.ts): the version put back,
 * then the entries removed since under fresh ids. While it runs, this computer keeps what it needs to
 * finish after a kill (devices/<id>/restoring/<person>.json, sealed like any file when encryption is
 * on): the version's own bytes, since the first write itself may prune the earlier version they came
 * from, and which entries take fresh ids, made from `nonce` so that finishing gives the same ids and
 * can tell whether the second write was done. Emptied once the restore is done. Read only while
 * pending-work.json (intents.ts) names a restore of that person, so the intent's own form is unchanged.
 */
const restoringSchema = z.strictObject({
  restore: z
    .strictObject({
      /** The version restored, as the intent names it. */
      source: z.string().max(300),
      nonce: z.string().min(1).max(100),
      renaming: z.array(z.string().max(100)),
      every: z.boolean(),
      /** The version's bytes, as text (a journal file is JSON). */
      held: z.string(),
    })
    .nullable(),
});
export type Restoring = NonNullable<z.infer<typeof restoringSchema>['restore']>;
const restoringSpec: EnvelopeSpec<z.infer<typeof restoringSchema>> = { kind: 'settings', version: 1, schema: restoringSchema, migrations: {} };

const pathOf = (store: DeviceFiles, relationshipId: string): string => store.statePath(`restoring/${relationshipId}.json`);

export const recordRestoring = (store: DeviceFiles, relationshipId: string, restore: Restoring): Promise<void> =>
  store.files.write(pathOf(store, relationshipId), encodeEnvelope(restoringSpec, { restore }));

/** What a pending restore of this person needs; null when none is kept (or it cannot be read). */
export async function readRestoring(store: DeviceFiles, relationshipId: string): Promise<Restoring | null> {
  const bytes = await store.files.read(pathOf(store, relationshipId));
  if (!bytes) return null;
  try {
    return decodeEnvelope(restoringSpec, bytes).restore;
  } catch {
    return null;
  }
}

/** The restore is done: nothing of the version is kept here any longer. */
export const doneRestoring = (store: DeviceFiles, relationshipId: string): Promise<void> =>
  store.files.write(pathOf(store, relationshipId), encodeEnvelope(restoringSpec, { restore: null }));
