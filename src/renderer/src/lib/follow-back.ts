import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { call } from './api';
import { replaceScreen } from './router';
import { onLocalChange } from './local-changes';
import { onJournalChanged } from './live-changes';
import { broughtBackIdIn } from '../../../core/logic/brought-back';
import type { Gone, GoneWords } from '../components/EntryGone';

export interface FollowBackOptions {
  relationshipId: string;
  /** The id of the entry the screen edits (the last part of its address and of its draft key). */
  entryId: string | undefined;
  gone: () => Gone;
  /** The words the screen has for the entry (the screen's own createGoneWords). */
  words: () => GoneWords | null;
  /** Save is storing the words (as a new entry): the screen is not followed away meanwhile. */
  saving: () => boolean;
  draft: { moveTo: (key: string) => Promise<void> };
  /** The screen's draft key, ending in `:<entryId>`. */
  draftKey: string;
}

/**
 * An edit screen showing its entry gone goes on to it once it is back: Undo pressed in the bar (which
 * follows the reader onto this screen), Back to an edit screen after Undo, "Bring it back", or either
 * on the other computer. The entry is back under a new id named after the old one (logic/brought-back),
 * so "Save as a new …" would have made it twice. Words on screen go with it, as its draft; the screen
 * for the entry takes this one's place in the history, as a person brought back from the Trash does.
 * With the screen's draft not known (still looked for, or the look failed: words may be kept unseen,
 * which the screen says), it stays. Returns whether the words are being moved: Save waits meanwhile.
 */
/**
 * Whether the entry removed under `entryId` is back (under a new id): "Save as a new …" then saves
 * nothing, and the screen, its Save over, goes on to the entry (followEntryBack) with the words.
 * Pressed just as the entry came back, it would have made it twice.
 */
export async function entryIsBack(relationshipId: string, entryId: string | undefined): Promise<boolean> {
  if (!entryId) return false;
  const journal = await call('journals:get', { relationshipId }).catch(() => null);
  return !!journal && broughtBackIdIn(journal, entryId) !== undefined;
}

export function followEntryBack(o: FollowBackOptions): () => boolean {
  const [moving, setMoving] = createSignal(false);
  const { entryId } = o;
  if (!entryId || !o.draftKey.endsWith(`:${entryId}`)) return moving;
  let alive = true;
  onCleanup(() => {
    alive = false;
  });
  /** The screen's address as typed in the bar (ids encoded), when it is still this entry's screen. */
  const address = (): string | null => {
    const raw = window.location.hash.replace(/^#/, '');
    return raw.endsWith(`/${encodeURIComponent(entryId)}`) ? raw : null;
  };
  const mayMove = (): boolean => alive && !moving() && !o.saving() && o.gone() !== null && (o.words() === 'kept' || o.words() === 'none');
  const look = async (): Promise<void> => {
    if (!mayMove()) return;
    const from = address();
    if (!from) return;
    const journal = await call('journals:get', { relationshipId: o.relationshipId }).catch(() => null);
    const newId = journal ? broughtBackIdIn(journal, entryId) : undefined;
    if (!newId || !mayMove() || address() !== from) return;
    setMoving(true);
    try {
      if (o.words() === 'kept') await o.draft.moveTo(`${o.draftKey.slice(0, -entryId.length)}${newId}`);
    } catch {
      // Not moved (the disk refused it): the words stay on this screen, which can still save them.
      setMoving(false);
      return;
    }
    if (alive && address() === from) replaceScreen(`${from.slice(0, -encodeURIComponent(entryId).length)}${encodeURIComponent(newId)}`);
  };
  // Looked at when the screen finds its entry gone, once its words are known, and after a Save ends.
  createEffect(on([o.gone, o.words, o.saving], () => void look()));
  onLocalChange(() => void look());
  onJournalChanged((id) => {
    if (id === o.relationshipId) void look();
  });
  return moving;
}
