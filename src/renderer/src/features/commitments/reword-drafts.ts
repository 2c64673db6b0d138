import { createSignal, untrack } from 'solid-js';
import { call } from '../../lib/api';
import { onDraftKept } from '../../lib/form-draft';

/** Where a reword being typed is kept (the shared autosave's drafts), one key per commitment. */
export const rewordDraftKey = (relationshipId: string, id: string): string => `commitment:${relationshipId}:${id}`;

const PREFIX = 'commitment:';
const [waiting, setWaiting] = createSignal<ReadonlySet<string>>(new Set());
/** Bumped by each change heard in this window: a lookup that started before it answers too late. */
let heard = 0;

/**
 * Is a reword of this commitment typed and not yet saved? Read where the mark is drawn (an entry's
 * badge, its note), never where the timeline's entries are built: a change of the mark redraws the
 * mark alone, not the entries, so a reword being typed in another entry is never closed by it.
 */
export const rewordWaits = (relationshipId: string, id: string): boolean => waiting().has(rewordDraftKey(relationshipId, id));

function set(key: string, waits: boolean): void {
  if (waiting().has(key) === waits) return;
  const next = new Set(waiting());
  if (waits) next.add(key);
  else next.delete(key);
  setWaiting(next);
}

// Typing saves the draft (the mark appears, also when the entry is closed with the form), saving the
// reword or putting it away forgets it (the mark goes), as soon as the disk has it.
onDraftKept((key, kept) => {
  if (!key.startsWith(PREFIX)) return;
  heard++;
  set(key, kept);
});

/**
 * Asks which of a person's commitments have a reword waiting (left on an earlier visit, or before a
 * restart). Called as their timeline is built, outside its tracking; an answer overtaken by a change
 * heard meanwhile is dropped, and one equal to what is shown changes nothing.
 */
export function lookForRewords(relationshipId: string): void {
  const prefix = rewordDraftKey(relationshipId, '');
  const asked = heard;
  untrack(() => {
    void call('drafts:keys', { prefix })
      .then(({ keys }) => {
        if (heard !== asked) return;
        const now = waiting();
        const next = new Set([...[...now].filter((k) => !k.startsWith(prefix)), ...keys]);
        if (next.size !== now.size || [...next].some((k) => !now.has(k))) setWaiting(next);
      })
      .catch(() => undefined); // only a mark: without it the reword is still offered when Reword is pressed
  });
}

/**
 * A reword to open as its person's page opens ("Go on with it" on the Commitments screen): asked before
 * going there and read by the commitment's entry as it is drawn. It lasts a few seconds, through both
 * draws of a long journal (its first screen, then the whole), and is forgotten once the reword closes.
 */
let rewordToOpen: { key: string; until: number } | null = null;
/** Long enough for the page to open; a request its page never drew (the commitment gone) does not linger. */
const ASKED_FOR_MS = 5000;
export function openRewordOnArrival(relationshipId: string, id: string): void {
  rewordToOpen = { key: rewordDraftKey(relationshipId, id), until: Date.now() + ASKED_FOR_MS };
}
export const rewordAsked = (relationshipId: string, id: string): boolean =>
  rewordToOpen !== null && rewordToOpen.key === rewordDraftKey(relationshipId, id) && Date.now() < rewordToOpen.until;
export function rewordOpened(): void {
  rewordToOpen = null;
}

/** A reword brought back by Undo (saved straight as a draft, not through a form): the mark follows. */
export function markRewordWaiting(relationshipId: string, id: string): void {
  heard++;
  set(rewordDraftKey(relationshipId, id), true);
}
