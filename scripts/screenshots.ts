/**
 * Takes screenshots of Mend's screens with the end-to-end launcher, for looking at the UI by eye.
 *   npx tsx scripts/screenshots.ts [outDir]   (run `npm run build` first)
 *   npx tsx scripts/screenshots.ts --readme   the README's pictures, into docs/screenshots/
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend } from '../tests/e2e/harness/launch';
import { readmeShots } from './readme-shots';

const out = process.argv[2] ?? '.tmp/shots';

async function main(): Promise<void> {
  if (process.argv.includes('--readme')) {
    const browser = await launchChromium();
    await readmeShots(browser);
    await browser.close();
    console.log('README pictures in docs/screenshots');
    return;
  }
  await mkdir(out, { recursive: true });
  const browser = await launchChromium();
  for (const scheme of ['light', 'dark'] as const) {
    const app = await launchMend(browser, { colorScheme: scheme });
    const { page, core } = app;
    await page.screenshot({ path: `${out}/${scheme}-home-empty.png` });
    const sam = await core.call('relationships:create', {
      name: 'Sam Rivera', role: 'Account lead', kind: 'direct-report', started: '2024-02-01',
      notes: 'Owns the **Acme** account. Joined from the agency side.\n\n- Prefers mornings\n- [Team page](https://example.org)',
    });
    await core.call('relationships:create', { name: 'Ana Silva', role: 'Design lead', kind: 'peer', started: null, notes: '' });
    await page.reload();
    await page.screenshot({ path: `${out}/${scheme}-home.png` });
    if (sam.ok) {
      await page.goto(`http://mend.localhost/index.html#/r/${(sam.value as { id: string }).id}`);
      await page.waitForSelector('h1');
      await page.screenshot({ path: `${out}/${scheme}-relationship.png`, fullPage: true });
    }
    await page.goto('http://mend.localhost/index.html#/new');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.waitForSelector('.field-error');
    await page.screenshot({ path: `${out}/${scheme}-form-error.png` });
    await page.goto('http://mend.localhost/index.html#/settings');
    await page.waitForSelector('h1');
    await page.screenshot({ path: `${out}/${scheme}-settings.png` });
    if (app.errors.length) console.log(app.errors);
    await app.close();
  }
  await browser.close();
  console.log(`Screenshots in ${out}`);
}

void main();
