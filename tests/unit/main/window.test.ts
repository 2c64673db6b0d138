import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Just enough of an EventEmitter + WebContents + BrowserWindow to observe what window.ts wires up. */
const fakes = await vi.hoisted(async () => {
  // Imported here because vi.mock factories run before the file's own imports.
  const { FakeEmitter: Emitter } = await import('../../support/fake-emitter');
  class FakeContents extends Emitter {
    openHandler: (() => unknown) | null = null;
    setWindowOpenHandler(fn: () => unknown): void {
      this.openHandler = fn;
    }
  }
  class FakeWindow extends Emitter {
    static last: FakeWindow | null = null;
    webContents = new FakeContents();
    show = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
    isDestroyed = (): boolean => false;
    isVisible = (): boolean => this.show.mock.calls.length > 0;
    setBackgroundColor = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeWindow.last = this;
    }
  }
  return { Emitter, FakeContents, FakeWindow, nativeTheme: Object.assign(new Emitter(), { shouldUseDarkColors: false }) };
});

vi.mock('electron', () => ({
  BrowserWindow: fakes.FakeWindow,
  nativeTheme: fakes.nativeTheme,
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));

import type { WebContents } from 'electron';
import {
  BACKGROUND,
  createMainWindow,
  installNavigationGuards,
  mainWindowOptions,
} from '../../../src/main/window';

const APP = ['app://mend'];

function guarded(origins = APP): InstanceType<typeof fakes.FakeContents> {
  const contents = new fakes.FakeContents();
  installNavigationGuards(contents as unknown as WebContents, origins);
  return contents;
}

function navigate(contents: InstanceType<typeof fakes.FakeContents>, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { url, preventDefault });
  return preventDefault.mock.calls.length > 0;
}

describe('mainWindowOptions', () => {
  it('locks the renderer down', () => {
    expect(mainWindowOptions().webPreferences).toMatchObject({
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
    });
  });

  it('loads the built CommonJS preload and the app icon, hidden until painted, at a calm size', () => {
    const options = mainWindowOptions();
    expect(options.webPreferences?.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(options.icon).toMatch(/[\\/]resources[\\/]icon\.png$/);
    expect(options).toMatchObject({ title: 'Mend', show: false, width: 1100, height: 760, minWidth: 640, minHeight: 560 });
  });

  it('follows the system theme for its background', () => {
    fakes.nativeTheme.shouldUseDarkColors = true;
    expect(mainWindowOptions().backgroundColor).toBe(BACKGROUND.dark);
    fakes.nativeTheme.shouldUseDarkColors = false;
    expect(mainWindowOptions().backgroundColor).toBe(BACKGROUND.light);
  });
});

describe('installNavigationGuards', () => {
  it('allows navigation within the app itself', () => {
    const contents = guarded();
    expect(navigate(contents, 'will-navigate', 'app://mend/index.html#/relationships')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'app://mend/index.html')).toBe(false);
  });

  it.each(['https://example.com', 'http://localhost:5173/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://evil/index.html', 'data:text/html,hi'])(
    'prevents navigating or redirecting to %s',
    (url) => {
      const contents = guarded();
      expect(navigate(contents, 'will-navigate', url)).toBe(true);
      expect(navigate(contents, 'will-redirect', url)).toBe(true);
    },
  );

  it('allows the dev server only when it is one of the given origins', () => {
    expect(navigate(guarded([...APP, 'http://localhost:5173']), 'will-navigate', 'http://localhost:5173/')).toBe(false);
  });

  it('denies every window.open', () => {
    expect(guarded().openHandler?.()).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const preventDefault = vi.fn();
    guarded().emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    fakes.FakeWindow.last = null;
  });

  it('guards, loads the given URL, and shows only once ready', () => {
    createMainWindow({ url: 'app://mend/index.html', allowedOrigins: APP });
    const win = fakes.FakeWindow.last!;
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true } });
    expect(win.loadURL).toHaveBeenCalledWith('app://mend/index.html');
    expect(win.webContents.openHandler?.()).toEqual({ action: 'deny' });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });
});
