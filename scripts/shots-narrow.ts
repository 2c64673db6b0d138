/**
 * Screenshots of every main screen in a narrow window (640 px by default), light and dark, over the
 * eight-week story; prints any screen that scrolls sideways.
 *   npx electron-vite build && npx tsx scripts/shots-narrow.ts [outDir] [width]
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend } from '../tests/e2e/harness/launch';
import { seedTrustStory } from '../tests/support/trust-story';

const out = process.argv[2] ?? '.tmp/shots-narrow';
const width = Number(process.argv[3] ?? 640);
const base = 'http://mend.localhost/index.html#';

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const browser = await launchChromium();
  for (const scheme of ['light', 'dark'] as const) {
    const app = await launchMend(browser, { colorScheme: scheme });
    const { page } = app;
    await page.setViewportSize({ width, height: 900 });
    const story = await seedTrustStory((c, i) => app.core.call(c, i), new Date());
    const screens: [string, string][] = [
      ['home', '/'], ['person', `/r/${story.sam}`], ['commitments', '/commitments'], ['check', `/r/${story.sam}/check/new`],
      ['insights', '/insights'], ['settings', '/settings'], ['incident', `/r/${story.kim}/incident/new`],
    ];
    for (const [name, path] of screens) {
      await page.goto(`${base}${path}`);
      await page.reload();
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(300);
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (over > 0) console.log(`${scheme} ${name}: scrolls sideways by ${over}px`);
      await page.screenshot({ path: `${out}/${scheme}-${name}.png`, fullPage: true });
      // Tiles of one window height, to look at closely.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, n = 1; y < Math.min(height, 2700); y += 900, n++) {
        await page.screenshot({ path: `${out}/${scheme}-${name}-${n}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(900, height - y) } });
      }
    }
    if (app.errors.length) console.log(app.errors);
    await app.close();
  }
  await browser.close();
  console.log(`Screenshots in ${out}`);
}

void main();
