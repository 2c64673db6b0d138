/**
 * Screenshots of every main screen in a narrow window (640 px by default), light and dark, over the
 * eight-week story; prints any screen that scrolls sideways.
 *   npx electron-vite build && npx tsx scripts/shots-narrow.ts [outDir] [width]
 */
import type { Page } from '@playwright/test';
import { BASE, DARK, LIGHT, outDir, runShots } from './shots-harness';
import { seedTrustStory } from '../tests/support/trust-story';

const width = Number(process.argv[3] ?? 640);
const looks = [LIGHT, DARK].map((l) => ({ ...l, width, height: 900 }));

/** The whole screen, then tiles of one window height to look at closely. */
async function tiles(page: Page, png: (name: string) => string, name: string): Promise<void> {
  await page.screenshot({ path: png(name), fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, n = 1; y < Math.min(height, 2700); y += 900, n++) {
    await page.screenshot({ path: png(`${name}-${n}`), fullPage: true, clip: { x: 0, y, width, height: Math.min(900, height - y) } });
  }
}

await runShots({ out: outDir('.tmp/shots-narrow'), looks }, async ({ app, look, png }) => {
  const { page } = app;
  const story = await seedTrustStory((c, i) => app.core.call(c, i), new Date());
  const screens: [string, string][] = [
    ['home', '/'], ['person', `/r/${story.sam}`], ['commitments', '/commitments'], ['check', `/r/${story.sam}/check/new`],
    ['insights', '/insights'], ['settings', '/settings'], ['incident', `/r/${story.kim}/incident/new`],
  ];
  for (const [name, path] of screens) {
    await page.goto(`${BASE}${path}`);
    await page.reload();
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(300);
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (over > 0) console.log(`${look.name} ${name}: scrolls sideways by ${over}px`);
    await tiles(page, png, name);
  }
});
