import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fake `electron` with just the calls the lifecycle makes, recording app events so tests can fire them. */
const fx = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  const app = {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    setAppUserModelId: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((name: string) => (name === 'appData' ? '/home/user/.config' : '/home/user/.config/mend')),
    setPath: vi.fn(),
    quit: vi.fn(),
    on: vi.fn((name: string, fn: (...args: unknown[]) => void) => handlers.set(name, fn)),
  };
  const window = {
    isDestroyed: () => false,
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    focus: vi.fn(),
    on: vi.fn(),
    once: vi.fn(),
    webContents: { send: vi.fn() },
  };
  return {
    handlers,
    app,
    window,
    lock: { release: vi.fn(() => Promise.resolve()) },
    core: { call: vi.fn() },
    electron: {
      app,
      dialog: { showErrorBox: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
          setSpellCheckerEnabled: vi.fn(),
        },
      },
      BrowserWindow: { getAllWindows: vi.fn(() => []) },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      ipcMain: { handle: vi.fn(), on: vi.fn() },
      shell: { openExternal: vi.fn(), openPath: vi.fn() },
      screen: { getAllDisplays: () => [] },
      Notification: { isSupported: () => false },
    },
  };
});

vi.mock('electron', () => fx.electron);
vi.mock('../../../src/main/storage/data-lock', () => ({ LOCK_FILE: 'mend.lock', acquireDataLock: vi.fn(() => Promise.resolve(fx.lock)) }));
vi.mock('../../../src/main/storage/folder-format', () => ({ FOLDER_FILE: 'mend-folder.json', refuseNewerFolder: vi.fn(() => Promise.resolve({ unmarked: false })), markFolderFormat: vi.fn(() => Promise.resolve()) }));
vi.mock('../../../src/main/storage/node-file-store', () => ({ createNodeFileStore: vi.fn((root: string) => ({ root })) }));
vi.mock('../../../src/core/open-core', () => ({ openCore: vi.fn(() => Promise.resolve(fx.core)) }));
vi.mock('../../../src/main/window', () => ({ createMainWindow: vi.fn(() => fx.window) }));
vi.mock('../../../src/main/menu', async (actual) => ({ ...(await actual<object>()), installApplicationMenu: vi.fn() }));
vi.mock('../../../src/main/problem-dialog', () => ({ watchForProblems: vi.fn(), watchMainErrors: vi.fn() }));
// The real reads, watched: main reads the backup policy once and hands the same to both its users.
vi.mock('../../../src/main/backup-settings', async (actual) => {
  const real = await actual<typeof BackupSettingsModule>();
  return { ...real, backupPolicyFor: vi.fn(real.backupPolicyFor) };
});
vi.mock('../../../src/main/storage/damaged-pruner', async (actual) => {
  const real = await actual<typeof DamagedPrunerModule>();
  return { ...real, pruneDamaged: vi.fn(real.pruneDamaged) };
});

import { openCore } from '../../../src/core/open-core';
import type * as MainModule from '../../../src/main/index';
import type * as BackupSettingsModule from '../../../src/main/backup-settings';
import type * as DamagedPrunerModule from '../../../src/main/storage/damaged-pruner';
import { acquireDataLock } from '../../../src/main/storage/data-lock';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createMainWindow } from '../../../src/main/window';
import { installApplicationMenu } from '../../../src/main/menu';
import { backupPolicyFor } from '../../../src/main/backup-settings';
import { pruneDamaged } from '../../../src/main/storage/damaged-pruner';

const savedEnv = { ...process.env };

/**
 * Loads src/main/index.ts afresh (it starts itself on load) and waits for start-up to finish.
 * `before` runs after the module reset, so classes it imports are the ones index.ts will see.
 */
async function start(before?: () => Promise<void>): Promise<typeof MainModule> {
  vi.resetModules();
  await before?.();
  const main = await import('../../../src/main/index');
  await main.started;
  return main;
}

beforeEach(() => {
  vi.clearAllMocks();
  fx.handlers.clear();
  fx.app.isPackaged = false;
  delete process.env['MEND_DATA_DIR'];
  delete process.env['ELECTRON_RENDERER_URL'];
});
afterEach(() => {
  process.env = { ...savedEnv };
});

