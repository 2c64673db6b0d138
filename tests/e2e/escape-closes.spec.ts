import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';

/**
 * Escape closes a small form opened in place, as it does in any desktop app, and the focus goes back to
 * the button that opened it (not the page's top). Nothing typed is lost: quick capture keeps its words
 * as a draft ("Not now"), and a reword put away offers Undo (its Cancel).
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}

async function seed(app: MendApp): Promise<string> {
  const { id } = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: null, debriefId: null });
  return id;
}

test('quick capture on the person page: Escape is "Not now", the opening button takes the focus, and the words come back', async ({ openMend }) => {
  const app = await openMend();
  const id = await seed(app);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const section = page.getByRole('region', { name: 'Between conversations' });
  for (const [button, form, field, words] of [
    ['Add a commitment', 'Add a commitment', 'What was promised', 'Share the launch plan by Monday'],
    ['Write a 1:1 note', 'Write a 1:1 note', 'What came up', 'Talked about the launch.'],
  ] as const) {
    const opener = section.getByRole('button', { name: button });
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('form', { name: form }).getByLabel(field)).toBeFocused();
    await page.keyboard.type(words);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('form', { name: form })).toHaveCount(0);
    await expect(opener).toBeFocused();
    await expect(opener).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('form', { name: form }).getByLabel(field)).toHaveValue(words);
  }
  // "Not now" (the button) also gives the focus back.
  await page.getByRole('form', { name: 'Write a 1:1 note' }).getByRole('button', { name: 'Not now' }).click();
  await expect(section.getByRole('button', { name: 'Write a 1:1 note' })).toBeFocused();
});

test('a reword: Escape puts it away with Undo, and the Reword button takes the focus', async ({ openMend }) => {
  const app = await openMend();
  const id = await seed(app);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Send the draft' });
  await item.locator('summary').click();
  const reword = item.getByRole('button', { name: 'Reword or change the date' });
  await reword.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('The commitment')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(', with the numbers');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('The commitment')).toHaveCount(0);
  await expect(reword).toBeFocused();
  await page.getByRole('status').filter({ hasText: 'Change put away.' }).getByRole('button', { name: 'Undo' }).click();
  await item.getByRole('button', { name: 'Go on with it' }).click();
  await expect(page.getByLabel('The commitment')).toHaveValue('Send the draft by Thursday, with the numbers');
});

test('the Commitments screen\'s "Add a commitment": Escape closes it and gives the focus back to its button', async ({ openMend }) => {
  const app = await openMend();
  await seed(app);
  const { page } = app;
  await page.goto('http://mend.localhost/index.html#/commitments');
  await page.reload(); // the person was added behind the window's back: a fresh start reads them
  const opener = page.getByRole('button', { name: 'Add a commitment' });
  await opener.click();
  await page.getByRole('form', { name: 'Add a commitment' }).getByLabel('What was promised').fill('Review the plan together');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Add a commitment' })).toHaveCount(0);
  await expect(opener).toBeFocused();
  await opener.click();
  await expect(page.getByRole('form', { name: 'Add a commitment' }).getByLabel('What was promised')).toHaveValue('Review the plan together');
});
