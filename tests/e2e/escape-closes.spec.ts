import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';

/**
 * Escape closes a small form opened in place, as it does in any desktop app, and the focus goes back to
 * the button that opened it (not the page's top). Nothing typed is lost: both keep their words as a
 * draft, as leaving does (Cancel on a reword is the deliberate way to forget them, with Undo).
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

test('a reword: Escape closes it and keeps the words (marked on the entry, no Undo needed), and the Reword button takes the focus', async ({ openMend }) => {
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
  await expect(page.getByRole('status').filter({ hasText: 'Change put away.' })).toHaveCount(0);
  await expect(item.locator('summary')).toContainText('Change not saved yet');
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

// Found by a review: Escape on a reword first forgot the words and kept them only in the Undo bar, which
// lasts ten seconds and is replaced by any newer Undo (both tests failed so).
async function twoCommitments(app: MendApp): Promise<string> {
  const id = await seed(app);
  await ok(app, 'commitments:create', { relationshipId: id, owner: 'me', text: 'Reply to the deck within a day', dueAt: null, debriefId: null });
  return id;
}

test('a reword closed with Escape keeps its words after the Undo of another removal has come and gone', async ({ openMend }) => {
  const app = await openMend();
  const id = await twoCommitments(app);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const timeline = page.getByRole('list', { name: 'Timeline' });
  const a = timeline.getByRole('listitem').filter({ hasText: 'Send the draft' });
  const b = timeline.getByRole('listitem').filter({ hasText: 'Reply to the deck' });
  await a.locator('summary').click();
  await a.getByRole('button', { name: 'Reword or change the date' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(', with the numbers checked twice');
  await page.keyboard.press('Escape');
  await b.locator('summary').click();
  await b.getByRole('button', { name: /Remove/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  const removed = page.getByRole('status').filter({ hasText: 'Commitment removed.' });
  await removed.getByRole('button', { name: 'Dismiss' }).click();
  await expect(removed).toHaveCount(0);
  await a.getByRole('button', { name: 'Go on with it' }).click();
  await expect(page.getByLabel('The commitment')).toHaveValue('Send the draft by Thursday, with the numbers checked twice');
});

test('Escape on a reword leaves the Undo of a removal made just before on offer', async ({ openMend }) => {
  const app = await openMend();
  const id = await twoCommitments(app);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const timeline = page.getByRole('list', { name: 'Timeline' });
  const b = timeline.getByRole('listitem').filter({ hasText: 'Reply to the deck' });
  await b.locator('summary').click();
  await b.getByRole('button', { name: /Remove/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Commitment removed.' })).toBeVisible();
  const a = timeline.getByRole('listitem').filter({ hasText: 'Send the draft' });
  await a.locator('summary').click();
  await a.getByRole('button', { name: 'Reword or change the date' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(', with numbers');
  await page.keyboard.press('Escape');
  await page.getByRole('status').filter({ hasText: 'Commitment removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(b).toHaveCount(1);
});

test('a waiting reword is worded the same on the timeline and on the Commitments screen', async ({ openMend }) => {
  const app = await openMend();
  const id = await seed(app);
  const { page } = app;
  const c = (await ok(app, 'journals:get', { relationshipId: id })).commitments[0]!;
  await ok(app, 'drafts:save', { key: `commitment:${id}:${c.id}`, fields: { text: 'Send the draft by Friday', due: '' } });
  await page.goto('http://mend.localhost/index.html#/commitments');
  await page.reload();
  const row = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').filter({ hasText: 'Send the draft by Thursday' });
  const onScreen = (await row.locator('.commit-reword span').textContent())!;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Send the draft' });
  await item.locator('summary').click();
  expect((await item.locator('.draft-note span').first().textContent())!).toBe(onScreen);
});
