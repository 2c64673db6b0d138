import { app, BrowserWindow, dialog, screen, session, shell, type Event } from 'electron';
import { join } from 'node:path';
import { isDomainError } from '../core/errors';
import type { Core } from '../core/open-core';
import { APP_ENTRY_URL, APP_ORIGIN, originOf, registerAppScheme, serveRenderer } from './app-protocol';
import { guardClose, type HeldText } from './close-guard';
import { confirmations } from '../core/services/confirm';
import type { Platform } from '../core/services/platform';
import { openMendFolder, type ComposeOptions, type DataLock } from './compose';
import { IPC } from '../core/api/ipc-channels';
import { askAboutMissingFolder, askAboutUnsaved, tellMoveFailed } from './dialogs';
import { createInFlight, DRAIN_TIMEOUT_MS, type InFlight } from './in-flight';
import { createFlushRequester, createFrameTrust, registerIpc, type RequestFlush } from './ipc';
import { settleDataFolder } from './data-folder-start';
import { electronFolderChooser } from './folder-chooser';
import { relaunchOptions } from './relaunch';
import { createElectronPlatform } from './platform';
import { startReminders } from './reminders';
import { installSessionGuards } from './session-guards';
import { loadDeviceIdentity, type DeviceIdentity } from './storage/device-identity';
import { createMainWindow } from './window';
import { installApplicationMenu, isDevelopment, openNewPerson } from './menu';
import { createErrorLog, type ErrorLog } from './error-log';
import { watchForProblems, watchMainErrors } from './problem-dialog';
import { createSpelling } from './spellcheck';
import { APP_ID, USER_DATA_FOLDER } from './identity';

/** The built renderer, next to the built main bundle (out/main → out/renderer). */
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type Env = Readonly<Record<string, string | undefined>>;

/** What the running app holds, in one place, so 'will-quit' and 'second-instance' can reach it. */
interface AppState {
  window: BrowserWindow | null;
  lock: DataLock | null;
  /** The renderer's calls main is still working on; 'will-quit' waits for them. */
  inFlight: InFlight;
  /** A quit (menu, Cmd+Q) paused while the window saves; finished once the window has closed. */
  quitRequested: boolean;
  /** 'will-quit' drains in-flight saves and releases the lock once ('running'), then lets quitting end. */
  shutdown: 'idle' | 'running' | 'done';
  log: ErrorLog | null;
  /** Set once the folder is open: what a quit with no window needs to ask about text held across a lock. */
  held: { core: Core; platform: Platform; cleared: boolean } | null;
  /**
   * A restart on another folder (Settings → Use another folder…): Mend relaunches once the quit has
   * gone through; a quit the person stops takes the choice back (`undo`) and tells the page.
   */
  restart: { undo: () => Promise<void>; stopping: boolean } | null;
}

/**
 * The quit a restart waited for was stopped: the choice is taken back and the page told, so it offers
 * the button again; a quit from now on does not relaunch. If the choice cannot be taken back, the page
 * says the switch waits for the next start.
 */
function stopRestart(state: AppState): void {
  const restart = state.restart;
  if (restart === null || restart.stopping) return;
  restart.stopping = true;
  void restart.undo().then(
    () => told(state, { choiceKept: false }),
    (error: unknown) => {
      state.log?.record('folder choice not taken back', error);
      told(state, { choiceKept: true });
    },
  );
}

function told(state: AppState, payload: { choiceKept: boolean }): void {
  // Nobody to tell once a quit has begun meanwhile.
  if (state.shutdown !== 'idle') return;
  state.restart = null;
  const win = state.window;
  if (win !== null && !win.isDestroyed()) win.webContents.send(IPC.EVENT, 'folder-change-stopped', payload);
}

/**
 * electron-vite sets ELECTRON_RENDERER_URL in development. It is honoured only when unpackaged and on
 * loopback: an environment variable must never be able to point an installed Mend at another page.
 */
export function devServerUrl(env: Env, isPackaged: boolean): string | null {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !raw) return null;
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  return LOOPBACK_HOSTS.has(url.hostname) ? url.href : null;
}

