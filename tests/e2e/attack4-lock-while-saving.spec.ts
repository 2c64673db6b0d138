import { test, expect } from './fixtures';
import { RelationshipForm } from './pages/relationship-pages';
import { LockScreen, SecuritySettings } from './pages/security-pages';
import { appUrl, ok, openRepairAttempt, slowReads } from './two-computers';

/**
 * A helper's fourth attack: Lock now while Save waits; the words typed meanwhile come back after
 * unlocking (failed on the build that held keys while Save was busy).
 */
const PASSPHRASE = 'quiet harbour at seven';

test('words typed while Save is on its way, then Lock now, are back on the form after unlocking', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  await new SecuritySettings(page).open();
  await new SecuritySettings(page).enable(PASSPHRASE);
  const id = (await ok(app, 'relationships:list', {} as never) as unknown as { id: string }[])[0]!.id;
  const { bidId, note } = await openRepairAttempt(app, id);
  await note.fill('My note.');
  await expect.poll(async () => JSON.stringify((await ok(app, 'drafts:get', { key: `repair-bid:${id}:${bidId}` }))?.fields ?? null)).toContain('My note.');

  slowReads(app, 1500);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
  await note.focus();
  await page.keyboard.type(' And more.');
  await new SecuritySettings(page).lockFromSidebar();
  const lock = new LockScreen(page);
  await lock.expectShown();
  await lock.unlock(PASSPHRASE);
  // Wherever the window opens, the words are on the repair attempt's form.
  await page.goto(appUrl(`/r/${id}/repair-bid/${bidId}`));
  const saved = (await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!.note;
  // The Save did not go through (the lock came first): not the known case of a Save that succeeds and leaves.
  expect(saved).toBe('First note.');
  await expect(page.getByLabel('Anything to add? (optional)')).toHaveValue(/My note\. And more\./, { timeout: 10_000 });
});
