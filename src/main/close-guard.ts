import type { FlushReport } from '../core/api/bridge';
import { allSaved } from './flush-report';

/** How long main waits for the page's flush report before asking the person. */
export const FLUSH_TIMEOUT_MS = 4_000;

export type CloseChoice = 'wait' | 'quit-anyway' | 'keep-open';

/** Text held in main's memory only: whether Mend is locked, and text-free labels for it. */
export interface HeldText {
  locked: boolean;
  labels: string[];
}

/** The slice of a BrowserWindow the guard needs (a fake in unit tests, the stand-in, or Electron's). */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuardDeps {
  /** Asks the page to save everything typed; 'timeout' when it did not answer in time. */
  requestFlush(timeoutMs: number): Promise<FlushReport | 'timeout'>;
  /** Tells the person what may not be saved and asks what to do (main's native dialog). */
  ask(problem: { kind: 'timeout' } | { kind: 'failed'; report: FlushReport }): Promise<CloseChoice>;
  /**
   * After the page has saved: stores text main held across a lock as drafts where it can, and names
   * what is still held in memory only (see Core.keepHeld). Left out, there is nothing held to ask about.
   */
  keepHeld?(): Promise<HeldText>;
  /** Asks before that held text is lost; true = quit and lose it. */
  loseHeld?(held: HeldText): Promise<boolean>;
  /** Called once the window may close for good (e.g. to finish a quit that the guard paused). */
  closing?(): void;
  /** Called when the person kept the window open; a pending quit is off. */
  keptOpen?(): void;
  timeoutMs?: number;
}

/**
 * Nothing typed is lost on close (VS Code's lifecycle does the same: the close is vetoed until the
 * window confirms it has saved). On 'close' the window stays open while main asks the page to save;
 * once the page reports everything stored, the window closes. A page that does not answer in time,
 * or whose saves failed, leads to a dialog: wait again, keep Mend open, or quit anyway.
 */
export function guardClose(win: GuardedWindow, deps: CloseGuardDeps): void {
  let cleared = false;
  let settling = false;
  win.on('close', (event) => {
    if (cleared) return;
    event.preventDefault();
    if (settling) return;
    settling = true;
    void settle(deps)
      .then(async (close) => close && (await mayLoseHeld(deps)))
      .then((close) => {
        settling = false;
        if (win.isDestroyed()) return;
        if (!close) {
          deps.keptOpen?.();
          return;
        }
        cleared = true;
        deps.closing?.();
        win.close();
      });
  });
}

/** Flushes until everything is saved or the person chooses; true = close the window. */
async function settle(deps: CloseGuardDeps): Promise<boolean> {
  for (;;) {
    let report: FlushReport | 'timeout';
    try {
      report = await deps.requestFlush(deps.timeoutMs ?? FLUSH_TIMEOUT_MS);
    } catch {
      report = 'timeout';
    }
    if (report !== 'timeout' && allSaved(report)) return true;
    const choice = await deps.ask(report === 'timeout' ? { kind: 'timeout' } : { kind: 'failed', report });
    if (choice === 'quit-anyway') return true;
    if (choice === 'keep-open') return false;
  }
}

/**
 * Text held across a lock lives only in main's memory: quitting would lose it without a word. It is
 * stored as drafts when the journal is open; otherwise the person is asked. True = close the window.
 */
async function mayLoseHeld(deps: CloseGuardDeps): Promise<boolean> {
  if (!deps.keepHeld) return true;
  let held: HeldText;
  try {
    held = await deps.keepHeld();
  } catch {
    held = { locked: true, labels: ['something you typed'] };
  }
  if (held.labels.length === 0) return true;
  try {
    return (await deps.loseHeld?.(held)) ?? false;
  } catch {
    return false;
  }
}
