import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/**
 * Chromium for the end-to-end suite. Playwright cannot download its own browser on these machines,
 * so Debian's chromium is used when present (CHROMIUM_PATH overrides); on a developer machine with
 * `npx playwright install` done, Playwright's own build is used.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
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
