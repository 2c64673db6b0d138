import { BrowserWindow, dialog } from 'electron';
import type { CloseChoice } from './close-guard';
import type { FlushReport } from '../core/api/bridge';
import type { ConfirmRequest } from '../core/services/confirm';

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
