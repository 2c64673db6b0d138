import { createSignal, untrack } from 'solid-js';
import { call } from '../../lib/api';

/** Where a reword being typed is kept (the shared autosave's drafts), one key per commitment. */
export const rewordDraftKey = (relationshipId: string, id: string): string => `commitment:${relationshipId}:${id}`;

const [waiting, setWaiting] = createSignal<ReadonlySet<string>>(new Set());

/** Is a reword of this commitment typed and not yet saved (left when the leader went elsewhere)? */
export const rewordWaits = (relationshipId: string, id: string): boolean => waiting().has(rewordDraftKey(relationshipId, id));

/**
 * Asks which of a person's commitments have a reword waiting. Called as their timeline is drawn, outside
 * its tracking; the answer is only set when it differs, so the timeline is drawn again at most once.
 * Not asked while a reword is typed: an entry drawn anew would close the form under the typing hands.
 */
export function lookForRewords(relationshipId: string): void {
  const prefix = `commitment:${relationshipId}:`;
  untrack(() => {
    void call('drafts:keys', { prefix })
      .then(({ keys }) => {
        const now = waiting();
        const others = [...now].filter((k) => !k.startsWith(prefix));
        const next = new Set([...others, ...keys]);
        if (next.size !== now.size || [...next].some((k) => !now.has(k))) setWaiting(next);
      })
      .catch(() => undefined); // only a marker: without it the reword is still offered when Reword is pressed
  });
}

/** A reword saved, put away or brought back by Undo: the marker follows at once. */
export function setRewordWaits(relationshipId: string, id: string, waits: boolean): void {
  const key = rewordDraftKey(relationshipId, id);
  if (waiting().has(key) === waits) return;
  const next = new Set(waiting());
  if (waits) next.add(key);
  else next.delete(key);
  setWaiting(next);
}
