import type { Result } from './result';

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
}