describe('start-up', () => {
  it('quits at once, touching nothing, when another Mend holds the single-instance lock', async () => {
    fx.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await start();
    expect(fx.app.quit).toHaveBeenCalled();
    expect(fx.app.whenReady).not.toHaveBeenCalled();
    expect(acquireDataLock).not.toHaveBeenCalled();
    expect(openCore).not.toHaveBeenCalled();
  });

  it('sandboxes every renderer, registers the app scheme and the app id before ready', async () => {
    await start();
    expect(fx.app.enableSandbox).toHaveBeenCalled();
    expect(fx.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
  });

  it('uses Electron\'s own id for notifications when unpackaged (it has a Start-menu entry), app.mend when installed', async () => {
    await start();
    expect(fx.app.setAppUserModelId).toHaveBeenCalledWith(process.execPath);
    fx.app.isPackaged = true;
    await start();
    expect(fx.app.setAppUserModelId).toHaveBeenLastCalledWith('app.mend');
  });

  it('pins user data to the old "mend" folder before the single-instance lock, although the product is named Mend', async () => {
    await start();
    expect(fx.app.setPath).toHaveBeenCalledWith('userData', join('/home/user/.config', 'mend'));
    expect(fx.app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(fx.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);
  });

  it('uses MEND_DATA_DIR, resolved to an absolute path, for the lock, the files and the platform', async () => {
    process.env['MEND_DATA_DIR'] = 'tmp/mend-data';
    await start();
    const folder = resolve('tmp/mend-data');
    expect(acquireDataLock).toHaveBeenCalledWith(folder);
    // No backup settings saved in that folder: the default policy (issue 7: ten versions, thirty days).
    // Read once (compose.ts's openMendFolder), for pruning damaged/, and the same read handed to the store.
    expect(createNodeFileStore).toHaveBeenCalledWith(folder, { backups: expect.any(Promise) });
    const { backups } = vi.mocked(createNodeFileStore).mock.calls[0]![1] as { backups: Promise<unknown> };
    expect(await backups).toEqual({ keepLast: 10, dailyDays: 30 });
    expect(backupPolicyFor).toHaveBeenCalledTimes(1);
    expect(vi.mocked(pruneDamaged).mock.calls[0]![3]).toBe(await backups);
    const deps = vi.mocked(openCore).mock.calls[0]![0];
    expect(deps.files).toEqual({ root: folder });
    expect(deps.platform.dataFolder).toBe(folder);
    expect(deps.newId()).toMatch(/^[0-9a-f-]{36}$/);
    expect(deps.now()).toBeInstanceOf(Date);
  });

  it('falls back to <userData>/journals', async () => {
    await start();
    expect(acquireDataLock).toHaveBeenCalledWith(resolve('/home/user/.config/mend/journals'));
  });

  it('wires IPC, the session guards, the app scheme and the window, loading app://mend', async () => {
    await start();
    expect(fx.electron.ipcMain.handle).toHaveBeenCalledWith('mend:invoke', expect.any(Function));
    expect(fx.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fx.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    // npm start is unpackaged, but not development: no Reload or DevTools without an explicit signal.
    expect(installApplicationMenu).toHaveBeenCalledWith(false, expect.any(Object));
    expect(createMainWindow).toHaveBeenCalledWith(expect.objectContaining({ url: 'app://mend/index.html', allowedOrigins: ['app://mend'] }));
  });

  it('shows an error box and quits without opening the core when the folder is locked', async () => {
    await start(async () => {
      const { DomainError } = await import('../../../src/core/errors');
      vi.mocked(acquireDataLock).mockRejectedValueOnce(
        new DomainError('conflict', 'Another copy of Mend is using this journal folder.'),
      );
    });
    expect(fx.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Mend is already open',
      'Another copy of Mend is using this journal folder.',
    );
    expect(fx.app.quit).toHaveBeenCalled();
    expect(openCore).not.toHaveBeenCalled();
    expect(createMainWindow).not.toHaveBeenCalled();
    expect(fx.electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('says Mend needs an update and quits, before taking the lock, when a newer Mend set the folder up', async () => {
    await start(async () => {
      const { DomainError } = await import('../../../src/core/errors');
      const { refuseNewerFolder } = await import('../../../src/main/storage/folder-format');
      vi.mocked(refuseNewerFolder).mockRejectedValueOnce(new DomainError('conflict', 'This data folder was set up by a newer version of Mend.', { folderFormat: 3 }));
    });
    expect(fx.electron.dialog.showErrorBox).toHaveBeenCalledWith('Mend needs an update', 'This data folder was set up by a newer version of Mend.');
    expect(fx.app.quit).toHaveBeenCalled();
    expect(acquireDataLock).not.toHaveBeenCalled();
    expect(openCore).not.toHaveBeenCalled();
  });

  it('explains and quits when the core cannot open, without showing raw error text', async () => {
    vi.mocked(openCore).mockRejectedValueOnce(new Error('EACCES: /secret/path'));
    await start();
    const [title, message] = fx.electron.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Mend could not start');
    expect(message).not.toContain('EACCES');
    expect(fx.app.quit).toHaveBeenCalled();
    expect(createMainWindow).not.toHaveBeenCalled();
  });
});

describe('while running', () => {
  it('brings the existing window forward when a second instance starts', async () => {
    await start();
    fx.handlers.get('second-instance')!();
    expect(fx.window.restore).toHaveBeenCalled();
    expect(fx.window.focus).toHaveBeenCalled();
  });

  it('on will-quit, waits for the calls main is still working on, then releases the lock, then quits', async () => {
    await start();
    // A save the renderer sent just before the window went away, still being written.
    let finishSave!: (value: unknown) => void;
    fx.core.call.mockReturnValueOnce(new Promise((resolve) => (finishSave = resolve)));
    const invoke = fx.electron.ipcMain.handle.mock.calls[0]![1] as (event: unknown, channel: string, input: unknown) => Promise<unknown>;
    const saving = invoke({ senderFrame: { url: 'app://mend/index.html', parent: null } }, 'relationships:list', {});

    const preventDefault = vi.fn();
    fx.handlers.get('will-quit')!({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Still saving: the folder stays locked and the app keeps running.
    expect(fx.lock.release).not.toHaveBeenCalled();
    expect(fx.app.quit).not.toHaveBeenCalled();
    // A second quit while draining is held too (it must not cut the save off).
    const during = vi.fn();
    fx.handlers.get('will-quit')!({ preventDefault: during });
    expect(during).toHaveBeenCalled();

    finishSave({ ok: true, value: [] });
    await saving;
    await vi.waitFor(() => expect(fx.app.quit).toHaveBeenCalled());
    expect(fx.lock.release).toHaveBeenCalledTimes(1);
    expect(fx.lock.release.mock.invocationCallOrder[0]!).toBeLessThan(fx.app.quit.mock.invocationCallOrder[0]!);
    // The will-quit from that app.quit goes through.
    const again = vi.fn();
    fx.handlers.get('will-quit')!({ preventDefault: again });
    expect(again).not.toHaveBeenCalled();
  });

  it('guards the window: its close is held until the page has been asked to save', async () => {
    await start();
    const close = fx.window.on.mock.calls.find((c) => c[0] === 'close')![1] as (event: { preventDefault(): void }) => void;
    const preventDefault = vi.fn();
    close({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(fx.window.webContents.send).toHaveBeenCalledWith('mend:flush-request', expect.any(Number));
  });

  it('quits when the last window closes, except on macOS', async () => {
    await start();
    fx.handlers.get('window-all-closed')!();
    expect(fx.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('re-creates the window on activate when none is open', async () => {
    await start();
    fx.handlers.get('activate')!();
    expect(createMainWindow).toHaveBeenCalledTimes(2);
  });
});

describe('devServerUrl', () => {
  it('uses the electron-vite dev server only when unpackaged and on loopback', async () => {
    const { devServerUrl } = await start();
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(devServerUrl(env, false)).toBe('http://localhost:5173/');
    expect(devServerUrl(env, true)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, false)).toBeNull();
    expect(devServerUrl({}, false)).toBeNull();
  });

  it('loads and trusts the dev server in development', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    await start();
    expect(createMainWindow).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'http://localhost:5173/', allowedOrigins: ['app://mend', 'http://localhost:5173'] }),
    );
    expect(installApplicationMenu).toHaveBeenCalledWith(true, expect.any(Object));
  });
});
