import { getOwner, onCleanup } from 'solid-js';

/**
 * Changes made on this computer by a screen that is no longer the one showing (a delete, then its Undo
 * from the bar that follows the reader to Home or elsewhere). Screens that only show data read it again;
 * the screen that made the change already did. Kept apart from live-changes, whose listeners tell the
 * reader that *another computer* changed something.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

/** Calls `listener` after each such change, until the calling component goes. */
export function onLocalChange(listener: Listener): void {
  listeners.add(listener);
  if (getOwner()) onCleanup(() => listeners.delete(listener));
}

/** Says that journal data changed here; every screen showing data catches up. */
export function announceLocalChange(): void {
  for (const listener of [...listeners]) listener();
}
