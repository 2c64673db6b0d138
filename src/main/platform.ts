import { BrowserWindow, Notification, shell } from 'electron';
import { confirmNatively } from './dialogs';
import type { FolderChooser, Platform } from '../core/services/platform';
import { chooseExportFolder, chooseImportFile } from './file-dialogs';
import { readExternalFile, writeExternalFile } from './external-files';
import { readBackupSettings, saveBackupSettings, type SettingsPlace } from './backup-settings';
import type { Spelling } from './spellcheck';

/** Only links a browser or mail client should open; file:, javascript:, custom app schemes are refused. */
const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** Parses and checks a link; throws an Error fit to show when it is not one Mend will open. */
export function checkExternalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('This link is not a web or email address, so Mend will not open it.');
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) {
    throw new Error('Mend only opens web (http, https) and email (mailto) links.');
  }
  // The normalised form is what gets opened, so what was checked is exactly what runs.
  return url.href;
}

/** A click on a notification brings Mend's window forward on the page it is about. */
function openFromNotification(route: string): void {
  const win = BrowserWindow.getAllWindows()[0];
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  // Only app routes (letters, digits, '/', '-'): the hash is set by main, never from journal text.
  if (/^\/[A-Za-z0-9/_-]*$/.test(route)) void win.webContents.executeJavaScript(`location.hash = '#${route}'`).catch(() => undefined);
}

export function createElectronPlatform(place: SettingsPlace, spelling: Spelling, folders: FolderChooser): Platform {
  return {
    dataFolder: place.dataFolder,
    folders,
    chooseExportFolder,
    chooseImportFile,
    writeExternalFile,
    readExternalFile,
    confirm: confirmNatively,
    readBackupSettings: () => readBackupSettings(place),
    saveBackupSettings: (settings) => saveBackupSettings(place, settings),
    readSpelling: () => spelling.read(),
    saveSpelling: (enabled) => spelling.save(enabled),
    async openExternal(url: string): Promise<void> {
      await shell.openExternal(checkExternalUrl(url));
    },
    notify(title: string, body: string, open?: string): void {
      if (!Notification.isSupported()) return;
      try {
        const note = new Notification({ title, body });
        if (open !== undefined) note.on('click', () => openFromNotification(open));
        note.show();
      } catch {
        // Platform.notify must never throw, and a reminder's text must never reach a log:
        // a notification that cannot be shown is dropped; the reminder stays visible in the app.
      }
    },
  };
}
