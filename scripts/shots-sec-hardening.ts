/**
 * Screenshots of the encryption steps changed by the hardening work: the recovery key shown before
 * anything is encrypted, in light, dark and a narrow window.
 *   npx tsx scripts/shots-sec-hardening.ts [outDir]   (build first)
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend } from '../tests/e2e/harness/launch';

const out = process.argv[2] ?? '.tmp/shots-sec';

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const browser = await launchChromium();
  for (const [name, scheme, width] of [['light', 'light', 1200], ['dark', 'dark', 1200], ['narrow', 'light', 700]] as const) {
    const app = await launchMend(browser, { colorScheme: scheme });
    const { page } = app;
    await page.setViewportSize({ width, height: 900 });
    await page.goto('http://mend.localhost/index.html#/settings');
    const form = page.getByRole('form', { name: 'Turn on encryption' });
    await form.getByLabel('Passphrase').fill('quiet harbour at seven');
    await form.getByLabel('Type it again').fill('quiet harbour at seven');
    await form.getByRole('button', { name: 'Next: your recovery key' }).click();
    await page.getByLabel('Recovery key', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('heading', { name: 'Your recovery key' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${name}-recovery-key.png` });
    if (app.errors.length) console.log(app.errors);
    await app.close();
  }
  await browser.close();
  console.log(`Screenshots in ${out}`);
}

void main();
