import { call } from './api';

/** The id of a record a call answered with (a restore, a create), or '' when it answered with none. */
export function savedId(record: unknown): string {
  return typeof record === 'object' && record !== null && 'id' in record ? String((record as { id: unknown }).id) : '';
}

/**
 * Undo of a removal brings the entry back under a new id (a removal is final under its old one). A
 * change to it that was typed and not saved waits as a draft under the old id, where no Edit link leads
 * any more: it is moved to the new id, so "You were writing this earlier" still greets it. `prefix` is
 * the draft key up to the id ("meeting-note:<person id>"). Best effort: the entry is back either way.
 */
export async function draftFollowsEntry(prefix: string, oldId: string, back: unknown): Promise<void> {
  const newId = savedId(back);
  if (!newId || newId === oldId) return;
  const from = `${prefix}:${oldId}`;
  try {
    const kept = await call('drafts:get', { key: from });
    if (!kept) return;
    await call('drafts:save', { key: `${prefix}:${newId}`, fields: kept.fields });
    await call('drafts:clear', { key: from });
  } catch {
    // The draft stays where it was: not lost, only not offered on the entry that came back.
  }
}
