import { test, expect } from './fixtures';
import { openRepairAttempt, stoppingSave, WORK_LAPTOP } from './two-computers';

/**
 * A helper's fourth attack: editing keys while Save waits for the entry as it is now. Before this stop's
 * fix (a hold on the form while Save was busy, replaying only printable keys) Backspace was dropped and
 * the letters around it kept, and a paste was dropped: both failed on that build.
 */


test('a typo corrected with Backspace while Save is on its way is kept as corrected, not with the typo', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { note } = await stoppingSave(app, 1200);
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
  const { note } = await stoppingSave(app, 1200);
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
