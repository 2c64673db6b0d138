import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { launchChromium } from '../e2e/harness/chromium';
import { APP_ORIGIN, launchMend } from '../e2e/harness/launch';
import { summarise, type Figure } from './measure';
import { BENCH_NOW } from './generate';

export interface RendererSize {
  /** What the page reads before its first screen: index.html's script and the chunks it preloads. */
  startRawKb: number;
  startGzipKb: number;
  /** Every chunk, the screens read later included. */
  rawKb: number;
  gzipKb: number;
}

/** The production renderer's JavaScript, raw and gzipped: what the start reads, and all of it. */
export async function rendererSize(): Promise<RendererSize> {
  const dir = resolve(process.env.MEND_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer'));
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  // Vite writes the entry as <script src> and the chunks it imports statically as <link rel=modulepreload>.
  const atStart = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!));
  const size = { startRawKb: 0, startGzipKb: 0, rawKb: 0, gzipKb: 0 };
  for (const name of (await readdir(join(dir, 'assets'))).filter((n) => n.endsWith('.js'))) {
    const bytes = await readFile(join(dir, 'assets', name));
    const raw = bytes.length / 1024;
    const gzip = gzipSync(bytes, { level: 9 }).length / 1024;
    size.rawKb += raw;
    size.gzipKb += gzip;
    if (atStart.has(name)) {
      size.startRawKb += raw;
      size.startGzipKb += gzip;
    }
  }
  if (size.startRawKb === 0) throw new Error('index.html names no script in assets/: the renderer build changed shape');
  return size;
}

/**
 * Timestamps taken inside the page, so the figures are the page's own (navigation start → first person
 * card in the DOM; click → the person's name as the heading with the timeline drawn), not Playwright's
 * polling. A MutationObserver records the first moment each condition holds.
 */
const PROBE = `
  window.__bench = {};
  new MutationObserver(() => {
    const b = window.__bench;
    if (!b.home && document.querySelector('a.card-link')) b.home = performance.now();
    if (b.clickAt && !b.person && document.querySelector('#rel-title') && document.querySelector('#timeline-title')) b.person = performance.now();
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('click', () => { window.__bench.clickAt = performance.now(); }, true);
`;

const read = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench);

/** In Chromium with a data folder: navigation → Home rendered, and click → a person's page rendered. */
export async function rendererTimings(dir: string, runs: number): Promise<{ home: Figure; person: Figure }> {
  const browser = await launchChromium();
  const home: number[] = [];
  const person: number[] = [];
  try {
    const app = await launchMend(browser, { dataDir: dir, path: '/settings', now: () => new Date(BENCH_NOW) });
    await app.context.addInitScript(PROBE);
    for (let i = 0; i < runs; i++) {
      await app.page.goto(`${APP_ORIGIN}/index.html?run=${i}#/`);
      await app.page.locator('a.card-link').first().waitFor();
      home.push((await read(app.page)).home!);
      await app.page.locator('a.card-link').first().click();
      await app.page.getByRole('heading', { name: 'Timeline' }).waitFor();
      const b = await read(app.page);
      person.push(b.person! - b.clickAt!);
    }
    if (app.errors.length > 0) throw new Error(`page errors during the benchmark: ${app.errors.join('; ')}`);
    await app.close();
  } finally {
    await browser.close();
  }
  return { home: summarise(home), person: summarise(person) };
}
