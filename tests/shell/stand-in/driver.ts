/**
 * What the test that started this process may do to the app, as a person at the computer would:
 * act on the page (type, click), close the window, quit from the menu, click a notification. The
 * test runs in another process; these arrive over Node's IPC channel (see runtime.ts).
 */
import type { Locator, Page } from 'playwright-core';
import type { Notification } from './desktop';
import { onOp } from './runtime';
import type { BrowserWindow } from './windows';

interface DriverDeps {
  firstWindow(): BrowserWindow;
  app: { quit(): void };
  appMenu(): unknown;
  /** Clicks the application-menu item with this label, as a person would. */
  clickMenu(label: string): void;
  lastNotification(): Notification | null;
  spellState: unknown;
}

type Callable = (...args: unknown[]) => unknown;

/** page.locator(selector)[method](...args), or page.keyboard[method] / page[method] without a selector. */
async function onPage(page: Page, msg: Record<string, unknown>): Promise<unknown> {
  const method = String(msg['method']);
  const args = (msg['args'] as unknown[] | undefined) ?? [];
  if (typeof msg['selector'] === 'string') {
    const locator: Locator = page.locator(msg['selector']);
    return (locator[method as keyof Locator] as Callable).apply(locator, args);
  }
  if (method.startsWith('keyboard.')) {
    const name = method.slice('keyboard.'.length) as keyof Page['keyboard'];
    return (page.keyboard[name] as Callable).apply(page.keyboard, args);
  }
  if (method === 'evaluate') return page.evaluate(String(args[0]));
  if (method === 'url') return page.url();
  throw new Error(`page method ${method} is not offered`);
}

/** The first window, once main has opened one (start-up takes a moment). */
async function windowOpened(deps: DriverDeps, timeoutMs = 20_000): Promise<BrowserWindow> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return deps.firstWindow();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

export function installDriver(deps: DriverDeps): void {
  onOp('page', async (msg) => onPage((await (await windowOpened(deps)).opened).page, msg));
  // The person clicks the window's close button.
  onOp('close-window', () => void deps.firstWindow().close());
  // The person chooses Quit (Cmd+Q, File → Quit).
  onOp('quit', () => void deps.app.quit());
  onOp('menu', () => deps.appMenu());
  onOp('menu-click', (msg) => deps.clickMenu(String(msg['label'])));
  onOp('set-bounds', async (msg) => (await windowOpened(deps)).setBounds(msg['bounds'] as { x: number }));
  onOp('window', async () => {
    const win = await windowOpened(deps);
    return { visible: win.visible, focusCount: win.focusCount, bounds: win.getBounds(), url: win.webContents.getURL() };
  });
  onOp('click-notification', () => {
    const note = deps.lastNotification();
    if (!note) throw new Error('no notification was shown');
    note.emit('click');
  });
  onOp('crash-renderer', () => {
    deps.firstWindow().webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
  });
  onOp('spellcheck', () => deps.spellState);
}
