import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/**
 * Chromium for the end-to-end suite. Playwright cannot download its own browser on these machines,
 * so Debian's build is used when present (CHROMIUM_PATH overrides); on a developer machine with
 * `npx playwright install chromium` done, Playwright's own build is used.
 *
 * Debian's `chromium-headless-shell` comes first: the same Chromium release, built as a bare content
 * embedder (Blink, V8 and the compositor without the browser's own UI), which is also what Electron
 * is. The full browser in headless mode runs its UI layers as well: the whole suite took 20.7 minutes
 * of wall time with it on this 2-core machine and 12.8 with the shell, every test passing on both
 * (2026-12-04), and npm test has a 20-minute aim.
 */
const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** Flags that keep Chromium from reaching for the network on its own (updates, sync, safe browsing). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS, headless: true });
}
