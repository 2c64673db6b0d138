import AxeBuilder from '@axe-core/playwright';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { BackupsSettings } from './pages/backups-page';
import { RelationshipForm } from './pages/relationship-pages';

/** Settings → Copies outside Mend, reached as a person would. */
async function copiesSection(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Copies outside Mend' });
  await expect(section).toBeVisible();
  return section;
}

test('exports are listed as unencrypted copies, kept across a restart, and can be forgotten', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera', role: 'Account lead' });
  const section = await copiesSection(app.page);
  await expect(section).toContainText('nothing has been exported from this computer');
  await expect(app.page.getByRole('form', { name: 'Turn on encryption' })).not.toContainText('earlier export');

  const backups = new BackupsSettings(app.page);
  await backups.saveBackup();
  await expect(backups.status()).toContainText('It holds 1 person');
  await backups.exportMarkdown();
  await expect(backups.status()).toContainText('Sam Rivera.md');
  const items = section.getByRole('list', { name: 'Copies outside Mend' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Markdown export');
  await expect(items.nth(0)).toContainText(join(app.dialogs.exportFolder!, 'Sam Rivera.md'));
  await expect(items.nth(1)).toContainText('Backup file');
  await expect(items.nth(1)).toContainText('Sam Rivera');
  await expect(items.first()).toContainText('Still there, not encrypted.');
  // Before encryption is turned on, the form says these copies will stay readable.
  await expect(app.page.getByRole('form', { name: 'Turn on encryption' })).toContainText('2 earlier exports are not encrypted.');
  const axe = await new AxeBuilder({ page: app.page }).include('section[aria-labelledby="copies-title"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Kept on this computer (user-data), never in the data folder: the list names people.
  expect((await readdir(app.dataDir, { recursive: true })).filter((f) => String(f).includes('exports'))).toEqual([]);
  await rm(join(app.dialogs.exportFolder!, 'Sam Rivera.md'));

  const again = await app.restart();
  const after = await copiesSection(again.page);
  const left = after.getByRole('list', { name: 'Copies outside Mend' }).getByRole('listitem');
  await expect(left).toHaveCount(2);
  await expect(left.nth(0)).toContainText('No longer there');
  await expect(left.nth(1)).toContainText('Still there, not encrypted.');

  await left.nth(0).getByRole('button', { name: /^Forget the markdown export from / }).click();
  await expect(after.getByRole('status')).toHaveText('Forgotten.');
  await expect(left).toHaveCount(1);
  await expect(after.getByRole('heading', { name: 'Copies outside Mend' })).toBeFocused();

  const third = await again.restart();
  const last = await copiesSection(third.page);
  await expect(last.getByRole('list', { name: 'Copies outside Mend' }).getByRole('listitem')).toHaveCount(1);
  await expect(last).toContainText('Backup file');
});
