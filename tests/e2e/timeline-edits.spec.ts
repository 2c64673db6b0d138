import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';

function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}

async function seed(app: MendApp): Promise<string> {
  const { id } = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-03', debriefId: null });
  await ok(app, 'monitoring-notes:create', { relationshipId: id, at: '2026-11-20T10:00:00.000Z', kind: 'took-work-back', note: 'Rewrote the intro myself.' });
  return id;
}

const entry = (app: MendApp, kind: string) => app.page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: kind });

test('a commitment can be reworded and given a new date from the timeline, and it stays after a restart', async ({ openMend }) => {
  const app = await openMend();
  const id = await seed(app);
  await app.page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await entry(app, 'Send the draft').locator('summary').click();
  await entry(app, 'Send the draft').getByRole('button', { name: 'Reword or change the date' }).click();
  await app.page.getByLabel('The commitment').fill('');
  await app.page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(app.page.getByRole('alert').first()).toContainText('Write the commitment');
  await app.page.getByLabel('The commitment').fill('Send the draft by Friday');
  await app.page.getByLabel('Due by').fill('2026-12-04');
  await app.page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(entry(app, 'Send the draft by Friday')).toBeVisible();

  const again = await app.restart({ path: `/r/${id}` });
  await expect(entry(again, 'Send the draft by Friday')).toBeVisible();
  const journal = await ok(again, 'journals:get', { relationshipId: id });
  expect(journal.commitments[0]).toMatchObject({ text: 'Send the draft by Friday', dueAt: '2026-12-04' });
});

test('a check-in logged by mistake can be removed after a confirmation', async ({ openMend }) => {
  const app = await openMend();
  const id = await seed(app);
  await app.page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await entry(app, 'My check-in').locator('summary').click();
  await expect(entry(app, 'My check-in')).toContainText('Rewrote the intro myself.');
  await entry(app, 'My check-in').getByRole('button', { name: 'Remove this check-in' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(entry(app, 'My check-in')).toHaveCount(1);
  await entry(app, 'My check-in').getByRole('button', { name: 'Remove this check-in' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(entry(app, 'My check-in')).toHaveCount(0);
  const again = await app.restart({ path: `/r/${id}` });
  await expect(again.page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(entry(again, 'My check-in')).toHaveCount(0);
});

test('rewording by keyboard: the words take the focus, Cancel forgets them and goes back to the button, Save comes back to the entry', async ({ openMend }) => {
  const app = await openMend();
  const id = await seed(app);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await entry(app, 'Send the draft').locator('summary').click();
  const reword = entry(app, 'Send the draft').getByRole('button', { name: 'Reword or change the date' });
  await reword.focus();
  await page.keyboard.press('Enter');
  const words = page.getByLabel('The commitment');
  await expect(words).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' noon, with the numbers');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(reword).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(words).toHaveValue('Send the draft by Thursday');
  await expect(page.getByText('You were writing this earlier')).toHaveCount(0);
  await page.keyboard.press('End');
  await page.keyboard.type(' noon');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // Save commitment
  await expect(entry(app, 'Send the draft by Thursday noon').locator('summary')).toBeFocused();
});

test('a commitment is marked from its own entry, and one made by mistake is removed, with Undo', async ({ openMend }) => {
  const app = await openMend();
  const id = await seed(app);
  await ok(app, 'commitments:create', { relationshipId: id, owner: 'me', text: 'Said twice by mistake', dueAt: null, debriefId: null });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await entry(app, 'Send the draft').locator('summary').click();
  await entry(app, 'Send the draft').getByRole('button', { name: 'Mark how it went' }).click();
  const dialog = page.getByRole('dialog', { name: 'How did it go?' });
  await dialog.getByRole('radio', { name: 'Kept' }).check();
  await dialog.getByRole('button', { name: 'Mark as kept' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/r/${id}$`)); // still on the person's page
  await expect(entry(app, 'Send the draft').locator('.badge').first()).toHaveText('Kept');
  await expect(entry(app, 'Send the draft').locator('summary')).toBeFocused();

  await entry(app, 'Said twice').locator('summary').click();
  await entry(app, 'Said twice').getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(entry(app, 'Said twice')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeFocused();
  await page.getByRole('status').filter({ hasText: 'Commitment removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(entry(app, 'Said twice')).toHaveCount(1);
  const again = await app.restart({ path: `/r/${id}` });
  await expect(entry(again, 'Said twice')).toHaveCount(1);
  expect((await ok(again, 'journals:get', { relationshipId: id })).commitments.map((c) => c.status).sort()).toEqual(['kept', 'open']);
});

test('a reword put away with Cancel comes back with Undo', async ({ openMend }) => {
  const app = await openMend();
  const id = await seed(app);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await entry(app, 'Send the draft').locator('summary').click();
  await entry(app, 'Send the draft').getByRole('button', { name: 'Reword or change the date' }).click();
  await page.getByLabel('The commitment').fill('Send the draft by Friday, with the numbers checked');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('status').filter({ hasText: 'Change put away.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your change is kept' })).toBeVisible();
  // Kept, it is marked on the entry, and "Go on with it" opens the reword with its words.
  await expect(entry(app, 'Send the draft').locator('summary')).toContainText('Change not saved yet');
  await entry(app, 'Send the draft').getByRole('button', { name: 'Go on with it' }).click();
  await expect(page.getByLabel('The commitment')).toHaveValue('Send the draft by Friday, with the numbers checked');
});

test('a reword left unsaved is marked on its entry, opens where it was left, and the mark goes once it is saved', async ({ openMend }, testInfo) => {
  const app = await openMend();
  const id = await seed(app);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await entry(app, 'Send the draft').locator('summary').click();
  await entry(app, 'Send the draft').getByRole('button', { name: 'Reword or change the date' }).click();
  await page.getByLabel('The commitment').fill('Send the draft by Friday, numbers checked');
  await page.getByRole('link', { name: 'Home' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();

  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const summary = entry(app, 'Send the draft').locator('summary');
  await expect(summary).toContainText('Change not saved yet');
  // Opened by keyboard: the entry says a change waits, and the way back to it is the next Tab.
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(entry(app, 'Send the draft')).toContainText('You started changing this commitment and have not saved it yet.');
  await expect(page.getByLabel('The commitment')).toHaveCount(0); // the entry reads as before, with its actions
  await page.keyboard.press('Tab');
  await expect(entry(app, 'Send the draft').getByRole('button', { name: 'Go on with it' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('reword-waits.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('The commitment')).toHaveValue('Send the draft by Friday, numbers checked');
  await expect(page.getByLabel('The commitment')).toBeFocused();
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(entry(app, 'Send the draft by Friday, numbers checked').locator('summary')).not.toContainText('Change not saved yet');

  const again = await app.restart({ path: `/r/${id}` });
  await expect(entry(again, 'Send the draft by Friday, numbers checked')).toBeVisible();
  await expect(entry(again, 'Send the draft by Friday, numbers checked').locator('summary')).not.toContainText('Change not saved yet');
});