function focusWindow(win: BrowserWindow | null): void {
  if (win === null || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

/** The folder's lock and core, or null after telling the user another Mend has the folder, or a newer one set it up (and quitting). */
async function openDataFolder(
  dataFolder: string,
  platform: ReturnType<typeof createElectronPlatform>,
  device: DeviceIdentity,
  onEvent: NonNullable<ComposeOptions['onEvent']>,
): Promise<{ core: Core; lock: DataLock } | null> {
  try {
    const userDataDir = app.getPath('userData');
    return await openMendFolder({
      dataFolder,
      platform,
      userDataDir,
      // This computer's identity lives in user-data, never in the (possibly synced) data folder.
      device,
      // Another computer's changes (through a synced folder) show within about a second.
      watch: { everyMs: 1000, later: (run, ms) => void setTimeout(run, ms).unref() },
      // ...and the page on screen is told, so it reads them again.
      onEvent,
    });
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'conflict') throw error;
    dialog.showErrorBox(error.detail?.['folderFormat'] !== undefined ? 'Mend needs an update' : 'Mend is already open', error.message);
    app.quit();
    return null;
  }
}

/** What closing needs beyond the window: the core (text held across a lock) and the platform's dialog. */
interface CloseNeeds {
  requestFlush: RequestFlush;
  core: Core;
  platform: Platform;
}

/**
 * Text held across a lock lives in main's memory: closing the window loses it only when Mend quits
 * (not on macOS, where Mend keeps running without a window, unless a quit is under way).
 */
function askBeforeLosingHeld(state: AppState, platform: Platform): (held: HeldText) => Promise<boolean> {
  return async (held) => {
    if (process.platform === 'darwin' && !state.quitRequested) return true;
    const lose = await platform.confirm(confirmations.quitLosingHeld(held));
    // Asked once: the quit that follows the window's close does not ask again.
    if (lose && state.held) state.held.cleared = true;
    return lose;
  };
}

/** The window closes only after its page has saved everything typed (or the person chose to quit anyway). */
function guardWindow(win: BrowserWindow, needs: CloseNeeds, state: AppState): void {
  guardClose(win, {
    requestFlush: (timeoutMs) => needs.requestFlush(win.webContents, timeoutMs),
    ask: (problem) => askAboutUnsaved(win, problem),
    keepHeld: () => needs.core.keepHeld(),
    loseHeld: askBeforeLosingHeld(state, needs.platform),
    keptOpen: () => {
      state.quitRequested = false;
      stopRestart(state);
    },
    closing: () => {
      // A quit paused by the guard goes on once the last window has closed (also on macOS).
      if (state.quitRequested) win.once('closed', () => app.quit());
    },
  });
}

/** Everything after 'ready': lock the folder, open the core, wire IPC and the window. */
export async function openMend(env: Env, state: AppState): Promise<void> {
  const devUrl = devServerUrl(env, app.isPackaged);
  const dataFolder = await settleDataFolder({ env, userDataDir: app.getPath('userData'), askMissing: askAboutMissingFolder, tellMoveFailed });
  if (dataFolder === null) {
    app.quit();
    return;
  }
  const spelling = createSpelling({
    userDataDir: app.getPath('userData'),
    platform: process.platform,
    forceOn: env['MEND_SPELLCHECK'] === '1',
    apply: (enabled) => session.defaultSession.setSpellCheckerEnabled(enabled),
  });
  // This computer's identity lives in user-data, never in the (possibly synced) data folder; its own
  // state in the folder (backup settings among it) is named by its id.
  const device = await loadDeviceIdentity(app.getPath('userData'));
  const folders = electronFolderChooser({
    dataFolder,
    deviceId: device.id,
    userDataDir: app.getPath('userData'),
    setAtStart: Boolean(env['MEND_DATA_DIR']?.trim()),
    restart: (undo) => {
      state.restart = { undo, stopping: false };
      app.quit();
    },
  });
  const platform = createElectronPlatform({ dataFolder, deviceId: device.id }, spelling, folders);
  const opened = await openDataFolder(dataFolder, platform, device, (kind, payload) => {
    const win = state.window;
    if (win !== null && !win.isDestroyed()) win.webContents.send(IPC.EVENT, kind, payload);
  });
  if (opened === null) return;
  state.lock = opened.lock;
  const core = opened.core;
  state.held = { core, platform, cleared: false };
  const devOrigin = devUrl === null ? null : originOf(devUrl);
  const origins = devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin];
  const trust = createFrameTrust(origins);
  registerIpc(core, trust, state.inFlight);
  const requestFlush = createFlushRequester(trust);
  installSessionGuards(session.defaultSession, devUrl);
  await spelling.start();
  serveRenderer(RENDERER_DIR);
  const log = state.log ?? createErrorLog(app.getPath('userData'));
  installApplicationMenu(isDevelopment(env, devUrl !== null), {
    newPerson: () => openNewPerson(state.window),
    showLogFolder: () => void shell.openPath(log.folder),
  });
  const open = (): void => {
    state.window = createMainWindow({
      url: devUrl ?? APP_ENTRY_URL,
      allowedOrigins: origins,
      state: { file: join(app.getPath('userData'), 'window-state.json'), workAreas: () => screen.getAllDisplays().map((d) => d.workArea) },
    });
    guardWindow(state.window, { requestFlush, core, platform }, state);
    watchForProblems(state.window, log);
  };
  open();
  // Desktop reminders while Mend runs: commitments falling due, checks that are due.
  startReminders(core, platform);
  // macOS keeps the app running with no window; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
}

