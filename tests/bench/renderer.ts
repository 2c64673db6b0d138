import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../e2e/harness/chromium';
import { APP_ORIGIN, launchMend } from '../e2e/harness/launch';
import { summarise, type Figure } from './measure';
import { BENCH_NOW } from './generate';

/** The production renderer's JavaScript, raw and gzipped. */
export async function rendererSize(): Promise<{ rawKb: number; gzipKb: number }> {
  const assets = join(resolve(process.env.MEND_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer')), 'assets');
  let raw = 0;
  let gzip = 0;
  for (const name of (await readdir(assets)).filter((n) => n.endsWith('.js'))) {
    const bytes = await readFile(join(assets, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

/**
 * In Chromium, with a data folder: navigation → Home rendered (a person's card visible), and
 * click → that person's page rendered (their name as the heading and the timeline drawn).
 */
export async function rendererTimings(dir: string, runs: number): Promise<{ home: Figure; person: Figure }> {
  const browser = await launchChromium();
  const home: number[] = [];
  const person: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const app = await launchMend(browser, { dataDir: dir, path: '/settings', now: () => new Date(BENCH_NOW) });
      const { page } = app;
      await page.waitForSelector('h1');
      let start = performance.now();
      await page.goto(`${APP_ORIGIN}/index.html#/`, { waitUntil: 'commit' });
      await page.reload({ waitUntil: 'commit' });
      const card = page.locator('a[href^="#/r/"]').first();
      await card.waitFor();
      home.push(performance.now() - start);
      const name = (await card.locator('.card-title').first().textContent())?.trim() ?? '';
      start = performance.now();
      await card.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      person.push(performance.now() - start);
      if (app.errors.length > 0) throw new Error(`page errors during the benchmark: ${app.errors.join('; ')}`);
      await app.close();
    }
  } finally {
    await browser.close();
  }
  return { home: summarise(home), person: summarise(person) };
}
