import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security, items 1–20),
 * checked against the configuration the real main process builds: src/main/index.ts starts for real
 * (real window options, session guards, app:// handler, IPC, core and storage on a temporary folder)
 * with only `electron` itself replaced by recording fakes. Items that cannot apply say why.
 */
const fx = await vi.hoisted(async () => {
  // Imported here because vi.mock factories run before the file's own imports.
  const { FakeEmitter: Emitter } = await import('../../support/fake-emitter');
  type Listener = (...args: unknown[]) => unknown;
  class FakeContents extends Emitter {
    openHandler: ((details: { url: string }) => unknown) | null = null;
    setWindowOpenHandler(fn: (details: { url: string }) => unknown): void {
      this.openHandler = fn;
    }
  }
  class FakeWindow extends Emitter {
    static all: FakeWindow[] = [];
    static getAllWindows = (): FakeWindow[] => FakeWindow.all;
    static getFocusedWindow = (): FakeWindow | null => FakeWindow.all[0] ?? null;
    webContents = new FakeContents();
    loaded: string[] = [];
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super();
      FakeWindow.all.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    show(): void {}
    isVisible(): boolean {
      return true;
    }
    isDestroyed(): boolean {
      return false;
    }
    setBackgroundColor(): void {}
  }
  const handlers = new Map<string, Listener>();
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    setSpellCheckerEnabled: vi.fn(),
  };
  const electron = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: vi.fn(() => true),
      enableSandbox: vi.fn(),
      setAppUserModelId: vi.fn(),
      whenReady: vi.fn(() => Promise.resolve()),
      getPath: vi.fn(() => '/nonexistent'),
      setPath: vi.fn(),
      quit: vi.fn(),
      on: vi.fn((name: string, fn: Listener) => handlers.set(name, fn)),
    },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })) },
    session: { defaultSession: session },
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn(), on: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()), openPath: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    Notification: { isSupported: () => false },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    nativeTheme: Object.assign(new Emitter(), { shouldUseDarkColors: false }),
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), send: vi.fn() },
  };
  return { electron, FakeWindow, session };
});
vi.mock('electron', () => fx.electron);

type Callback = (response: Record<string, unknown>) => void;
type Invoke = (event: { senderFrame: { url: string; parent: unknown } | null }, channel: unknown, input: unknown) => Promise<{ ok: boolean; code?: string }>;

