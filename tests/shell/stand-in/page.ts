/**
 * One renderer: a Playwright page in its own browser context, with the preload installed, requests
 * answered through main's protocol handler and session guard, and IPC bound to ipcMain.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { cancelledByMain, deliverFromPage, protocolHandlerFor, toElectronUrl } from './ipc-and-protocol';
import { preloadShim } from './preload-shim';
import { StandInRuleError, logStep, report, theBrowser } from './runtime';

export interface WebPreferences {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  spellcheck?: boolean;
}

export interface PageHost {
  /** The object main sees as `event.sender`. */
  sender: unknown;
  /** Asked before a navigation the page starts itself (will-navigate); true = go ahead. */
  mayNavigate(url: string): boolean;
}

/** Opens the renderer for a window. Sandboxed with a preload, as main asks; anything else is refused. */
export async function openPage(prefs: WebPreferences, host: PageHost): Promise<{ context: BrowserContext; page: Page }> {
  // Mend's window must be sandboxed and isolated; the stand-in models only that configuration.
  if (prefs.sandbox !== true || prefs.contextIsolation === false || prefs.nodeIntegration === true) {
    throw new StandInRuleError('only sandboxed, context-isolated renderers without Node are modelled');
  }
  // "The path must be absolute" for webPreferences.preload.
  if (prefs.preload !== undefined && !isAbsolute(prefs.preload)) throw new StandInRuleError('preload path must be absolute');
  const context = await theBrowser().newContext({ viewport: { width: 1100, height: 760 } });
  await context.route('**/*', (route) => serve(route, host));
  await context.exposeBinding('__standinIpc', async (source, msg: { kind: string }) => {
    const frame = source.frame;
    const event = {
      sender: host.sender,
      senderFrame: { url: toElectronUrl(frame.url()), parent: frame.parentFrame() === null ? null : {} },
      processId: 1,
      frameId: 1,
    };
    return deliverFromPage(event, msg);
  });
  if (prefs.preload !== undefined) {
    await context.addInitScript(preloadShim(readFileSync(prefs.preload, 'utf8'), true));
  }
  const page = await context.newPage();
  page.on('pageerror', (error) => report('page-error', error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') report('page-error', message.text());
  });
  return { context, page };
}

/** Every request of the page: main's session guard first, then its protocol handler; nothing reaches a network. */
async function serve(route: Route, host: PageHost): Promise<void> {
  const request = route.request();
  const url = toElectronUrl(request.url());
  if (await cancelledByMain(url, request.method(), request.resourceType())) {
    report('request-cancelled', url);
    return route.abort('blockedbyclient');
  }
  if (request.isNavigationRequest() && request.frame() === request.frame().page().mainFrame() && !host.mayNavigate(url)) {
    return route.abort('aborted');
  }
  const handler = protocolHandlerFor(url);
  if (handler === null) {
    // A request main let through that no protocol handler serves would leave the machine: refused, reported.
    report('request-outbound', url);
    return route.abort('blockedbyclient');
  }
  const response = await handler(new Request(url, { method: request.method(), headers: request.headers() }));
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
}

/** Main → page (webContents.send): cloned, then handed to the preload's ipcRenderer listeners. */
export async function sendToPage(page: Page, channel: string, args: unknown[]): Promise<void> {
  await page.evaluate(([c, a]) => (window as unknown as { __standinDeliver(c: string, a: unknown[]): void }).__standinDeliver(c, a), [
    channel,
    structuredClone(args),
  ] as const);
}

export { logStep };
