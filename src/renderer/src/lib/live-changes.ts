import { getOwner, onCleanup } from 'solid-js';
import type { MendBridge, MendEvents } from '../../../core/api/bridge';
import { onLocalChange } from './local-changes';

/**
 * Changes another computer made while Mend is open (main merges them and says which journal). Screens
 * that only show data read it again; forms keep what is typed and may say that the record changed.
 */
type Listener = (relationshipId: string) => void;
const listeners = new Set<Listener>();
/** Told when another computer changed the folder's keyring (encryption on or off, a new passphrase). */
const securityListeners = new Set<() => void>();
/** Told when Mend came upon something in the folder it could not read and left out. */
const readProblemListeners = new Set<(leftOut: boolean) => void>();
/** Told when a restart on another folder was stopped (the person kept Mend open). */
const folderStoppedListeners = new Set<(choiceKept: boolean) => void>();
let started = false;

/** Registers with the bridge once; news of any other kind is ignored. */
function start(): void {
  if (started) return;
  started = true;
  (window as { mend?: MendBridge }).mend?.onEvent?.((kind, payload) => {
    if (kind === 'security-changed') for (const listener of [...securityListeners]) listener();
    if (kind === 'folder-change-stopped') {
      const choiceKept = (payload as Partial<MendEvents['folder-change-stopped']> | null)?.choiceKept === true;
      for (const listener of [...folderStoppedListeners]) listener(choiceKept);
    }
    if (kind === 'read-problem') {
      const leftOut = (payload as Partial<MendEvents['read-problem']> | null)?.leftOut !== false;
      for (const listener of [...readProblemListeners]) listener(leftOut);
    }
    if (kind !== 'journal-changed') return;
    const { relationshipId } = (payload ?? {}) as Partial<MendEvents['journal-changed']>;
    if (typeof relationshipId !== 'string') return;
    for (const listener of [...listeners]) listener(relationshipId);
  });
}

/** Calls `listener` each time another computer changed the folder's keyring, for the page's lifetime. */
export function onSecurityChanged(listener: () => void): void {
  start();
  securityListeners.add(listener);
}

/** Calls `listener` each time Mend came upon something new it could not read, until the calling component goes. */
export function onReadProblem(listener: (leftOut: boolean) => void): void {
  start();
  readProblemListeners.add(listener);
  if (getOwner()) onCleanup(() => readProblemListeners.delete(listener));
}

/** Calls `listener` when a restart on another folder was stopped, until the calling component goes. */
export function onFolderChangeStopped(listener: (choiceKept: boolean) => void): void {
  start();
  folderStoppedListeners.add(listener);
  if (getOwner()) onCleanup(() => folderStoppedListeners.delete(listener));
}

/** Calls `listener` with the id of each journal another computer changed, until the calling component goes. */
export function onJournalChanged(listener: Listener): void {
  start();
  listeners.add(listener);
  if (getOwner()) onCleanup(() => listeners.delete(listener));
}

/**
 * Reads a screen's data again when another computer changed this person's journal, unless a form on
 * the screen is open (`busy`): then the reader is told once, and the screen catches up when the form
 * has closed, so nothing being typed is replaced.
 */
export function refreshOnChange(options: {
  relationshipId: () => string;
  refresh: () => void;
  busy?: () => boolean;
  onWaiting?: () => void;
}): void {
  let waiting: ReturnType<typeof setInterval> | null = null;
  const stopWaiting = () => {
    if (waiting !== null) clearInterval(waiting);
    waiting = null;
  };
  const catchUp = (fromElsewhere: boolean) => {
    if (!options.busy?.()) return options.refresh();
    if (waiting !== null) return;
    if (fromElsewhere) options.onWaiting?.();
    waiting = setInterval(() => {
      if (options.busy?.()) return;
      stopWaiting();
      options.refresh();
    }, 500);
  };
  onJournalChanged((id) => {
    if (id === options.relationshipId()) catchUp(true);
  });
  // An Undo used here may belong to an earlier visit to this screen, whose own refresh is gone.
  onLocalChange(() => catchUp(false));
  if (getOwner()) onCleanup(stopWaiting);
}
