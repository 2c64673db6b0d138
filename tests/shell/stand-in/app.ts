/**
 * `app`: ready, paths, the single-instance lock and the quit sequence, as Electron 45 documents them.
 * Quotes are from node_modules/electron/electron.d.ts (45.4.1).
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV, StandInRuleError, becomeReady, isReady, logStep, requireBeforeReady, requireReady } from './runtime';
import { acquireSingleInstance } from './single-instance';
import { allWindows } from './windows';

/** An Electron Event: preventDefault is the veto every lifecycle event offers. */
export function makeEvent(): { defaultPrevented: boolean; preventDefault(): void } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

const emitter = new EventEmitter();
const paths = new Map<string, string>();
let quitting = false;
let readyPromise: Promise<void> | null = null;

/** Electron names the app after package.json's productName, else its name (app.name). */
function productName(): string {
  const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { name: string; productName?: string };
  return pkg.productName ?? pkg.name;
}

/** "userData: The directory for storing your app's configuration files, which by default is the appData directory appended with your app's name." */
function defaultPath(name: string): string {
  const docs = join(ENV.home, 'Documents');
  const appData = join(ENV.home, '.config');
  const table: Record<string, string> = {
    userData: join(appData, app.name),
    appData,
    home: ENV.home,
    documents: docs,
    downloads: join(ENV.home, 'Downloads'),
    desktop: join(ENV.home, 'Desktop'),
    logs: join(appData, app.name, 'logs'),
    temp: join(ENV.home, 'tmp'),
  };
  const path = table[name];
  if (path === undefined) throw new StandInRuleError(`app.getPath('${name}') is not modelled`);
  return path;
}

/** Runs the quit sequence: before-quit, close every window, will-quit, quit, exit. */
async function quitSequence(): Promise<void> {
  // "The `before-quit` event will be emitted first." (app.quit, d.ts 1666)
  const before = makeEvent();
  logStep('before-quit');
  emitter.emit('before-quit', before);
  if (before.defaultPrevented) return;
  quitting = true;
  // "Try to close all windows … It is possible that a window cancels the quitting" (d.ts 1666-1672).
  for (const win of allWindows()) {
    const closed = await win.closeForQuit();
    if (!closed) {
      quitting = false;
      return;
    }
  }
  // "If all windows are successfully closed, the `will-quit` event will be emitted" (d.ts 1667).
  const willQuit = makeEvent();
  logStep('will-quit');
  emitter.emit('will-quit', willQuit);
  // "Calling `event.preventDefault()` will prevent the default behavior, which is terminating" (d.ts 1081).
  if (willQuit.defaultPrevented) {
    quitting = false;
    return;
  }
  logStep('quit');
  emitter.emit('quit', makeEvent(), 0);
  terminate(0);
}

/** The process ends at once, as Electron's does: work still running in main is cut off here. */
function terminate(code: number): never {
  logStep(`exit ${code}`);
  process.exit(code);
}

export const app = Object.assign(emitter, {
  isPackaged: false,
  name: productName(),
  getName: () => app.name,
  setName: (name: string) => void (app.name = name),
  getVersion: () => '0.1.0',
  commandLine: { appendSwitch: () => undefined, hasSwitch: () => false },
  isReady,
  whenReady(): Promise<void> {
    readyPromise ??= becomeReady().then(() => {
      logStep('ready');
      emitter.emit('ready');
    });
    return readyPromise;
  },
  getPath(name: string): string {
    return paths.get(name) ?? defaultPath(name);
  },
  /** "If you want to change the userData path, call it before the ready event" (setPath's note). */
  setPath(name: string, path: string): void {
    if (name === 'userData') requireBeforeReady("app.setPath('userData')");
    mkdirSync(path, { recursive: true });
    paths.set(name, path);
  },
  /** "This method can only be called before app is ready." (enableSandbox, d.ts ~1245) */
  enableSandbox(): void {
    requireBeforeReady('app.enableSandbox');
  },
  setAppUserModelId(id: string): void {
    logStep(`app-user-model-id ${id}`);
  },
  setAboutPanelOptions: () => undefined,
  requestSingleInstanceLock(): boolean {
    return acquireSingleInstance(app.getPath('userData'), (argv) => {
      // "emitted inside the primary instance … when a second instance has been executed" (d.ts ~820);
      // "guaranteed to be emitted after the `ready` event of `app` gets emitted" (d.ts 825).
      if (isReady()) emitter.emit('second-instance', makeEvent(), argv, process.cwd(), {});
    });
  },
  focus: () => undefined,
  /**
   * "Relaunches the app when the current instance exits. … this method does not quit the app when
   * executed. You have to call `app.quit` or `app.exit` after calling `app.relaunch`" (d.ts 1676-1685).
   * Logged as a step: the test starts the app again once this one has exited (tests/shell/data-folder.spec.ts).
   */
  relaunch(): void {
    logStep('relaunch');
  },
  quit(): void {
    if (quitting) return;
    void quitSequence();
  },
  /** "All windows will be closed immediately without asking the user, and the `before-quit` and `will-quit` events will not be emitted." (d.ts 1253) */
  exit(code = 0): void {
    terminate(code);
  },
  /** Used by windows.ts: a window closing on its own, outside a quit. */
  isQuitting: () => quitting,
});

/**
 * "If you do not subscribe to this event and all windows are closed, the default behavior is to quit
 * the app" (window-all-closed, d.ts 1097); not emitted while quitting through app.quit().
 */
export function lastWindowClosed(): void {
  if (quitting) return;
  logStep('window-all-closed');
  if (emitter.listenerCount('window-all-closed') === 0) app.quit();
  else emitter.emit('window-all-closed');
}

/** Electron starts 'ready' by itself once the main script has run; so does the stand-in. */
export function startReadyWhenScriptHasRun(): void {
  setImmediate(() => void app.whenReady().catch((error: unknown) => {
    process.stderr.write(`stand-in could not start Chromium: ${String(error)}\n`);
    process.exit(70);
  }));
}

export { requireReady };
