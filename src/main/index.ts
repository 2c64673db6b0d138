import { app, BrowserWindow, dialog, session, type Event } from 'electron';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { isDomainError } from '../core/errors';
import { openCore } from '../core/open-core';
import { APP_ENTRY_URL, APP_ORIGIN, originOf, registerAppScheme, serveRenderer } from './app-protocol';
import { createFrameTrust, registerIpc } from './ipc';
import { resolveDataFolder } from './paths';
import { createElectronPlatform } from './platform';
import { startReminders } from './reminders';
import { installSessionGuards } from './session-guards';
import { acquireDataLock } from './storage/data-lock';
import { createNodeFileStore } from './storage/node-file-store';
import { loadDeviceIdentity } from './storage/device-identity';
import { backupPolicyFor } from './backup-settings';
import { createNodeVault } from './storage/node-vault';
import { createMainWindow, installApplicationMenu } from './window';

/** The built renderer, next to the built main bundle (out/main → out/renderer). */
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type Env = Readonly<Record<string, string | undefined>>;
type DataLock = Awaited<ReturnType<typeof acquireDataLock>>;

/** What the running app holds, in one place, so 'will-quit' and 'second-instance' can reach it. */
interface AppState {
  window: BrowserWindow | null;
  lock: DataLock | null;
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

/** The data-folder lock, or null after telling the user another Mend has the folder (and quitting). */
async function lockDataFolder(dataFolder: string): Promise<DataLock | null> {
  try {
    return await acquireDataLock(dataFolder);
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'conflict') throw error;
    dialog.showErrorBox('Mend is already open', error.message);
    app.quit();
    return null;
  }
}

/** Everything after 'ready': lock the folder, open the core, wire IPC and the window. */
export async function openMend(env: Env, state: AppState): Promise<void> {
  const devUrl = devServerUrl(env, app.isPackaged);
  const dataFolder = resolveDataFolder(env, app.getPath('userData'));
  const lock = await lockDataFolder(dataFolder);
  if (lock === null) return;
  state.lock = lock;
  const platform = createElectronPlatform(dataFolder);
  const core = await openCore({
    files: createNodeFileStore(dataFolder, { backups: await backupPolicyFor(dataFolder) }),
    // This computer's identity lives in user-data, never in the (possibly synced) data folder.
    device: await loadDeviceIdentity(app.getPath('userData')),
    // Another computer's changes (through a synced folder) show within about a second.
    watch: { everyMs: 1000, later: (run, ms) => void setTimeout(run, ms).unref() },
    platform,
    newId: () => randomUUID(),
    now: () => new Date(),
    vault: createNodeVault(dataFolder),
  });
  const devOrigin = devUrl === null ? null : originOf(devUrl);
  const origins = devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin];
  registerIpc(core, createFrameTrust(origins));
  installSessionGuards(session.defaultSession, devUrl);
  serveRenderer(RENDERER_DIR);
  installApplicationMenu(!app.isPackaged);
  const open = (): void => {
    state.window = createMainWindow({ url: devUrl ?? APP_ENTRY_URL, allowedOrigins: origins });
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

function releaseLockThenQuit(event: Event, state: AppState): void {
  const lock = state.lock;
  if (lock === null) return;
  state.lock = null;
  event.preventDefault();
  const quit = (): void => app.quit();
  // Quitting must not hang on the lock file; if removing it fails, the next start sees a lock whose
  // process is gone, which data-lock is responsible for recognising.
  void lock.release().then(quit, quit);
}

/**
 * The whole lifecycle. The steps before 'ready' (single-instance lock, sandbox, scheme privileges)
 * only work if they run before Electron finishes starting, so this runs when the module loads.
 */
export function startMend(env: Env): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    // Another Mend is running; it is told through 'second-instance' and brings its window forward.
    app.quit();
    return Promise.resolve();
  }
  app.enableSandbox();
  app.setAppUserModelId('app.mend');
  registerAppScheme();
  const state: AppState = { window: null, lock: null };
  app.on('second-instance', () => focusWindow(state.window));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => releaseLockThenQuit(event, state));
  return app
    .whenReady()
    .then(() => openMend(env, state))
    .catch(failStart);
}

/** Exported so tests can wait for start-up to finish. */
export const started: Promise<void> = startMend(process.env);
