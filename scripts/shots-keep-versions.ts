/**
 * Screenshots of Settings → "Earlier versions to keep" (this computer's own choice), light, dark and a
 * narrow window, for looking at by eye.
 *   npx electron-vite build && npx tsx scripts/shots-keep-versions.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend } from '../tests/e2e/harness/launch';

const out = process.argv[2] ?? '.tmp/shots-keep-versions';

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const browser = await launchChromium();
  for (const [name, scheme, width] of [['light', 'light', 1200], ['dark', 'dark', 1200], ['narrow', 'light', 700]] as const) {
    const app = await launchMend(browser, { colorScheme: scheme });
    const { page } = app;
    await page.setViewportSize({ width, height: 820 });
    await page.goto('http://mend.localhost/index.html#/settings');
    const field = page.getByLabel('Earlier versions to keep of each journal');
    await field.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${name}.png` });
    await app.close();
  }
  await browser.close();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
