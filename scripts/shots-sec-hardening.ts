/**
 * Screenshots of the encryption steps changed by the hardening work: the recovery key shown before
 * anything is encrypted, in light, dark and a narrow window.
 *   npx tsx scripts/shots-sec-hardening.ts [outDir]   (build first)
 */
import { DARK, LIGHT, NARROW, outDir, runShots } from './shots-harness';

const looks = [LIGHT, DARK, NARROW].map((l) => ({ ...l, height: 900 }));

await runShots({ out: outDir('.tmp/shots-sec'), looks, options: () => ({ path: '/settings' }) }, async ({ app: { page }, png }) => {
  const form = page.getByRole('form', { name: 'Turn on encryption' });
  await form.getByLabel('Passphrase').fill('quiet harbour at seven');
  await form.getByLabel('Type it again').fill('quiet harbour at seven');
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();
  await page.getByLabel('Recovery key', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Copy' }).click();
  await page.getByRole('heading', { name: 'Your recovery key' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: png('recovery-key') });
});
