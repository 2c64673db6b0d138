import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';
import { LockScreen, SecuritySettings } from './pages/security-pages';
import { switchableFs } from '../support/switchable-fs';

const PASSPHRASE = 'quiet harbour at seven';
const FACTS = 'The proposal reached the client on Monday, three days late.';

/** An encrypted journal with one person, the disk full, and an incident typed that could not be saved. */
async function unsavedIncident(openMend: Parameters<Parameters<typeof test>[2]>[0]['openMend'], clock = false) {
  const disk = switchableFs();
  const app = await openMend({ fs: disk.fs });
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  await new SecuritySettings(page).open();
  await new SecuritySettings(page).enable(PASSPHRASE);
  if (clock) {
    await page.clock.install();
    await page.reload();
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await new HomePage(page).open('Sam Rivera');
  await page.getByRole('link', { name: 'Log an incident' }).click();
  disk.fail('ENOSPC');
  await page.getByLabel('What happened, in a line').fill('Missed the Acme deadline');
  await page.getByLabel('The facts').fill(FACTS);
  if (clock) await page.clock.fastForward(1000);
  await expect(page.getByText('Your draft could not be kept')).toBeVisible();
  return { app, page, disk };
}

const journalWords = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

test('Lock now with a failed save does not throw the text away: it says what is not saved and lets you choose', async ({ openMend }) => {
  test.setTimeout(120_000);
  const { page, disk } = await unsavedIncident(openMend);

  await new SecuritySettings(page).lockFromSidebar();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('a new incident');
  await dialog.getByRole('button', { name: 'Keep writing' }).click();
  await expect(page.getByLabel('The facts')).toHaveValue(FACTS);

  // Locking anyway: Mend holds the text in memory while locked, never in the locked page, and offers it back.
  await new SecuritySettings(page).lockFromSidebar();
  await page.getByRole('dialog').getByRole('button', { name: 'Lock anyway' }).click();
  const lock = new LockScreen(page);
  await lock.expectShown();
  expect(await journalWords(page)).not.toContain('three days late');
  disk.heal();
  await lock.unlock(PASSPHRASE);
  await expect(page.getByText('Mend kept what you had not saved')).toContainText('a new incident');
  // The window opens again on the incident form, filled in.
  await expect(page.getByLabel('The facts')).toHaveValue(FACTS);
  await page.getByRole('button', { name: 'Save incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
});

test('the idle lock with a failed save keeps the text in memory and offers it back after unlock', async ({ openMend }) => {
  test.setTimeout(120_000);
  const { page } = await unsavedIncident(openMend, true);
  await page.clock.fastForward('10:30');
  const lock = new LockScreen(page);
  await lock.expectShown();
  expect(await journalWords(page)).not.toContain('three days late');
  await lock.unlock(PASSPHRASE);
  await expect(page.getByText('Mend kept what you had not saved')).toContainText('a new incident');
  await expect(page.getByLabel('The facts')).toHaveValue(FACTS);
  // Still on a full disk: leaving the form and coming back keeps it too (it stays in this window).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await new HomePage(page).open('Sam Rivera');
  await page.getByRole('link', { name: 'Log an incident' }).click();
  await expect(page.getByLabel('The facts')).toHaveValue(FACTS);
});
