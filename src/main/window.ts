import {
  BrowserWindow,
  Menu,
  nativeTheme,
  type BrowserWindowConstructorOptions,
  type MenuItemConstructorOptions,
  type WebContents,
} from 'electron';
import { join } from 'node:path';
import { originOf } from './app-protocol';

// Paths are relative to the built main bundle (out/main/index.js). electron-vite already defines
// __dirname in that bundle, so import.meta.dirname is used directly and nothing is redeclared.
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const ICON_PATH = join(import.meta.dirname, '../../resources/icon.png');

/** Matches the renderer's page background so the window never flashes white in dark mode, or black in light. */
export const BACKGROUND = { light: '#f7f5f0', dark: '#1b1f21' } as const;

const themeBackground = (): string => (nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light);

export function mainWindowOptions(preloadPath = PRELOAD_PATH, iconPath = ICON_PATH): BrowserWindowConstructorOptions {
  return {
    title: 'Mend',
    width: 1100,
    height: 760,
    minWidth: 760,
    minHeight: 560,
    // Shown on 'ready-to-show' so the first thing the user sees is a painted page.
    show: false,
    backgroundColor: themeBackground(),
    icon: iconPath,
    webPreferences: {
      preload: preloadPath,
      // The renderer is treated as untrusted: it reaches main only through the preload's one invoke().
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}

/** True only for URLs whose origin is one of the app's own (app://mend, or the dev server in dev). */
export function isAllowedNavigation(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/**
 * The window only ever shows the app itself. Links are opened by the renderer asking main
 * (platform.openExternal, after the user confirms), never by navigating or window.open.
 */
export function installNavigationGuards(contents: WebContents, allowedOrigins: readonly string[]): void {
  const guard = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url, allowedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface MainWindowOptions {
  /** app://mend/index.html, or the dev server's URL in development. */
  url: string;
  allowedOrigins: readonly string[];
  preloadPath?: string;
  iconPath?: string;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(opts.preloadPath, opts.iconPath));
  installNavigationGuards(win.webContents, opts.allowedOrigins);
  win.once('ready-to-show', () => win.show());
  const followTheme = (): void => {
    if (!win.isDestroyed()) win.setBackgroundColor(themeBackground());
  };
  nativeTheme.on('updated', followTheme);
  win.on('closed', () => nativeTheme.off('updated', followTheme));
  win.loadURL(opts.url).catch(() => {
    // A failed load never fires 'ready-to-show'; show Chromium's error page rather than an invisible app.
    if (!win.isDestroyed()) win.show();
  });
  return win;
}

/** Edit (copy/paste and their shortcuts need it), zoom for readability, devtools only in development. */
export function applicationMenuTemplate(isMac: boolean, isDev: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (isDev) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}

export function installApplicationMenu(isDev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform === 'darwin', isDev)));
}
