import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';
import { LockScreen, SecuritySettings } from './pages/security-pages';
import { switchableFs } from '../support/switchable-fs';

const PASSPHRASE = 'quiet harbour at seven';

test('the recovery key is shown and confirmed before anything is encrypted; a full disk changes nothing and the key still works after', async ({ openMend }) => {
  test.setTimeout(120_000);
  const disk = switchableFs();
  const app = await openMend({ fs: disk.fs });
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera', notes: 'Owns the Acme account.' });
  const settings = new SecuritySettings(page);
  await settings.open();
  const form = page.getByRole('form', { name: 'Turn on encryption' });
  await form.getByLabel('Passphrase').fill(PASSPHRASE);
  await form.getByLabel('Type it again').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();

  const key = page.getByLabel('Recovery key', { exact: true });
  await expect(key).toHaveText(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  const recoveryKey = (await key.textContent()) ?? '';
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();
  expect(await readdir(app.dataDir)).not.toContain('keyring.json');

  disk.fail('ENOSPC');
  await page.getByRole('button', { name: 'I have saved it: turn on encryption' }).click();
  await expect(page.locator('#recovery-error')).toContainText('the disk is full');
  await expect(key).toHaveText(recoveryKey);
  expect(await readdir(app.dataDir)).not.toContain('keyring.json');

  disk.heal();
  await page.getByRole('button', { name: 'I have saved it: turn on encryption' }).click();
  await expect(page.getByText('Your journal is encrypted on this computer.')).toBeVisible({ timeout: 30_000 });

  const again = await app.restart();
  const lock = new LockScreen(again.page);
  await lock.expectShown();
  await lock.unlock(recoveryKey.toLowerCase());
  await expect(again.page.getByText('Sam Rivera').first()).toBeVisible();
});

test('turning encryption off with a damaged file names it, keeps the key, and can move it aside first', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera', notes: 'Owns the Acme account.' });
  await new HomePage(page).goto();
  await new RelationshipForm(page).add({ name: 'Ana Silva', notes: 'Design lead.' });
  const anaId = page.url().split('/r/')[1]!;
  const settings = new SecuritySettings(page);
  await settings.open();
  await settings.enable(PASSPHRASE);

  const file = join(app.dataDir, 'relationships', `${anaId}.json`);
  const bytes = await readFile(file);
  bytes[bytes.length - 2]! ^= 0xff;
  await writeFile(file, bytes);

  await page.locator('summary', { hasText: 'Turn off encryption' }).click();
  const off = page.getByRole('form', { name: 'Turn off encryption' });
  await off.getByLabel('Passphrase').fill(PASSPHRASE);
  await off.getByRole('button', { name: 'Turn off encryption' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Turn it off' }).click();
  await expect(page.locator('#off-form-error')).toContainText(`relationships/${anaId}.json`);
  await expect(page.locator('#off-form-error')).toContainText('nothing was changed');
  expect(await readdir(app.dataDir)).toContain('keyring.json');
  await page.screenshot({ path: 'test-results/shots-sec/disable-still-sealed.png', fullPage: true });

  await off.getByRole('button', { name: 'Move it aside and turn off' }).click();
  await expect(page.getByText('Lock your journal with a passphrase.')).toBeVisible({ timeout: 30_000 });
  expect(await readdir(app.dataDir)).not.toContain('keyring.json');
  const aside = (await readdir(join(app.dataDir, 'damaged'))).filter((n) => n.startsWith('still-sealed-'));
  expect(aside).toHaveLength(1);
  expect((await readdir(join(app.dataDir, 'damaged', aside[0]!))).sort()).toEqual(['keyring.json', `relationships--${anaId}.json`]);
});
