/**
 * A stand-in for the `electron` module, for tests only: it runs the BUILT main bundle
 * (out/main/index.js) in Node and the real renderer in Chromium (through Playwright), and enforces
 * the Electron rules Mend depends on. Each rule cites the Electron 45 documentation it models
 * (node_modules/electron/electron.d.ts, generated from https://www.electronjs.org/docs/latest/api/).
 * It does not replace real Electron: tests/electron/ runs the real binary wherever one exists.
 *
 * Loaded by: node --import ./tests/shell/stand-in/register.mjs out/main/index.js (the launcher
 * passes this file pre-compiled in STANDIN_ELECTRON; by hand, add `--import tsx` first)
 */
import { app, startReadyWhenScriptHasRun } from './app';
import { appMenu, clickMenuItem, describeMenu, dialog, lastNotification, Menu, nativeTheme, Notification, screen, shell } from './desktop';
import { ipcMain, protocol, session, spellState } from './ipc-and-protocol';
import { onOp } from './runtime';
import { BrowserWindow, firstWindow } from './windows';
import { installDriver } from './driver';

export { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, Notification, protocol, screen, session, shell };
export const MenuItem = class {};
export const crashReporter = { start: () => undefined };
export default { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, Notification, protocol, screen, session, shell };

installDriver({
  firstWindow,
  app,
  appMenu: () => describeMenu(appMenu()?.template ?? []),
  clickMenu: (label) => clickMenuItem(appMenu()?.template ?? [], label),
  lastNotification,
  spellState,
});
onOp('ping', () => 'pong');
startReadyWhenScriptHasRun();
