/**
 * Screenshots of Home, the trust chart and Insights over the eight-week story, light and dark.
 *   npx electron-vite build --outDir .tmp/out-trust
 *   MEND_RENDERER_DIR=.tmp/out-trust/renderer npx tsx scripts/shots-trust.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend } from '../tests/e2e/harness/launch';
import { seedTrustStory } from '../tests/support/trust-story';

const out = process.argv[2] ?? '.tmp/shots-trust';
const base = 'http://mend.localhost/index.html#';

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const browser = await launchChromium();
  for (const scheme of ['light', 'dark'] as const) {
    const app = await launchMend(browser, { colorScheme: scheme });
    const { page } = app;
    const story = await seedTrustStory((c, i) => app.core.call(c, i), new Date());
    await page.reload();
    await page.getByRole('heading', { name: 'Where trust stands' }).waitFor();
    await page.screenshot({ path: `${out}/${scheme}-home.png`, fullPage: true });
    for (const [name, id] of Object.entries(story)) {
      await page.goto(`${base}/r/${id}`);
      await page.getByRole('heading', { name: 'Is trust coming back?' }).waitFor();
      await page.locator('.tc-section').screenshot({ path: `${out}/${scheme}-chart-${name}.png` });
    }
    await page.getByRole('button', { name: 'Show as a table' }).click();
    await page.locator('.tc-section').screenshot({ path: `${out}/${scheme}-table-kim.png` });
    await page.goto(`${base}/insights`);
    await page.getByRole('heading', { name: 'Keeping your word, both ways' }).waitFor();
    await page.screenshot({ path: `${out}/${scheme}-insights.png`, fullPage: true });
    if (app.errors.length) console.log(app.errors);
    await app.close();
  }
  await browser.close();
  console.log(`Screenshots in ${out}`);
}

void main();
