/**
 * Screenshots of Settings → Spelling (off, then turned on), light and dark, and a narrow window.
 *   npx electron-vite build && npx tsx scripts/shots-spelling.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend } from '../tests/e2e/harness/launch';

const out = process.argv[2] ?? '.tmp/shots-spelling';

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const browser = await launchChromium();
  for (const scheme of ['light', 'dark'] as const) {
    const app = await launchMend(browser, { colorScheme: scheme, path: '/settings' });
    const section = app.page.getByRole('region', { name: 'Spelling' });
    await section.getByRole('checkbox').waitFor();
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${out}/${scheme}-off.png` });
    await section.getByRole('checkbox').check();
    await section.getByRole('status').filter({ hasText: 'On.' }).waitFor();
    await section.screenshot({ path: `${out}/${scheme}-on.png` });
    if (scheme === 'light') {
      await app.page.setViewportSize({ width: 700, height: 820 });
      await section.scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: `${out}/narrow.png` });
    }
    if (app.errors.length) console.log(app.errors);
    await app.close();
  }
  await browser.close();
  console.log(`Screenshots in ${out}`);
}

void main();
