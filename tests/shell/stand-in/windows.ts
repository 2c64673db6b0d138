/**
 * BrowserWindow and its webContents. Quotes are from node_modules/electron/electron.d.ts (45.4.1).
 */
import { EventEmitter } from 'node:events';
import type { BrowserContext, Page } from 'playwright-core';
import { lastWindowClosed, makeEvent } from './app';
import { toChromiumUrl } from './ipc-and-protocol';
import { openPage, sendToPage, type WebPreferences } from './page';
import { ENV, StandInRuleError, logStep, report, requireReady } from './runtime';

const windows: BrowserWindow[] = [];
export const allWindows = (): BrowserWindow[] => [...windows];

/** "TypeError: Object has been destroyed": any use of a window or webContents after 'closed'. */
function alive(target: { destroyed: boolean }): void {
  if (target.destroyed) throw new TypeError('Object has been destroyed');
}

class WebContents extends EventEmitter {
  destroyed = false;
  page: Page | null = null;
  expectedUrl: string | null = null;
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly session = {};
  constructor(readonly owner: BrowserWindow) {
    super();
  }
  /** "Send an asynchronous message to the renderer process via `channel`" (webContents.send); cloned. */
  send(channel: string, ...args: unknown[]): void {
    alive(this);
    structuredClone(args);
    void this.owner.opened.then(({ page }) => sendToPage(page, channel, args)).catch(() => undefined);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  getURL = (): string => this.expectedUrl ?? '';
  isDestroyed = (): boolean => this.destroyed;
  isLoading = (): boolean => false;
  reload(): void {
    alive(this);
    void this.owner.opened.then(({ page }) => page.reload());
  }
  /** Runs in the page's main world, as Electron's executeJavaScript does. */
  async executeJavaScript(code: string): Promise<unknown> {
    alive(this);
    const { page } = await this.owner.opened;
    return page.evaluate(code);
  }
  replaceMisspelling = (): void => undefined;
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows = (): BrowserWindow[] => allWindows();
  static getFocusedWindow = (): BrowserWindow | null => windows.find((w) => w.focused) ?? null;
  static fromWebContents = (contents: unknown): BrowserWindow | null => windows.find((w) => w.webContents === contents) ?? null;

  readonly webContents = new WebContents(this);
  readonly opened: Promise<{ context: BrowserContext; page: Page }>;
  destroyed = false;
  visible = false;
  focused = false;
  minimized = false;
  focusCount = 0;
  bounds: { x: number; y: number; width: number; height: number };
  private closing: Promise<boolean> | null = null;

  /** "You cannot require or use this module until the `ready` event of the `app` module is emitted." */
  constructor(readonly options: { show?: boolean; width?: number; height?: number; x?: number; y?: number; webPreferences?: WebPreferences; title?: string }) {
    super();
    requireReady('new BrowserWindow');
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    const host = { sender: this.webContents, mayNavigate: (url: string) => this.mayNavigate(url) };
    this.opened = openPage(options.webPreferences ?? {}, host);
    windows.push(this);
    logStep('window-created');
    if (options.show !== false) this.show();
  }

  async loadURL(url: string): Promise<void> {
    alive(this);
    this.webContents.expectedUrl = url;
    const { page } = await this.opened;
    await page.goto(toChromiumUrl(url));
    this.webContents.emit('did-finish-load');
    // "Emitted when the web page has been rendered (while not being shown) and window can be
    // displayed without a visual flash." Never, here, when modelling a compositor that does not say so.
    if (!ENV.noReadyToShow) {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      if (!this.destroyed) this.emit('ready-to-show');
    }
  }

  private mayNavigate(url: string): boolean {
    if (url === this.webContents.expectedUrl) return true;
    const event = { ...makeEvent(), url };
    this.webContents.emit('will-navigate', event, url);
    return !event.defaultPrevented;
  }

  show(): void {
    alive(this);
    if (!this.visible) logStep('show');
    this.visible = true;
    this.focused = true;
    this.emit('show');
  }
  hide = (): void => void (this.visible = false);
  isVisible = (): boolean => this.visible;
  focus(): void {
    alive(this);
    this.focused = true;
    this.focusCount += 1;
    logStep('focus');
    report('window-focused', this.focusCount);
  }
  isFocused = (): boolean => this.focused;
  isMinimized = (): boolean => this.minimized;
  minimize = (): void => void (this.minimized = true);
  restore = (): void => void (this.minimized = false);
  maximized = false;
  isMaximized = (): boolean => this.maximized;
  maximize = (): void => void (this.maximized = true);
  isFullScreen = (): boolean => false;
  getBounds = (): typeof this.bounds => ({ ...this.bounds });
  getNormalBounds = (): typeof this.bounds => ({ ...this.bounds });
  setBounds(bounds: Partial<typeof this.bounds>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  setBackgroundColor = (): void => undefined;
  getTitle = (): string => this.options.title ?? 'Mend';
  isDestroyed = (): boolean => this.destroyed;

  /**
   * "Try to close the window. This has the same effect as a user manually clicking the close button."
   * 'close' first ("emitted before the `beforeunload` and `unload` event of the DOM. Calling
   * `event.preventDefault()` will cancel the close."), then the page's beforeunload/pagehide, then the
   * page is destroyed and 'closed' follows.
   */
  close(): void {
    if (this.destroyed) return;
    void this.closeForQuit();
  }

  /** The close sequence; resolves false when main or the page kept the window open. */
  closeForQuit(): Promise<boolean> {
    this.closing ??= this.runClose().finally(() => (this.closing = null));
    return this.closing;
  }

  private async runClose(): Promise<boolean> {
    if (this.destroyed) return true;
    const event = makeEvent();
    logStep('close');
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    const { page } = await this.opened;
    // "In Electron, returning any value other than `undefined` would cancel the close." (no dialog)
    let vetoed = false;
    page.once('dialog', (dialog) => {
      vetoed = dialog.type() === 'beforeunload';
      void dialog.dismiss();
    });
    const gone = new Promise<void>((resolve) => page.once('close', () => resolve()));
    await page.close({ runBeforeUnload: true });
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    if (vetoed && !page.isClosed()) return false;
    await this.finishDestroy();
    return true;
  }

  /** "Force closing the window, the `unload` and `beforeunload` event won't be emitted … but it guarantees the `closed` event will be emitted." */
  destroy(): void {
    if (this.destroyed) return;
    void this.finishDestroy();
  }

  private async finishDestroy(): Promise<void> {
    const { context } = await this.opened;
    await context.close().catch(() => undefined);
    this.destroyed = true;
    this.webContents.destroyed = true;
    windows.splice(windows.indexOf(this), 1);
    logStep('destroyed');
    this.webContents.emit('destroyed');
    // "Emitted when the window is closed. After you have received this event you should remove the
    // reference to the window and avoid using it any more."
    logStep('closed');
    this.emit('closed');
    if (windows.length === 0) lastWindowClosed();
  }
}

export function firstWindow(): BrowserWindow {
  const win = windows[0];
  if (!win) throw new StandInRuleError('no window is open');
  return win;
}
