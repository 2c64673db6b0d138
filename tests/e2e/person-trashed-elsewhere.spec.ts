import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { openOtherComputer, WORK_LAPTOP } from './two-computers';

/**
 * A quick 1:1 note half typed on the person's page while the other computer moves the person to the
 * Trash. Found by an attack on live changes; this test failed before the fix: the page said only "This
 * journal is not available. That relationship no longer exists.", and once the person was brought back
 * (under a new id) the words stayed under the removed id, where no form looks.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}
const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: '' };

test('a quick note half typed when the other computer moves the person to the Trash: the page says where they went, and the words come back with them', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  const typed = 'He asked for more time on the Acme report';
  await page.getByLabel('What came up').fill(typed);
  await page.waitForTimeout(1500); // kept as a draft as one types
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:delete', { id });

  const heading = page.getByRole('heading', { level: 1, name: 'Sam Rivera is in the Trash' });
  await expect(heading).toBeVisible({ timeout: 3000 });
  await expect(heading).toBeFocused();
  await expect(page.getByText('what you were writing about them comes back with them')).toBeVisible();
  await expect(page.getByText(/relationship/i)).toHaveCount(0);

  await page.getByRole('link', { name: 'Open the Trash' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Sam Rivera' }).getByRole('button', { name: /Bring/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const quick = page.getByLabel('What came up');
  if (!(await quick.isVisible())) await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  await expect(quick).toHaveValue(typed);
});

test('Edit details saved after the other computer moved the person to the Trash: it says where they went, and the words wait for them', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  await page.goto(`http://mend.localhost/index.html#/r/${id}/edit`);
  const notes = page.getByLabel('Notes');
  const typed = 'Prefers written questions before a 1:1.';
  await notes.fill(typed);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:delete', { id });
  await expect(page.getByRole('status').filter({ hasText: 'also changed on your other computer' })).toBeVisible({ timeout: 3000 });

  await page.getByRole('button', { name: 'Save changes' }).click();
  // Before, this said only "That relationship no longer exists. It may have been deleted."
  await expect(page.getByRole('alert')).toHaveText('Sam Rivera was moved to the Trash, here or on your other computer, so this can’t be saved now. What you wrote is kept: bring them back from the Trash and it will be waiting here.');
  await expect(notes).toHaveValue(typed);

  await page.goto('http://mend.localhost/index.html#/trash');
  await page.getByRole('listitem').filter({ hasText: 'Sam Rivera' }).getByRole('button', { name: /Bring/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit details' }).click();
  // The field, not the person page's Notes section (labelled Notes too) while the form is still opening.
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(typed);
});
