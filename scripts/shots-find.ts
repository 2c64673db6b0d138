/**
 * Screenshots of Search, the command palette, the shortcut sheet and the quick date choices, in light
 * and dark, wide and narrow (700 px).
 *   npx electron-vite build && npx tsx scripts/shots-find.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend } from '../tests/e2e/harness/launch';
import { seedSearchStory } from '../tests/e2e/search-seed';

const out = process.argv[2] ?? '.tmp/shots-find';
const base = 'http://mend.localhost/index.html#';

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const browser = await launchChromium();
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1200, 700]) {
      const app = await launchMend(browser, { colorScheme: scheme });
      const { page } = app;
      await page.setViewportSize({ width, height: 820 });
      const story = await seedSearchStory(app.core);
      const name = (what: string) => `${out}/${scheme}-${width}-${what}.png`;
      await page.goto(`${base}/search`);
      await page.getByRole('searchbox').fill('deadline');
      await page.locator('.search-groups mark').first().waitFor();
      await page.screenshot({ path: name('search') });
      await page.getByRole('searchbox').fill('?!');
      await page.screenshot({ path: name('search-empty') });
      await page.keyboard.press('Control+k');
      await page.keyboard.type('re');
      await page.locator('.palette-item').first().waitFor();
      await page.waitForTimeout(400);
      await page.screenshot({ path: name('palette') });
      await page.keyboard.press('Escape');
      await page.locator('#search-title').focus();
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      await page.screenshot({ path: name('sheet') });
      await page.keyboard.press('Escape');
      await page.goto(`${base}/r/${story.sam}/prepare/new`);
      await page.getByRole('button', { name: 'Tomorrow 10 am' }).focus();
      await page.screenshot({ path: name('prepare-start') });
      await page.getByRole('button', { name: 'Start preparing' }).click();
      await page.locator('#prep-title').waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      await page.screenshot({ path: name('stepper') });
      await page.goto(`${base}/r/${story.sam}/entry/incident:${story.incident}`);
      await page.locator('details[open] .tl-body').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: name('entry-opened') });
      if (app.errors.length) console.log(app.errors);
      await app.close();
    }
  }
  await browser.close();
  console.log(`Screenshots in ${out}`);
}

void main();
