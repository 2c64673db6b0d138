import { dialog, type BrowserWindow } from 'electron';
import type { CloseChoice } from './close-guard';
import type { FlushReport } from '../core/api/bridge';

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
