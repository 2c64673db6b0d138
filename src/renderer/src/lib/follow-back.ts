import { createEffect, on } from 'solid-js';
import { call } from './api';
import { replaceScreen, screenNow } from './router';
import { onLocalChange } from './local-changes';
import { onJournalChanged } from './live-changes';
import { broughtBackIdIn } from '../../../core/logic/brought-back';
import type { Gone, GoneWords } from '../components/EntryGone';

export interface FollowBackOptions {
  relationshipId: string;
  /** The id of the entry the screen edits (the last part of its address and of its draft key). */
  entryId: string | undefined;
  gone: () => Gone;
  words: () => GoneWords | null;
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
 */
export function followEntryBack(o: FollowBackOptions): void {
  const { entryId } = o;
  if (!entryId || !o.draftKey.endsWith(`:${entryId}`)) return;
  let moving = false;
  const look = async (): Promise<void> => {
    const words = o.words();
    // While the draft is still looked for, what is on screen is not known yet: the look comes again.
    if (moving || o.gone() === null || words === 'checking') return;
    const from = screenNow();
    const journal = await call('journals:get', { relationshipId: o.relationshipId }).catch(() => null);
    const newId = journal ? broughtBackIdIn(journal, entryId) : undefined;
    if (!newId || moving || screenNow() !== from || !from.endsWith(`/${encodeURIComponent(entryId)}`)) return;
    moving = true;
    try {
      if (o.words() === 'kept') await o.draft.moveTo(`${o.draftKey.slice(0, -entryId.length)}${newId}`);
    } catch {
      // Not moved (the disk refused it): the words stay on this screen, which can still save them.
      moving = false;
      return;
    }
    const to = `${from.slice(0, -encodeURIComponent(entryId).length)}${encodeURIComponent(newId)}`;
    if (screenNow() === from) replaceScreen(to);
  };
  createEffect(on([o.gone, o.words], () => void look()));
  onLocalChange(() => void look());
  onJournalChanged((id) => {
    if (id === o.relationshipId) void look();
  });
}

