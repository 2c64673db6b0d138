import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { switchableFs } from '../support/switchable-fs';
import { appUrl, ok, openOtherComputer, openRepairAttempt, slowReads, stoppingSave, WORK_LAPTOP } from './two-computers';

/**
 * A helper's fourth attack: words typed while Save waits, then the Save refused, stopped, or the form
 * left or flushed. The last two failed on the build that held keys while Save was busy.
 */

test('words typed while Save finds the entry removed on the other computer stay on screen and are saved as new', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id, bidId, note } = await openRepairAttempt(app);
  await note.fill('My note.');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  slowReads(app, 1500);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
  // Removed on the other computer while this Save waits.
  await callOk(home)('repair-bids:delete', { relationshipId: id, id: bidId } as never);
  await note.focus();
  await page.keyboard.type(' And more.');
  await expect(page.locator('#entry-gone')).toBeVisible({ timeout: 8000 });
  await expect(note).toHaveValue('My note. And more.');
  await expect(note).toBeEditable();
  await page.getByRole('button', { name: /^Save as a new/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const bids = (await ok(app, 'journals:get', { relationshipId: id })).repairBids;
  expect(bids.map((b) => b.note)).toEqual(['My note. And more.']);
});

test('words typed while Save is refused by a full disk stay on screen after the refusal, and the form takes typing again', async ({ openMend }) => {
  const disk = switchableFs();
  const app = await openMend({ device: WORK_LAPTOP, fs: disk.fs });
  const { page } = app;
  const { note } = await openRepairAttempt(app);
  await note.fill('My note.');
  // Let the draft autosave land before the disk fills.
  await page.waitForTimeout(1500);
  slowReads(app, 600);
  disk.fail('ENOSPC');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
  await note.focus();
  await page.keyboard.type(' And more.');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled({ timeout: 5000 });
  await expect(note).toHaveValue('My note. And more.');
  await expect(page.locator('form')).not.toHaveAttribute('aria-busy', 'true');
  await note.press('End');
  await page.keyboard.type('!');
  await expect(note).toHaveValue('My note. And more.!');
});

test('words typed while Save is on its way are in what a window flush keeps, when that Save then stops to show both versions', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id, bidId } = await stoppingSave(app, 1500);
  await page.keyboard.type(' And more.');
  // The window is closed now (quit): main asks the page to flush everything it holds.
  await app.flush();
  const kept = await ok(app, 'drafts:get', { key: `repair-bid:${id}:${bidId}` });
  expect(JSON.stringify(kept?.fields ?? null)).toContain('And more.');
});

test('words typed while Save is on its way, then leaving by the sidebar, are in the change kept for next time when that Save stops', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id, bidId } = await stoppingSave(app, 1500);
  await page.keyboard.type(' And more.');
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await page.waitForTimeout(2500); // that Save stops: both computers rewrote the note; nothing is saved
  expect((await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!.note).toBe('Their note.');
  await page.goto(appUrl(`/r/${id}/repair-bid/${bidId}`));
  await expect(page.getByLabel('Anything to add? (optional)')).toHaveValue(/My note\. And more\./, { timeout: 8000 });
});
