import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { callOk } from '../support/typed-call';

/**
 * "Go on with it" on the Commitments screen opens the reword on arrival (reword-drafts.ts). Found by a
 * review: on a long journal, drawn twice (its first screen, then the whole), the second draw closed the
 * reword; a click that opened no page (Shift) was remembered and opened a reword unasked later.
 */
const entry = (app: MendApp, text: string) => app.page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: text });

/** Sam's commitment with a reword left unsaved, and the Commitments screen open at its row. */
async function rewordWaitingOnCommitments(app: MendApp) {
  const ok = callOk(app.core);
  const { id } = await ok('relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  const a = await ok('commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: null, debriefId: null });
  await ok('drafts:save', { key: `commitment:${id}:${a.id}`, fields: { text: 'Send the draft by Friday', due: '' } });
  const { page } = app;
  await page.goto('http://mend.localhost/index.html#/commitments');
  await page.reload();
  const row = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').filter({ hasText: 'Send the draft by Thursday' });
  return { app, ok, id, a, page, row };
}

test('on a journal drawn in two steps (first screen, then the whole), the reword opened by "Go on with it" stays open with the focus', async ({ openMend }) => {
  const app = await openMend();
  const ok = callOk(app.core);
  const { id } = await ok('relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  // More than FIRST_SCREEN_LATEST (50) commitments: the page draws its first screen, then the whole journal.
  for (let i = 0; i < 51; i++) {
    await ok('commitments:create', { relationshipId: id, owner: 'me', text: `Old promise ${i}`, dueAt: null, debriefId: null });
  }
  const a = await ok('commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: null, debriefId: null });
  await ok('drafts:save', { key: `commitment:${id}:${a.id}`, fields: { text: 'Send the draft by Friday', due: '' } });
  const { page } = app;
  await page.goto('http://mend.localhost/index.html#/commitments');
  await page.reload();
  const row = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').filter({ hasText: 'Send the draft by Thursday' });
  await row.getByRole('link', { name: 'Go on with it' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.first-screen-note')).toHaveCount(0); // the whole journal is in
  await expect(page.getByRole('textbox', { name: 'The commitment' })).toHaveValue('Send the draft by Friday');
  await expect(page.locator('.first-screen-note')).toHaveCount(0); // the whole journal is in
  await page.waitForTimeout(500);
  await expect(page.getByRole('textbox', { name: 'The commitment' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'The commitment' })).toBeFocused();
});

test('"Go on with it" for a commitment removed meanwhile is not remembered: a later visit opens its entry, not a reword', async ({ openMend }) => {
  const { app, ok, id, a, page, row } = await rewordWaitingOnCommitments(await openMend());
  await expect(row).toBeVisible();
  // Removed on the other computer (or here by a script) before the screen caught up.
  const removed = await ok('commitments:delete', { relationshipId: id, id: a.id });
  await row.getByRole('link', { name: 'Go on with it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  // It comes back (the other computer's Undo), and a while later the person opens its entry themselves.
  await ok('commitments:restore', { relationshipId: id, commitment: removed });
  await page.goto('http://mend.localhost/index.html#/');
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const item = entry(app, 'Send the draft by Thursday');
  await item.locator('summary').click();
  await expect(item.getByRole('button', { name: 'Reword or change the date' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'The commitment' })).toHaveCount(0);
});

test('"Go on with it" pressed with Shift (a new window, refused) is not remembered for a later visit', async ({ openMend }) => {
  const { app, id, page, row } = await rewordWaitingOnCommitments(await openMend());
  await row.getByRole('link', { name: 'Go on with it' }).click({ modifiers: ['Shift'] });
  await page.waitForTimeout(300);
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const item = entry(app, 'Send the draft by Thursday');
  await item.locator('summary').click();
  await expect(item.getByRole('button', { name: 'Go on with it' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'The commitment' })).toHaveCount(0);
});
