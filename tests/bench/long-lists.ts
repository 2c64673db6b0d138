/**
 * Long histories in the window: a person with 5,000 timeline entries opens in ≤ 200 ms, and Home with
 * 2,000 people in ≤ 300 ms (issue 15, item 11). Each is timed inside the page, from the hash change to
 * the first paint after the screen's list is in the DOM, on data written through the real codec.
 *   npx electron-vite build && npx tsx tests/bench/long-lists.ts [--quick]
 */
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { longPerson, writeFolder } from '../support/long-journal';
import { launchChromium } from '../e2e/harness/chromium';
import { APP_ORIGIN, launchMend } from '../e2e/harness/launch';
import { summarise, type Figure } from './measure';
import { BENCH_NOW } from './generate';

export const LONG_LIST_TARGETS = { person5000Ms: 200, home2000Ms: 300 };

/**
 * Records, inside the page, when `selector` first matches after a hash change, then the next paint.
 * A string, not a function: tsx adds helpers to a function's source that the page lacks.
 */
async function timeHashChange(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)));
    });
    observer.observe(document, { childList: true, subtree: true });
    location.hash = ${JSON.stringify(hash)};
  })`);
}

async function timeScreen(dir: string, hash: string, selector: string, runs: number): Promise<Figure> {
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    const app = await launchMend(browser, { dataDir: dir, path: '/settings', now: () => new Date(BENCH_NOW) });
    for (let i = 0; i < runs + 1; i++) {
      await app.page.goto(`${APP_ORIGIN}/index.html?run=${i}#/settings`);
      await app.page.locator('h1').first().waitFor();
      const ms = await timeHashChange(app.page, hash, selector);
      if (i > 0) times.push(ms); // the first run warms the core's caches, as any real second visit would
    }
    if (app.errors.length > 0) throw new Error(`page errors during the benchmark: ${app.errors.join('; ')}`);
    await app.close();
  } finally {
    await browser.close();
  }
  return summarise(times);
}

/** Writes both folders under `work` and times the two screens; prints one line each. */
export async function longListTimings(work: string, runs: number): Promise<{ person5000: Figure; home2000: Figure }> {
  const long = longPerson(0, 5_000, BENCH_NOW);
  await writeFolder(join(work, 'long-person'), [long], BENCH_NOW);
  await writeFolder(join(work, 'many-people'), Array.from({ length: 2_000 }, (_, n) => longPerson(n, 12, BENCH_NOW)), BENCH_NOW);
  const person5000 = await timeScreen(join(work, 'long-person'), `#/r/${long.relationship.id}`, '.timeline .tl-item', runs);
  const home2000 = await timeScreen(join(work, 'many-people'), '#/', 'a.card-link', runs);
  const line = (what: string, f: Figure, target: number) =>
    `${what.padEnd(38)} ${f.median.toFixed(0).padStart(5)} / ${f.p95.toFixed(0).padStart(5)} ms   target ≤ ${target} ms   ${f.p95 <= target ? 'met' : 'MISSED'}  (${f.runs} runs)\n`;
  process.stdout.write(line('open a person with 5,000 entries', person5000, LONG_LIST_TARGETS.person5000Ms));
  process.stdout.write(line('open Home with 2,000 people', home2000, LONG_LIST_TARGETS.home2000Ms));
  return { person5000, home2000 };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  void longListTimings(resolve(import.meta.dirname, '../../.tmp/bench-long'), process.argv.includes('--quick') ? 3 : 7);
}