function failStart(error: unknown): void {
  // Only a DomainError's message is known to be fit to show (and free of journal text).
  const message = isDomainError(error)
    ? error.message
    : 'Something unexpected stopped Mend from opening your journal folder. Please try again.';
  dialog.showErrorBox('Mend could not start', message);
  app.quit();
}

/**
 * 'will-quit': the windows are gone, but saves they asked for may still be running in main. Wait for
 * them (bounded), then let go of the folder, then quit for real. Releasing first would let another
 * Mend open the folder under a save still being written; quitting first would cut the save off.
 */
function drainReleaseThenQuit(event: Event, state: AppState): void {
  if (state.shutdown === 'done') return;
  // Any quit asked for while draining (a second app.quit) waits for the same drain.
  event.preventDefault();
  if (state.shutdown === 'running') return;
  state.shutdown = 'running';
  const lock = state.lock;
  state.lock = null;
  const quit = (): void => {
    state.shutdown = 'done';
    // Only now that nothing can stop the quit: Electron offers no way to take a relaunch back.
    // A restart the person stopped (and then quit anyway) is not one: Mend just quits.
    if (state.restart !== null && !state.restart.stopping) app.relaunch(relaunchOptions(process.env, app.isPackaged, process.argv));
    app.quit();
  };
  // Quitting must not hang on the lock file; if removing it fails, the next start sees a lock whose
  // process is gone, which data-lock is responsible for recognising.
  const release = async (): Promise<void> => lock?.release();
  void state.inFlight.drain(DRAIN_TIMEOUT_MS).then(release).then(quit, quit);
}

/**
 * A quit with no window (macOS keeps Mend running without one) has no close guard to ask about text
 * held across a lock: it is paused here, the text stored as drafts where it can be, and else asked about.
 */
function holdQuitForHeldText(event: Event, state: AppState): void {
  const held = state.held;
  if (held === null || held.cleared) return;
  event.preventDefault();
  const ask = askBeforeLosingHeld(state, held.platform);
  void held.core
    .keepHeld()
    .then((text) => text.labels.length === 0 || ask(text))
    .catch(() => false)
    .then((quit) => {
      if (!quit) {
        state.quitRequested = false;
        stopRestart(state);
        return;
      }
      held.cleared = true;
      app.quit();
    });
}

/**
 * The whole lifecycle. The steps before 'ready' (single-instance lock, sandbox, scheme privileges)
 * only work if they run before Electron finishes starting, so this runs when the module loads.
 */
export function startMend(env: Env): Promise<void> {
  // First: the single-instance lock lives in user data too.
  app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER));
  if (!app.requestSingleInstanceLock()) {
    // Another Mend is running; it is told through 'second-instance' and brings its window forward.
    app.quit();
    return Promise.resolve();
  }
  app.enableSandbox();
  // Unpackaged, Windows shows notifications only for an id with a Start-menu shortcut: Electron's own
  // executable has one (npm start); the installer creates one for APP_ID.
  app.setAppUserModelId(app.isPackaged ? APP_ID : process.execPath);
  registerAppScheme();
  const log = createErrorLog(app.getPath('userData'));
  const state: AppState = { window: null, lock: null, inFlight: createInFlight(), quitRequested: false, shutdown: 'idle', log, held: null, restart: null };
  watchMainErrors(log, () => state.window);
  app.on('second-instance', () => focusWindow(state.window));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    state.quitRequested = true;
    // Only macOS runs on without a window; elsewhere the last window's close guard has already asked.
    if (process.platform === 'darwin' && BrowserWindow.getAllWindows().length === 0) holdQuitForHeldText(event, state);
  });
  app.on('will-quit', (event) => drainReleaseThenQuit(event, state));
  return app
    .whenReady()
    .then(() => openMend(env, state))
    .catch(failStart);
}

/** Exported so tests can wait for start-up to finish. */
export const started: Promise<void> = startMend(process.env);
