import type { Result } from './result';
import type { KeyringChange } from '../model/security';

/**
 * What the renderer is told after it was asked to save everything typed (the window is closing, the
 * app is quitting, or Mend is about to lock). Counts only: it crosses to main, and journal text never
 * leaves the page this way.
 */
export interface FlushReport {
  /** Pending saves that reached the journal (durably) during this flush. */
  readonly saved: number;
  /** Pending saves that failed (disk full, refused input); their text is still on screen. */
  readonly failed: number;
  /** Short, text-free labels of what is not saved ("the trust check for one person"), for main's dialog. */
  readonly unsaved: readonly string[];
}

/**
 * What main tells the page without being asked, by kind. Ids only: journal text never travels this way.
 * `journal-changed`: another computer's changes to this person's journal were merged in (or the person
 * was removed there); a screen showing it reads it again.
 * `security-changed`: another computer changed the folder's keyring (encryption on or off, a new
 * passphrase, the idle time), or words sealed with the passphrase from before encryption went off were
 * found or opened (`sealed-leftovers`); the page asks for the status again, and locks if Mend has locked.
 */
export interface MendEvents {
  'journal-changed': { relationshipId: string };
  'security-changed': { change: KeyringChange | 'sealed-leftovers' };
  /**
   * Mend came upon something in the folder it could not read and left out, or a computer's clock badly
   * wrong (Settings → Computers lists it).
   */
  'read-problem': { leftOut: boolean };
  /**
   * The restart Settings → "Use another folder…" asked for did not happen: the person kept Mend open
   * (words not saved yet). The choice was taken back (`choiceKept`: it could not be, so the next start
   * still opens that folder); the page says so and offers the button again.
   */
  'folder-change-stopped': { choiceKept: boolean };
}
export type MendEventKind = keyof MendEvents;
export const MEND_EVENT_KINDS: readonly MendEventKind[] = ['journal-changed', 'security-changed', 'read-problem', 'folder-change-stopped'];

/**
 * The renderer's whole view of the outside world, exposed by the preload as `window.mend` (and by the
 * end-to-end harness and the Electron stand-in the same way).
 */
export interface MendBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Main asks the page to save everything typed before the window closes or the app quits, and waits
   * (bounded) for the report. The page registers one handler at start-up; a later call replaces it.
   * Optional so a bridge without a shell (an older harness) still works.
   */
  onFlushRequest?(handler: () => Promise<FlushReport>): void;
  /**
   * Main's news for the page (see MendEvents). The page registers one handler at start-up; a later call
   * replaces it. Optional, as onFlushRequest is.
   */
  onEvent?(handler: (kind: string, payload: unknown) => void): void;
}
