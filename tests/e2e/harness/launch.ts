import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Core } from '../../../src/core/open-core';
import type { FlushReport } from '../../../src/core/api/bridge';
import { openMendFolder, settingsPlace } from '../../../src/main/compose';
import { createInFlight, DRAIN_TIMEOUT_MS, type InFlight } from '../../../src/main/in-flight';
import { SECURITY_HEADERS } from '../../../src/main/csp';
import type { FsSeam } from '../../../src/main/storage/fs-seam';
import { loadDeviceIdentity } from '../../../src/main/storage/device-identity';
import { harnessFiles, type HarnessDialogs } from './file-dialogs';

/**
 * Drives Mend as a user would, without Electron: the built renderer runs in Chromium under the
 * production CSP, and its `window.mend.invoke` is bound to the real core (dispatch, services, the
 * node storage) in this process, on a real data folder. Tests and scripts (screenshots, benchmarks)
 * share this one launcher.
 */
export const APP_ORIGIN = 'http://mend.localhost';
// MEND_RENDERER_DIR lets a second build (e.g. `electron-vite build --outDir .tmp/out-x`) be tested side by side.
const RENDERER_DIR = resolve(process.env.MEND_RENDERER_DIR ?? resolve(import.meta.dirname, '../../../out/renderer'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface MendOptions {
  dataDir?: string;
  /** Electron's user-data folder (per-computer choices such as spellcheck); kept across restart(). */
  userDataDir?: string;
  now?: () => Date;
  /** Start at this hash path, e.g. '/r/abc'. */
  path?: string;
  colorScheme?: 'light' | 'dark';
  /** The file system under the data folder; a test passes one that injects faults (disk full). */
  fs?: FsSeam;
  /**
   * This computer's identity. By default it is read (or made) in userDataDir, as main does, so saves
   * append to this computer's change logs exactly as in the app; tests that play two computers on one
   * folder give each its own. `null` opens without one: every save rewrites the whole snapshot and no
   * log is kept, a mode no user runs; a spec that needs it says why.
   */
  device?: { id: string; name: string } | null;
  /** Look for other computers' changes this often while open (main: 1000 ms) and tell the page. */
  watchEveryMs?: number;
  /** The page's time zone (an IANA name); the core in this process follows process.env.TZ, set by the spec. */
  timezoneId?: string;
}

export interface MendApp {
  page: Page;
  context: BrowserContext;
  core: Core;
  dataDir: string;
  /** Requests the renderer tried to make outside the app's own origin (all refused). */
  outbound: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  /** Links the user confirmed to open in the system browser. */
  openedLinks: string[];
  /** What the export-folder and import-file pickers answer; a test may change them. */
  dialogs: HarnessDialogs;
  /**
   * What main does before closing the window: asks the page (through the handler it registered with
   * window.mend.onFlushRequest) to save everything typed, and returns its report; null when the page
   * registered none.
   */
  flush(): Promise<FlushReport | null>;
  close(): Promise<void>;
  /** Closes everything and opens Mend again on the same data folder, as after quitting the app. */
  restart(options?: Omit<MendOptions, 'dataDir' | 'userDataDir'>): Promise<MendApp>;
}

export async function launchMend(browser: Browser, options: MendOptions = {}): Promise<MendApp> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'mend-e2e-')));
  const openedLinks: string[] = [];
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'mend-e2e-user-')));
  const device = options.device === undefined ? await loadDeviceIdentity(userDataDir) : options.device;
  const external = await harnessFiles(settingsPlace({ dataFolder: dataDir, ...(device ? { device } : {}) }), userDataDir);
  // Main's news for the page (another computer changed a journal), delivered as the preload does.
  let page: Page | null = null;
  let closed = false;
  const onEvent = (kind: string, payload: unknown): void => {
    const news = `window.__mendEvent && window.__mendEvent(${JSON.stringify(kind)}, ${JSON.stringify(payload)})`;
    if (page && !closed) void page.evaluate(news).catch(() => undefined);
  };
  const watchEveryMs = options.watchEveryMs;
  const watch = watchEveryMs === undefined ? {} : {
    watch: { everyMs: watchEveryMs, later: (run: () => void, ms: number) => void (closed || setTimeout(run, ms).unref()) },
  };
  // The app's own composition root: the real storage, backup policy and vault (production key derivation).
  const { core, lock } = await openMendFolder({
    dataFolder: dataDir,
    userDataDir,
    platform: { dataFolder: dataDir, openExternal: async (url) => void openedLinks.push(url), notify: () => undefined, ...external.platform },
    ...(options.now ? { now: options.now } : {}),
    ...(options.fs ? { fs: options.fs } : {}),
    ...(device ? { device } : {}),
    ...watch,
    onEvent,
  });
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 820 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const outbound: string[] = [];
  const errors: string[] = [];
  await serveRenderer(context, outbound);
  // Calls the core has started are waited for before the folder is let go, as main's quit does (in-flight.ts).
  // Calls the page has sent are first let arrive: Electron's IPC delivers what a window sent before it
  // closed, while a closing Playwright page may drop a binding call still on its way.
  const inFlight = createInFlight();
  await bindCore(context, core, inFlight);
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${APP_ORIGIN}/index.html#${options.path ?? '/'}`);
  const app: MendApp = {
    page: page as Page, context, core, dataDir, outbound, errors, openedLinks, dialogs: external.dialogs,
    flush: () => page.evaluate('window.__mendFlush ? window.__mendFlush() : null') as Promise<FlushReport | null>,
    async close() {
      closed = true;
      // Its answer comes after every binding call the page made before it (one ordered connection); a
      // page that never answers (hung) is closed after a bound, as main closes one.
      const answered = page?.evaluate('0').catch(() => undefined);
      await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      await context.close();
      await inFlight.drain(DRAIN_TIMEOUT_MS);
      await lock.release();
    },
    async restart(next = {}) {
      await app.close();
      return launchMend(browser, { ...options, ...next, dataDir, userDataDir });
    },
  };
  return app;
}

