import { BrowserWindow, nativeTheme, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { join } from 'node:path';
import { originOf } from './app-protocol';
import { installContextMenu } from './context-menu';
import { placeOnScreen, readWindowState, writeWindowState, type Rect } from './window-state';

// Paths are relative to the built main bundle (out/main/index.js). electron-vite already defines
// __dirname in that bundle, so import.meta.dirname is used directly and nothing is redeclared.
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const ICON_PATH = join(import.meta.dirname, '../../resources/icon.png');

/** Shown anyway after this long without 'ready-to-show' (some Wayland compositors never send it). */
export const SHOW_FALLBACK_MS = 3_000;
const MIN_SIZE = { width: 640, height: 560 };

/** Matches the renderer's page background so the window never flashes white in dark mode, or black in light. */
export const BACKGROUND = { light: '#f7f5f0', dark: '#1b1f21' } as const;

const themeBackground = (): string => (nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light);

export function mainWindowOptions(preloadPath = PRELOAD_PATH, iconPath = ICON_PATH): BrowserWindowConstructorOptions {
  return {
    title: 'Mend',
    width: 1100,
    height: 760,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
  /** Where the window's size and position are remembered (user data), and the screens it may go on. */
  state?: { file: string; workAreas: () => Rect[] };
}

/** The saved size and place, kept on a screen that exists; maximised again if it was. */
function restoreState(win: BrowserWindow, state: NonNullable<MainWindowOptions['state']>): void {
  const saved = readWindowState(state.file);
  if (saved !== null) {
    win.setBounds(placeOnScreen(saved.bounds, state.workAreas(), MIN_SIZE));
    if (saved.maximized) win.maximize();
  }
  win.on('close', () => {
    if (!win.isDestroyed()) writeWindowState(state.file, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(opts.preloadPath, opts.iconPath));
  installNavigationGuards(win.webContents, opts.allowedOrigins);
  installContextMenu(win);
  if (opts.state) restoreState(win, opts.state);
  const showOnce = (): void => {
    clearTimeout(fallback);
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  };
  // 'ready-to-show' avoids a flash of an empty window; the timer makes sure the window appears anyway.
  const fallback = setTimeout(showOnce, SHOW_FALLBACK_MS);
  win.once('ready-to-show', showOnce);
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
