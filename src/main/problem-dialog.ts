import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { ErrorLog } from './error-log';

let showing = false;

/**
 * "Mend hit a problem": instead of a dead or frozen window, the person can reload the window (what
 * was saved is safe), quit, or open the log folder to send it to someone who helps them.
 */
export async function showProblem(win: BrowserWindow | null, log: ErrorLog, event: string, error?: unknown): Promise<void> {
  log.record(event, error);
  if (showing) return;
  showing = true;
  try {
    const options = {
      type: 'error' as const,
      title: 'Mend',
      message: 'Mend hit a problem',
      detail: 'Everything Mend confirmed as saved is safe on disk. Reload the window to carry on, or quit.',
      buttons: ['Reload', 'Quit', 'Show the Log Folder'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    };
    const usable = win !== null && !win.isDestroyed();
    const { response } = usable ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    if (response === 0 && usable) win.webContents.reload();
    if (response === 1) app.quit();
    if (response === 2) void shell.openPath(log.folder);
  } finally {
    showing = false;
  }
}

/** The window's renderer crashing or hanging, and main's own uncaught errors, all lead to the dialog. */
export function watchForProblems(win: BrowserWindow, log: ErrorLog): void {
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') void showProblem(win, log, `renderer-${details.reason}`);
  });
  win.on('unresponsive', () => void showProblem(win, log, 'renderer-unresponsive'));
}

export function watchMainErrors(log: ErrorLog, currentWindow: () => BrowserWindow | null): void {
  process.on('uncaughtException', (error) => void showProblem(currentWindow(), log, 'main-uncaught', error));
  process.on('unhandledRejection', (error) => void showProblem(currentWindow(), log, 'main-unhandled', error));
}