/** Serves out/renderer at APP_ORIGIN with the production security headers; refuses everything else. */
async function serveRenderer(context: BrowserContext, outbound: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      outbound.push(url.href);
      return route.abort('blockedbyclient');
    }
    const file = normalize(join(RENDERER_DIR, decodeURIComponent(url.pathname)));
    if (!file.startsWith(RENDERER_DIR + sep)) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      return route.fulfill({
        status: 200,
        body,
        headers: { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' },
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
}

/**
 * The injected bridge: the same shape the preload exposes, landing on the real core. Inputs and
 * results cross as JSON text: Playwright serialises one string far faster than a deep object, which
 * keeps the harness from dwarfing what is measured (Electron's IPC clones structures natively).
 */
async function bindCore(context: BrowserContext, core: Core, inFlight: InFlight): Promise<void> {
  await context.exposeBinding('__mendInvoke', async (source, channel: unknown, inputJson: unknown) => {
    if (source.frame !== source.page.mainFrame()) {
      return JSON.stringify({ ok: false, code: 'internal', message: 'This request did not come from Mend’s own window.' });
    }
    const input: unknown = typeof inputJson === 'string' ? JSON.parse(inputJson) : undefined;
    return JSON.stringify(await inFlight.track(() => core.call(String(channel), input)));
  });
  // A string, not a function: TS loaders (tsx) may add helpers to a function's source that the page lacks.
  // The binding is looked up at call time, since on a reload Playwright may install it after this runs.
  // onFlushRequest keeps the page's handler where the harness (playing main) can call it: app.flush().
  await context.addInitScript(`Object.defineProperty(window, 'mend', {
    value: Object.freeze({
      invoke: (channel, input) =>
        window.__mendInvoke(channel, input === undefined ? undefined : JSON.stringify(input)).then((text) => JSON.parse(text)),
      onFlushRequest: (handler) => {
        if (typeof handler === 'function') Object.defineProperty(window, '__mendFlush', { value: handler, configurable: true });
      },
      onEvent: (handler) => {
        if (typeof handler === 'function') Object.defineProperty(window, '__mendEvent', { value: handler, configurable: true });
      },
    }),
  });`);
}
