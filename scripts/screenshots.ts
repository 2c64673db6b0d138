/**
 * Takes screenshots of Mend's screens with the end-to-end launcher, for looking at the UI by eye.
 *   npx tsx scripts/screenshots.ts [outDir]   (run `npm run build` first)
 *   npx tsx scripts/screenshots.ts --readme   the README's pictures, into docs/screenshots/
 */
import { BASE, DARK, LIGHT, addPerson, outDir, runShots } from './shots-harness';
import { readmeShots } from './readme-shots';

async function main(): Promise<void> {
  if (process.argv.includes('--readme')) return readmeShots();
  await runShots({ out: outDir('.tmp/shots'), looks: [LIGHT, DARK] }, async ({ app, png }) => {
    const { page } = app;
    await page.screenshot({ path: png('home-empty') });
    const sam = await addPerson(app, {
      started: '2024-02-01',
      notes: 'Owns the **Acme** account. Joined from the agency side.\n\n- Prefers mornings\n- [Team page](https://example.org)',
    });
    await addPerson(app, { name: 'Ana Silva', role: 'Design lead', kind: 'peer' });
    await page.reload();
    await page.screenshot({ path: png('home') });
    await page.goto(`${BASE}/r/${sam}`);
    await page.waitForSelector('h1');
    await page.screenshot({ path: png('relationship'), fullPage: true });
    await page.goto(`${BASE}/new`);
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.waitForSelector('.field-error');
    await page.screenshot({ path: png('form-error') });
    await page.goto(`${BASE}/settings`);
    await page.waitForSelector('h1');
    await page.screenshot({ path: png('settings') });
  });
}

void main();
