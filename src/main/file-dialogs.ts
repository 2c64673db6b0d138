import { app, BrowserWindow, dialog, type OpenDialogOptions } from 'electron';

/**
 * The system's own pickers for exports and imports. Attached to Mend's window when it has focus, so
 * the picker is modal to it. Only a path comes back; nothing is read or written here.
 */
async function pick(picker: OpenDialogOptions): Promise<string | null> {
  // Pickers open in Documents, where people keep their files (not Downloads, Chromium's guess).
  const options: OpenDialogOptions = { defaultPath: app.getPath('documents'), ...picker };
  const win = BrowserWindow.getFocusedWindow();
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export function chooseExportFolder(): Promise<string | null> {
  return pick({
    title: 'Choose a folder for the export',
    buttonLabel: 'Export here',
    properties: ['openDirectory', 'createDirectory'],
  });
}

export function chooseImportFile(): Promise<string | null> {
  return pick({
    title: 'Choose a Mend backup to import',
    buttonLabel: 'Check this backup',
    properties: ['openFile'],
    filters: [
      { name: 'Mend backup', extensions: ['json'] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
}

export function chooseDataFolder(): Promise<string | null> {
  return pick({
    title: 'Choose where Mend keeps your journal',
    buttonLabel: 'Use this folder',
    properties: ['openDirectory', 'createDirectory'],
  });
}
