import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { RelationshipForm } from './pages/relationship-pages';
import { switchableFs } from '../support/switchable-fs';

test('a full disk refuses the save in plain words, keeps the old version and every typed character', async ({ openMend }) => {
  const disk = switchableFs();
  const app = await openMend({ fs: disk.fs });
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera', notes: 'Owns the Acme account.' });
  const id = page.url().split('/r/')[1]!;
  const file = join(app.dataDir, 'relationships', `${id}.json`);
  const before = await readFile(file);

  await page.getByRole('link', { name: 'Edit details' }).click();
  const typed = 'Owns the Acme account.\n\nWe talked on Monday; it went better than I feared.';
  await new RelationshipForm(page).fill({ notes: typed, role: 'Account lead' });
  disk.fail('ENOSPC');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toHaveText(`Could not save relationships/${id}.json: the disk is full.`);
  await expect(page.getByLabel('Notes')).toHaveValue(typed);
  await expect(page.getByLabel('Role')).toHaveValue('Account lead');
  expect(Buffer.compare(await readFile(file), before)).toBe(0);

  disk.heal();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(page.getByText('it went better than I feared')).toBeVisible();
});
