import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { call, errorMessage } from './api';
import { replaceScreen } from './router';
import { onLocalChange } from './local-changes';
import { onJournalChanged } from './live-changes';
import { broughtBackIdIn } from '../../../core/logic/brought-back';
import { focusEntryGone, type Gone, type GoneWords } from '../components/EntryGone';

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

export interface FollowBack {
  /** The words on screen are on their way to the entry that came back: Save waits. */
  moving: () => boolean;
  /**
   * The entry is back, but the words on screen could not go on to it (the disk refused them): why, or
   * null. The screen says so where it said the entry was gone, and its Save tries again.
   */
  stuck: () => string | null;
  /**
   * For "Save as a new …": true when the entry is back already (the screen not told yet), and the
   * screen goes on to it with the words instead, so it is never made twice; Save then stops. Should the
   * words not move, they stay on screen, and the alert (`stuck`) says why and takes the focus.
   */
  backInsteadOfNew: () => Promise<boolean>;
}

/**
 * An edit screen showing its entry gone goes on to it once it is back: Undo pressed in the bar (which
 * follows the reader onto this screen), Back to an edit screen after Undo, "Bring it back", or either
 * on the other computer. The entry is back under a new id named after the old one (logic/brought-back),
 * so "Save as a new …" would have made it twice. Words on screen go with it, as its draft; the screen
 * for the entry takes this one's place in the history, as a person brought back from the Trash does.
 * With the screen's draft not known (still looked for, or the look failed: words may be kept unseen,
 * which the screen says), it stays.
 */
export function followEntryBack(o: FollowBackOptions): FollowBack {
  const [moving, setMoving] = createSignal(false);
  const [stuck, setStuck] = createSignal<string | null>(null);
  const { entryId } = o;
  if (!entryId || !o.draftKey.endsWith(`:${entryId}`)) return { moving, stuck, backInsteadOfNew: async () => false };
  let alive = true;
  onCleanup(() => {
    alive = false;
  });
  /** The screen's address as typed in the bar (ids encoded), when it is still this entry's screen. */
  const address = (): string | null => {
    const raw = window.location.hash.replace(/^#/, '');
    return raw.endsWith(`/${encodeURIComponent(entryId)}`) ? raw : null;
  };
  const knownWords = (): boolean => o.words() === 'kept' || o.words() === 'none';
  const mayMove = (): boolean => alive && !moving() && !o.saving() && o.gone() !== null && knownWords();
  /** Where the entry is back, if it is, and the screen is still its old one. */
  const find = async (): Promise<{ from: string; newId: string } | null> => {
    const from = address();
    if (!from) return null;
    const journal = await call('journals:get', { relationshipId: o.relationshipId }).catch(() => null);
    const newId = journal ? broughtBackIdIn(journal, entryId) : undefined;
    return newId && alive && address() === from ? { from, newId } : null;
  };
  /** Moves the words and goes on; the reason they could not move, or null. */
  const goOn = async ({ from, newId }: { from: string; newId: string }): Promise<string | null> => {
    setMoving(true);
    try {
      if (o.words() === 'kept') await o.draft.moveTo(`${o.draftKey.slice(0, -entryId.length)}${newId}`);
    } catch (e) {
      // Not moved (the disk refused it): the words stay on this screen, which says so.
      setMoving(false);
      setStuck(errorMessage(e));
      return stuck();
    }
    if (alive && address() === from) replaceScreen(`${from.slice(0, -encodeURIComponent(entryId).length)}${encodeURIComponent(newId)}`);
    return null;
  };
  const look = async (): Promise<void> => {
    if (!mayMove()) return;
    const found = await find();
    if (found && mayMove()) await goOn(found);
  };
  // Looked at when the screen finds its entry gone, once its words are known, and after a Save ends.
  createEffect(on([o.gone, o.words, o.saving], () => void look()));
  onLocalChange(() => void look());
  onJournalChanged((id) => {
    if (id === o.relationshipId) void look();
  });
  return {
    moving,
    stuck,
    async backInsteadOfNew() {
      if (moving()) return true;
      const found = knownWords() ? await find() : null;
      if (!found) return false;
      if (moving()) return true;
      if (await goOn(found)) focusEntryGone(); // which says why, and what to do
      return true;
    },
  };
}
