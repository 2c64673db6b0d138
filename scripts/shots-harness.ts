/**
 * What every screenshot script shares: the output folder, one headless Chromium, Mend opened through
 * the end-to-end launcher in each look (light, dark, a narrow window), the people a script seeds, and
 * at the end the page errors of every window opened and how many pictures were written. A script only
 * says what to seed and what to photograph.
 */
import { mkdir, readdir } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend, type MendApp, type MendOptions } from '../tests/e2e/harness/launch';
import { value } from '../tests/e2e/pages/leader-side-pages';

export { value };

/** The app's address; a screen is `${BASE}/r/<id>`. */
export const BASE = 'http://mend.localhost/index.html#';

/** How a run looks: its colour scheme and window, and the name its pictures start with. */
export interface Look {
  name: string;
  scheme: 'light' | 'dark';
  width: number;
  height: number;
}

export const LIGHT: Look = { name: 'light', scheme: 'light', width: 1200, height: 820 };
export const DARK: Look = { name: 'dark', scheme: 'dark', width: 1200, height: 820 };
/** The narrow window every screen must suit (~700 px). */
export const NARROW: Look = { name: 'narrow', scheme: 'light', width: 700, height: 900 };

/** The folder the pictures go to: the script's first argument, or its own default. */
export const outDir = (fallback: string): string => process.argv[2] ?? fallback;

/** One look's run: the app opened in it, and a way to open more windows that are checked and closed too. */
export interface ShotRun {
  app: MendApp;
  look: Look;
  out: string;
  /** `${out}/${look.name}-${name}.png` */
  png: (name: string) => string;
  /** Opens another Mend in this look (another data folder, say); closed and checked with the rest. */
  launch: (options?: MendOptions) => Promise<MendApp>;
}

export interface ShotsOptions {
  out: string;
  looks: readonly Look[];
  /** Launch options for a look (a starting path, a fault-injecting disk, a device, a data folder…). */
  options?: (look: Look) => MendOptions;
}

/**
 * Opens Mend once per look and runs `shoot` on it, then closes every window (restarts included),
 * prints any page errors, and says how many pictures the folder holds. A failure sets the exit code.
 */
export async function runShots(o: ShotsOptions, shoot: (run: ShotRun) => Promise<void>): Promise<void> {
  await mkdir(o.out, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const look of o.looks) {
      const opened: MendApp[] = [];
      const launch = (options: MendOptions = {}) => openTracked(browser, look, { ...o.options?.(look), ...options }, opened);
      try {
        const app = await launch();
        await shoot({ app, look, out: o.out, png: (name) => `${o.out}/${look.name}-${name}.png`, launch });
      } finally {
        await closeAll(opened, look);
      }
    }
    const pictures = (await readdir(o.out)).filter((f) => f.endsWith('.png')).length;
    console.log(`${pictures} screenshots in ${o.out}`);
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

async function openTracked(browser: Browser, look: Look, options: MendOptions, opened: MendApp[]): Promise<MendApp> {
  return tracked(await launchMend(browser, { colorScheme: look.scheme, ...options }), look, opened);
}

/** Sizes the window to the look and follows the app through restarts, so each one is checked and closed. */
async function tracked(app: MendApp, look: Look, opened: MendApp[]): Promise<MendApp> {
  opened.push(app);
  await app.page.setViewportSize({ width: look.width, height: look.height });
  const restart = app.restart.bind(app);
  app.restart = async (next) => {
    opened.splice(opened.indexOf(app), 1);
    report(app, look);
    return tracked(await restart(next), look, opened);
  };
  return app;
}

async function closeAll(opened: MendApp[], look: Look): Promise<void> {
  for (const app of opened) {
    report(app, look);
    await app.close().catch(() => undefined); // a script may have closed it already
  }
}

function report(app: MendApp, look: Look): void {
  if (app.errors.length) console.log(`${look.name}: page errors`, app.errors);
}

/** Sam, the person most pictures are about. */
export const SAM = { name: 'Sam Rivera', role: 'Account lead', kind: 'direct-report', started: null as string | null, notes: '' };

/** Adds a person (Sam unless told otherwise) and returns their id. */
export async function addPerson(app: MendApp, fields: Partial<typeof SAM> = {}): Promise<string> {
  return (await value(app, 'relationships:create', { ...SAM, ...fields })).id;
}
