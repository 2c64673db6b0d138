/**
 * Screenshots of the lock screen and Settings → Passphrase and lock, light and dark, for looking at by eye.
 *   npx electron-vite build --outDir .tmp/out-security
 *   MEND_RENDERER_DIR=.tmp/out-security/renderer npx tsx scripts/shots-security.ts [outDir]
 */
import { BASE, DARK, LIGHT, addPerson, outDir, runShots } from './shots-harness';

const out = outDir('.tmp/shots-security');
const PASS = 'quiet harbour at seven';

await runShots({ out, looks: [LIGHT, DARK], options: () => ({ path: '/settings' }) }, async ({ app, look: { name: scheme } }) => {
  const { page } = app;
  await addPerson(app, { notes: 'Owns the Acme account.' });
  await page.getByRole('heading', { name: 'Passphrase and lock' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${scheme}-1-settings-off.png`, fullPage: true });
  const form = page.getByRole('form', { name: 'Turn on encryption' });
  await form.getByLabel('Passphrase').fill('short');
  await form.getByLabel('Type it again').fill('short');
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();
  await page.waitForSelector('#enc-passphrase-error');
  await page.screenshot({ path: `${out}/${scheme}-2-too-short.png`, fullPage: true });
  await form.getByLabel('Passphrase').fill(PASS);
  await form.getByLabel('Type it again').fill(PASS);
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();
  await page.getByLabel('Recovery key', { exact: true }).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: `${out}/${scheme}-3-recovery-key.png`, fullPage: true });
  await page.getByRole('button', { name: 'I have saved it: turn on encryption' }).click();
  await page.getByText('Your journal is encrypted on this computer.').waitFor();
  await page.locator('.turn-off summary').click();
  await page.screenshot({ path: `${out}/${scheme}-4-settings-on.png`, fullPage: true });
  const again = await app.restart();
  await again.page.getByRole('heading', { name: 'Mend is locked' }).waitFor();
  await again.page.screenshot({ path: `${out}/${scheme}-5-locked.png` });
  for (let i = 0; i < 3; i++) {
    await again.page.getByLabel('Passphrase').fill('wrong passphrase');
    await again.page.getByRole('button', { name: 'Unlock' }).click();
    await again.page.waitForSelector('#unlock-passphrase-error');
    await again.page.waitForTimeout(200);
  }
  await again.page.screenshot({ path: `${out}/${scheme}-6-wrong.png` });
  await again.page.waitForTimeout(1500);
  await again.page.getByLabel('Passphrase').fill(PASS);
  await again.page.getByRole('button', { name: 'Unlock' }).click();
  await again.page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 20_000 });
  await again.page.goto(`${BASE}/`);
  await again.page.getByRole('heading', { name: 'Your people' }).waitFor();
  await again.page.screenshot({ path: `${out}/${scheme}-7-home-unlocked.png` });
});
