import { BrowserWindow, dialog } from 'electron';
import type { CloseChoice } from './close-guard';
import type { FlushReport } from '../core/api/bridge';
import type { ConfirmRequest } from '../core/services/confirm';
import type { FolderTrouble } from './data-folder-start';

/**
 * platform.confirm: main's own question, in a native dialog modal to Mend's window, that the page can
 * neither draw nor answer. Cancel is the default button, so Enter or Escape never goes ahead.
 */
export async function confirmNatively(request: ConfirmRequest): Promise<boolean> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
  const options = {
    type: 'question' as const,
    title: 'Mend',
    message: request.message,
    detail: request.detail,
    buttons: [request.confirmLabel, request.cancelLabel ?? 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const result = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return result.response === 0;
}

/** Names what may be lost, from the page's text-free labels; never journal text. */
function whatMayBeLost(report: FlushReport | null): string {
  const labels = report?.unsaved ?? [];
  return labels.length === 0 ? 'what you typed in the last few seconds' : labels.join('; ');
}

async function choose(win: BrowserWindow | null, message: string, detail: string, buttons: string[]): Promise<number> {
  const options = { type: 'warning' as const, title: 'Mend', message, detail, buttons, defaultId: 0, cancelId: 0, noLink: true };
  const result = win && !win.isDestroyed() ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return result.response;
}

/** Asked when the window is closing and the page has not confirmed that everything typed is saved. */
export async function askAboutUnsaved(
  win: BrowserWindow | null,
  problem: { kind: 'timeout' } | { kind: 'failed'; report: FlushReport },
): Promise<CloseChoice> {
  if (problem.kind === 'timeout') {
    const response = await choose(
      win,
      'Mend is still saving',
      `This may not be saved yet: ${whatMayBeLost(null)}. Wait a few more seconds, or quit now and lose it.`,
      ['Wait', 'Quit anyway'],
    );
    return response === 1 ? 'quit-anyway' : 'wait';
  }
  const response = await choose(
    win,
    'Some of what you typed is not saved',
    `Not saved: ${whatMayBeLost(problem.report)}. Keep Mend open to try again or copy it somewhere safe, or quit and lose it.`,
    ['Keep Mend open', 'Quit anyway'],
  );
  return response === 1 ? 'quit-anyway' : 'keep-open';
}

/** At start, before any window: the folder chosen in Settings cannot be opened. Never creates it. */
export async function askAboutMissingFolder(folder: string, trouble: FolderTrouble): Promise<'retry' | 'own' | 'quit'> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Mend',
    message: trouble === 'missing' ? 'Mend cannot find your journal folder' : 'Mend is not allowed to open your journal folder',
    detail:
      trouble === 'missing'
        ? `${folder}\n\nIf it is on a drive, connect it; if a sync tool keeps it, start that first. Then try again. Mend's own folder holds the journal you had before choosing this one, if any; opening it this time keeps your choice for next time.`
        : `${folder}\n\nYour computer has not let Mend open it. On a Mac: System Settings → Privacy & Security → Files and Folders, then allow Mend. Then try again.`,
    buttons: ['Try again', "Open Mend's own folder this time", 'Quit'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return response === 0 ? 'retry' : response === 1 ? 'own' : 'quit';
}

/** At start: a move to another folder could not finish; the journal opens where it was, unchanged. */
export async function tellMoveFailed(from: string, to: string, reason: string): Promise<void> {
  await dialog.showMessageBox({
    type: 'warning',
    title: 'Mend',
    message: 'Your journal stays where it was',
    detail: `Mend could not move your journal to ${to}. ${reason}\n\nIt opens in ${from}, as it was: nothing there was changed. You can choose a folder again in Settings.`,
    buttons: ['OK'],
    noLink: true,
  });
}
