import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { callOk } from '../support/typed-call';
import { arrived, openOtherComputer, openRepairAttempt, REPAIR_ATTEMPT, slowReads, WORK_LAPTOP } from './two-computers';

/**
 * A helper's fourth attack: editing keys while Save waits for the entry as it is now. Before this stop's
 * fix (a hold on the form while Save was busy, replaying only printable keys) Backspace was dropped and
 * the letters around it kept, and a paste was dropped: both failed on that build.
 */

/** A repair attempt whose note was rewritten here ("My note.") and on the other computer: Save stops to show both. */
async function stoppingSave(app: MendApp) {
  const { page } = app;
  const { id, bidId, note } = await openRepairAttempt(app);
  await note.fill('My note.');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('repair-bids:update', { relationshipId: id, id: bidId, ...REPAIR_ATTEMPT, note: 'Their note.' });
  await arrived(app, id, (j) => j.repairBids[0]!.note === 'Their note.');
  slowReads(app, 1200);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
  await note.focus();
  return { id, note };
}

test('a typo corrected with Backspace while Save is on its way is kept as corrected, not with the typo', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { note } = await stoppingSave(app);
  await page.keyboard.type(' Thx');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('anks.');
  await expect(page.getByText('Your other computer changed these words too')).toBeVisible();
  await expect(note).toHaveValue(/Their note\./);
  await expect(note).not.toHaveValue(/Thxanks/);
  await expect(note).toHaveValue(/ Thanks\.$/);
});

test('text pasted between typed words while Save is on its way is kept with them', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
  const { note } = await stoppingSave(app);
  await page.evaluate(() => navigator.clipboard.writeText('PASTED'));
  await page.keyboard.type(' A ');
  await page.keyboard.press('Control+V');
  await page.keyboard.type(' B');
  await expect(page.getByText('Your other computer changed these words too')).toBeVisible();
  await expect(note).toHaveValue(/Their note\./);
  await expect(note).toHaveValue(/ A PASTED B$/);
});

test('(control) pasting into the note works when no Save is on its way', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
  const { note } = await openRepairAttempt(app);
  await page.evaluate(() => navigator.clipboard.writeText('PASTED'));
  await note.focus();
  await note.press('End');
  await page.keyboard.press('Control+V');
  await expect(note).toHaveValue('First note.PASTED');
});
