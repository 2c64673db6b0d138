import { createSignal } from 'solid-js';
import { ApiError, errorMessage } from './api';
import { showNotice } from './notice';
import { announceLocalChange } from './local-changes';

/** How long Undo is offered after a delete or a removal. After it, the Trash (for people) still restores. */
export const UNDO_MS = 10_000;

export interface UndoOffer {
  id: number;
  text: string;
  undo: () => Promise<unknown>;
  /** Said once the undo worked. */
  undone: string;
}

const [offer, setOffer] = createSignal<UndoOffer | null>(null);
export { offer as undoOffer };
let next = 1;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Offers Undo for UNDO_MS after something was deleted or removed; a newer offer replaces an older one. */
export function offerUndo(text: string, undo: () => Promise<unknown>, undone = 'Undone.'): void {
  clearTimeout(timer);
  const id = next++;
  setOffer({ id, text, undo, undone });
  timer = setTimeout(() => dismissUndo(id), UNDO_MS);
  // The delete has just happened: every screen showing data (Home, the list of people) catches up.
  announceLocalChange();
}

/**
 * While the focus or the pointer is on the bar, its ten seconds stop: an offer being read, or reached by
 * many Tabs, never vanishes from under the reader. On release it stays a few seconds more.
 */
export function holdUndo(on: boolean): void {
  const current = offer();
  if (!current) return;
  clearTimeout(timer);
  if (!on) timer = setTimeout(() => dismissUndo(current.id), UNDO_AFTER_HOLD_MS);
}
const UNDO_AFTER_HOLD_MS = 4000;

export function dismissUndo(id?: number): void {
  if (id === undefined || offer()?.id === id) closeBar();
}

/** Takes the bar away; the focus, if it was in the bar, goes to the screen's heading, not to the page. */
function closeBar(): void {
  const hadFocus = document.activeElement?.closest('.undo-bar') != null;
  setOffer(null);
  const heading = hadFocus ? document.querySelector<HTMLElement>('main h1') : null;
  if (!heading) return;
  // A heading takes the focus only when it may (tabindex -1): else the focus fell to the page.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/**
 * Runs the offered undo; a failure says why, leaves things as they are, and offers the same Undo again
 * (unless a newer offer came meanwhile): an entry has no Trash, so a refused Undo that took the bar away
 * left the removed entry with no way back (found by a helper).
 */
export async function runUndo(): Promise<void> {
  const current = offer();
  if (!current) return;
  clearTimeout(timer);
  closeBar();
  try {
    await current.undo();
    // The bar follows the reader, so the screen on view may not be the one that offered it: all catch up.
    announceLocalChange();
    showNotice(current.undone);
  } catch (e) {
    // Back already (brought back from the person's page meanwhile): nothing to offer again.
    if (e instanceof ApiError && e.detail?.['alreadyBack'] === true) {
      announceLocalChange();
      showNotice(errorMessage(e));
      return;
    }
    showNotice(errorMessage(e), 'error');
    if (offer() === null) {
      setOffer(current);
      timer = setTimeout(() => dismissUndo(current.id), UNDO_MS);
    }
  }
}