let dataDir: string;
const savedEnv = { ...process.env };
let win: InstanceType<typeof fx.FakeWindow>;
let prefs: Record<string, unknown>;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mend-checklist-'));
  process.env['MEND_DATA_DIR'] = dataDir;
  delete process.env['ELECTRON_RENDERER_URL'];
  const main = await import('../../../src/main/index');
  await main.started;
  win = fx.FakeWindow.all[0]!;
  prefs = win.options.webPreferences ?? {};
  // Importing and starting the whole main process takes ~1 s; allow for a heavily loaded machine.
}, 60_000);
afterAll(async () => {
  process.env = { ...savedEnv };
  await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

const request = (url: string): Record<string, unknown> => {
  const handler = fx.session.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: Callback) => void;
  let answer: Record<string, unknown> = {};
  handler({ url }, (r) => (answer = r));
  return answer;
};
const navigationBlocked = (event: string, url: string): boolean => {
  const preventDefault = vi.fn();
  win.webContents.emit(event, { url, preventDefault });
  return preventDefault.mock.calls.length > 0;
};
const invoke: Invoke = (event, channel, input) => (fx.electron.ipcMain.handle.mock.calls[0]![1] as Invoke)(event, channel, input);
const appFrame = { url: 'app://mend/index.html', parent: null };

describe("Electron's security checklist, against Mend's real window and session", () => {
  it('starts one window, on the app itself', () => {
    expect(fx.FakeWindow.all).toHaveLength(1);
    expect(fx.electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('1. only loads secure content: app:// (a secure scheme) and nothing from the network', () => {
    expect(win.loaded).toEqual(['app://mend/index.html']);
    const [schemes] = fx.electron.protocol.registerSchemesAsPrivileged.mock.calls[0] as [{ scheme: string; privileges: Record<string, boolean> }[]];
    expect(schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) })]);
    for (const url of ['http://example.com/x.js', 'https://example.com/', 'ws://example.com/', 'ftp://example.com/']) {
      expect(request(url), url).toEqual({ cancel: true });
    }
  });

  it('2. Node.js integration is off everywhere (window, workers, subframes)', () => {
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. context isolation is on', () => {
    expect(prefs.contextIsolation).toBe(true);
  });

  it('4. the renderer is sandboxed (and sandboxing is forced app-wide)', () => {
    expect(prefs.sandbox).toBe(true);
    expect(fx.electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('5. every permission request and check is refused', () => {
    const handler = fx.session.setPermissionRequestHandler.mock.calls[0]![0] as (w: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      handler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect((fx.session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean)()).toBe(false);
  });

  it('6. webSecurity is not disabled', () => {
    expect(prefs.webSecurity).not.toBe(false);
  });

  it("7. a restrictive Content-Security-Policy comes with every app:// response", async () => {
    const handler = fx.electron.protocol.handle.mock.calls[0]![1] as (r: Request) => Promise<Response>;
    for (const url of ['app://mend/index.html', 'app://mend/missing.js', 'app://mend/../../etc/passwd']) {
      const policy = (await handler(new Request(url))).headers.get('Content-Security-Policy') ?? '';
      expect(policy, url).toContain("default-src 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'none'");
      expect(policy).not.toMatch(/unsafe-(eval|inline)|\*/);
    }
  });

  it('8. allowRunningInsecureContent is off', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('9. experimental features are off', () => {
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('10. enableBlinkFeatures is not used', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('blinkFeatures');
  });

  it('11. <webview> allowpopups: not applicable, because the webview tag is disabled', () => {
    expect(prefs.webviewTag).toBe(false);
  });

  it('12. a <webview> can never attach, whatever its options', () => {
    const preventDefault = vi.fn();
    win.webContents.emit('will-attach-webview', { preventDefault }, { nodeIntegration: true }, { src: 'https://example.com' });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('13. navigation is limited to the app itself', () => {
    expect(navigationBlocked('will-navigate', 'app://mend/index.html#/settings')).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html', 'http://localhost:5173/']) {
      expect(navigationBlocked('will-navigate', url), url).toBe(true);
      expect(navigationBlocked('will-redirect', url), url).toBe(true);
    }
  });

  it('14. no new window can be created', () => {
    for (const url of ['https://example.com/', 'app://mend/index.html', 'about:blank']) {
      expect(win.webContents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('15. shell.openExternal only ever sees http(s) and mailto links, and only via the checked channel', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'ms-msdt:/id', 'data:text/html,x']) {
      expect(await invoke({ senderFrame: appFrame }, 'app:open-link', { url }), url).toMatchObject({ ok: false });
    }
    expect(fx.electron.shell.openExternal).not.toHaveBeenCalled();
    expect(await invoke({ senderFrame: appFrame }, 'app:open-link', { url: 'https://example.org/a' })).toMatchObject({ ok: true });
    expect(fx.electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/a');
    // Main asked the person itself, in a native dialog modal to Mend's window, Cancel by default.
    expect(fx.electron.dialog.showMessageBox).toHaveBeenCalledWith(
      fx.FakeWindow.all[0],
      expect.objectContaining({ message: 'Open this link in your browser?', detail: 'https://example.org/a', buttons: ['Open link', 'Cancel'], cancelId: 1, defaultId: 1 }),
    );
  });

  it('15b. a link the person declines in main\'s own dialog is not opened, whatever the page said', async () => {
    fx.electron.shell.openExternal.mockClear();
    fx.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await invoke({ senderFrame: appFrame }, 'app:open-link', { url: 'https://example.org/b' })).toMatchObject({ ok: false });
    expect(fx.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('16. a current Electron: pinned to an exact, recent version (currency itself needs a network check, done at release)', () => {
    const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const pinned = pkg.devDependencies['electron']!;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('17. the sender of every IPC message is validated', async () => {
    const before = fx.electron.shell.openExternal.mock.calls.length;
    for (const senderFrame of [null, { url: 'https://example.com/', parent: null }, { url: 'app://mend/index.html', parent: appFrame }, { url: 'file:///x.html', parent: null }]) {
      expect(await invoke({ senderFrame }, 'app:open-link', { url: 'https://example.org/' })).toMatchObject({ ok: false, code: 'internal' });
    }
    expect(fx.electron.shell.openExternal.mock.calls.length).toBe(before);
  });

  it('18. no file:// — the app is served from its own app:// scheme, and file: requests are cancelled', async () => {
    expect(win.loaded.every((u) => u.startsWith('app://'))).toBe(true);
    expect(request('file:///etc/passwd')).toEqual({ cancel: true });
    const handler = fx.electron.protocol.handle.mock.calls[0]![1] as (r: Request) => Promise<Response>;
    expect((await handler(new Request('app://mend/%2e%2e/%2e%2e/package.json'))).status).toBe(404);
  });

  it('19. fuses: the one packaging config flips them after packing (tests/unit/main/installer-config.test.ts checks which)', () => {
    const packaging = ['electron-builder.yml', 'electron-builder.json', 'forge.config.js', 'forge.config.ts', 'electron-builder.config.js', 'electron-builder.config.cjs'];
    expect(packaging.filter((f) => existsSync(resolve(f)))).toEqual(['electron-builder.config.cjs']);
    expect(readFileSync(resolve('electron-builder.config.cjs'), 'utf8')).toContain("afterPack: './scripts/after-pack.mjs'");
    expect(readFileSync(resolve('scripts/after-pack.mjs'), 'utf8')).toContain('flipFuses');
  });

  it('20. no Electron API reaches the page: the preload exposes one frozen invoke() the flush registration and the news registration, nothing else', async () => {
    await import('../../../src/preload/index');
    const calls = fx.electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [string, Record<string, unknown>][];
    expect(calls).toHaveLength(1);
    const [name, api] = calls[0]!;
    expect(name).toBe('mend');
    expect(Object.keys(api)).toEqual(['invoke', 'onFlushRequest', 'onEvent']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(fx.electron.ipcRenderer);
    // Registering a flush handler hands the page nothing back (no ipcRenderer, no event object).
    expect((api['onFlushRequest'] as (h: () => Promise<unknown>) => unknown)(async () => ({ saved: 0, failed: 0, unsaved: [] }))).toBeUndefined();
    expect((api['onEvent'] as (h: () => void) => unknown)(() => undefined)).toBeUndefined();
    console.log('electron security checklist: 20 items checked (1 not applicable, saying why)');
  });
});
