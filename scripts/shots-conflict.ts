/**
 * Screenshots of "Written on two computers at once" on a person's page, light and dark, and a narrow window.
 *   npx electron-vite build && npx tsx scripts/shots-conflict.ts [outDir]
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend } from '../tests/e2e/harness/launch';
import { callOk } from '../tests/support/typed-call';
import { openOtherComputer, WORK_LAPTOP } from '../tests/e2e/two-computers';

const out = process.argv[2] ?? '.tmp/shots-conflict';
const SAM = { name: 'Sam Rivera', role: 'Account lead', kind: 'direct-report' as const, started: null, notes: 'First notes.' };

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const browser = await launchChromium();
  for (const scheme of ['light', 'dark'] as const) {
    const first = await launchMend(browser, { colorScheme: scheme, device: WORK_LAPTOP });
    const { id } = await callOk(first.core)('relationships:create', SAM);
    const home = await openOtherComputer(first.dataDir);
    await callOk(home)('journals:get', { relationshipId: id });
    await callOk(home)('relationships:update', { id, ...SAM, notes: 'Ask how the **launch** went.\n\nHe mentioned his daughter starts school this week.' });
    await callOk(first.core)('relationships:update', { id, ...SAM, notes: 'He seemed tired today. Offer to move the Thursday review.' });
    const app = await first.restart({ path: `/r/${id}` });
    const notice = app.page.getByRole('region', { name: 'Written on two computers at once' });
    await notice.waitFor();
    await notice.screenshot({ path: `${out}/${scheme}-notice.png` });
    await app.page.screenshot({ path: `${out}/${scheme}-page.png` });
    if (scheme === 'light') {
      await app.page.setViewportSize({ width: 700, height: 900 });
      await notice.scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: `${out}/narrow.png` });
    }
    if (app.errors.length) console.log(app.errors);
    await app.close();
  }
  await browser.close();
  console.log(`Screenshots in ${out}`);
}

void main();
