import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { appUrl, ok, SAM } from './two-computers';
import { holdNext, REFUSED } from './held-calls';
import { RelationshipPage } from './pages/relationship-pages';

/**
 * Attack: the Trash and Undo, and a commitment's outcome with a note. The promise: nothing typed is lost,
 * Undo brings back what was removed once, a refused save says so and keeps the words.
 *
 * Found, and failed before their fixes: marking a reopened commitment again opened the note empty and
 * saved over the note its earlier outcome kept (OutcomeDialog.tsx now opens with it); Undo of a delete
 * pressed after the Trash screen had brought the person back said "That journal is not in the trash any
 * more." as an error (trash.ts alreadyBack now answers with the person, once).
 */

const entry = (app: MendApp, text: string) => app.page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: text });
const undoButton = (app: MendApp, text: string) => app.page.getByRole('status').filter({ hasText: text }).getByRole('button', { name: 'Undo' });

async function samWithCommitment(app: MendApp, text = 'Send the Acme draft by Thursday') {
  const { id } = await ok(app, 'relationships:create', SAM);
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text, dueAt: null, debriefId: null });
  return { id, cid: c.id };
}

test('a kept note, then Reopen, then marked kept again: the earlier note is not silently wiped', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id, cid } = await samWithCommitment(app);
  await ok(app, 'commitments:resolve', { relationshipId: id, id: cid, status: 'kept', note: 'Came in early, with the numbers.', resolvedAt: null });
  await page.goto(appUrl('/commitments'));
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByRole('status')).toContainText('Open again.');
  const row = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').filter({ hasText: 'Send the Acme draft' });
  await row.getByRole('button', { name: 'Kept', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const note = dialog.getByLabel('A note');
  const shown = await note.inputValue();
  await dialog.getByRole('button', { name: 'Mark as kept' }).click();
  await expect(dialog).toBeHidden();
  const c = (await ok(app, 'journals:get', { relationshipId: id })).commitments.find((x) => x.id === cid)!;
  // Either the dialog offered the earlier note back, or saving kept it: it must not vanish unseen.
  expect({ shown, stored: c.note }).toEqual({ shown: 'Came in early, with the numbers.', stored: 'Came in early, with the numbers.' });
});

test('an outcome note whose save is refused stays, survives Escape, and is saved once on the next try', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id, cid } = await samWithCommitment(app);
  await page.goto(appUrl('/commitments'));
  const row = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').filter({ hasText: 'Send the Acme draft' });
  await row.getByRole('button', { name: 'Missed', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const note = dialog.getByLabel('A note');
  await note.fill('Slipped a week; told me late.');
  const write = holdNext(app, 'commitments:resolve');
  await dialog.getByRole('button', { name: 'Mark as missed' }).click();
  await expect.poll(write.held).toBe(true);
  write.release(REFUSED);
  await expect(dialog.getByRole('alert')).toContainText('Mend could not save just now.');
  await expect(note).toHaveValue('Slipped a week; told me late.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await ok(app, 'journals:get', { relationshipId: id })).commitments[0]!.status).toBe('open');
  await row.getByRole('button', { name: 'Missed', exact: true }).click();
  await expect(note).toHaveValue('Slipped a week; told me late.');
  await dialog.getByRole('button', { name: 'Mark as missed' }).click();
  await expect(dialog).toBeHidden();
  const cs = (await ok(app, 'journals:get', { relationshipId: id })).commitments;
  expect(cs.map((c) => [c.id, c.status, c.note])).toEqual([[cid, 'missed', 'Slipped a week; told me late.']]);
});

test('Undo of a commitment removal pressed twice quickly brings it back once, note and outcome included', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id, cid } = await samWithCommitment(app);
  await ok(app, 'commitments:resolve', { relationshipId: id, id: cid, status: 'kept', note: 'On time.', resolvedAt: null });
  await page.goto(appUrl(`/r/${id}`));
  await entry(app, 'Send the Acme draft').locator('summary').click();
  await entry(app, 'Send the Acme draft').getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(entry(app, 'Send the Acme draft')).toHaveCount(0);
  const restore = holdNext(app, 'commitments:restore');
  await undoButton(app, 'Commitment removed.').click();
  // The bar must not still offer Undo while the first is on its way.
  await expect(undoButton(app, 'Commitment removed.')).toHaveCount(0);
  restore.release();
  await expect(page.getByRole('status').filter({ hasText: 'The commitment is back.' })).toBeVisible();
  await expect(entry(app, 'Send the Acme draft')).toHaveCount(1);
  const cs = (await ok(app, 'journals:get', { relationshipId: id })).commitments;
  expect(cs.map((c) => [c.text, c.status, c.note])).toEqual([['Send the Acme draft by Thursday', 'kept', 'On time.']]);
});

test('a person deleted, then brought back from the Trash, then Undo pressed: back once, and no error', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await samWithCommitment(app);
  await page.goto(appUrl(`/r/${id}`));
  await new RelationshipPage(page).delete();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await expect(undoButton(app, 'journal is in the Trash')).toBeVisible();
  await page.goto(appUrl('/trash'));
  await page.getByRole('button', { name: 'Bring back Sam Rivera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const undo = undoButton(app, 'journal is in the Trash');
  if (await undo.count()) {
    await undo.click();
    // Whatever it says, it must not be a failure about something already done, nor a second Sam.
    await expect(page.locator('.notice.error')).toHaveCount(0);
  }
  const people = await ok(app, 'relationships:list', {});
  expect(people.filter((p) => p.name === 'Sam Rivera')).toHaveLength(1);
  expect(await ok(app, 'trash:list', {})).toEqual([]);
});

test('a person deleted, the app restarted, then brought back from the Trash: all their words, once, and no Undo left over', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await samWithCommitment(app);
  await ok(app, 'capture:note', { relationshipId: id, at: '2026-11-20T10:00:00.000Z', text: 'Talked through the Acme timeline.' });
  const before = await ok(app, 'journals:get', { relationshipId: id });
  await page.goto(appUrl(`/r/${id}`));
  await new RelationshipPage(page).delete();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  const again = await app.restart({ path: '/trash' });
  await expect(again.page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await again.page.getByRole('button', { name: 'Bring back Sam Rivera' }).click();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const people = (await ok(again, 'relationships:list', {})).filter((p) => p.name === 'Sam Rivera');
  expect(people).toHaveLength(1);
  const back = await ok(again, 'journals:get', { relationshipId: people[0]!.id });
  expect(back.commitments.map((c) => c.text)).toEqual(before.commitments.map((c) => c.text));
  expect(back.meetingNotes.map((n) => n.text)).toEqual(before.meetingNotes.map((n) => n.text));
  // Restarted again: not a second Sam, and the Trash stays empty.
  const third = await again.restart({ path: '/' });
  expect((await ok(third, 'relationships:list', {})).filter((p) => p.name === 'Sam Rivera')).toHaveLength(1);
  expect(await ok(third, 'trash:list', {})).toEqual([]);
});

test('a trust check removed and not undone stays removed after Undo runs out and after a restart', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  await ok(app, 'checks:create', {
    relationshipId: id, at: new Date(Date.now() - 864e5).toISOString(),
    ratings: { reliability: 4, competence: 6, sincerity: 6, care: 6, reliance: 4 },
    evidence: 'Late again.', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null,
  });
  await page.goto(appUrl(`/r/${id}`));
  await entry(app, 'Reliability 4').locator('summary').click();
  await entry(app, 'Reliability 4').getByRole('button', { name: 'Remove this check' }).click();
  // The removal's write is held: no Undo is offered for a removal not yet made.
  const write = holdNext(app, 'checks:delete');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect.poll(write.held).toBe(true);
  await expect(undoButton(app, 'Trust check removed.')).toHaveCount(0);
  write.release(REFUSED);
  await expect(page.locator('.notice.error')).toContainText('Mend could not save just now.');
  await expect(entry(app, 'Reliability 4')).toHaveCount(1);
  await expect(undoButton(app, 'Trust check removed.')).toHaveCount(0);
  // Now removed for real, and left.
  await entry(app, 'Reliability 4').getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(entry(app, 'Reliability 4')).toHaveCount(0);
  const again = await app.restart({ path: `/r/${id}` });
  await expect(again.page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(entry(again, 'Reliability 4')).toHaveCount(0);
  expect((await ok(again, 'journals:get', { relationshipId: id })).checks).toEqual([]);
});

test('a reword typed, then the commitment marked kept on the Commitments screen: the reword waits and saving it keeps the outcome', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id, cid } = await samWithCommitment(app);
  await page.goto(appUrl(`/r/${id}`));
  await entry(app, 'Send the Acme draft').locator('summary').click();
  await entry(app, 'Send the Acme draft').getByRole('button', { name: 'Reword or change the date' }).click();
  const words = page.getByLabel('The commitment');
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  await words.fill('Send the Acme draft by Friday noon');
  await expect.poll(async () => (await ok(app, 'drafts:get', { key: `commitment:${id}:${cid}` })) !== null).toBe(true);
  await page.getByRole('link', { name: 'Commitments' }).first().click();
  const row = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').filter({ hasText: 'Send the Acme draft' });
  await expect(row).toContainText('You started changing this commitment');
  await row.getByRole('button', { name: 'Kept', exact: true }).click();
  await page.getByRole('dialog').getByLabel('A note').fill('Done a day early.');
  await page.getByRole('dialog').getByRole('button', { name: 'Mark as kept' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.goto(appUrl(`/r/${id}`));
  await entry(app, 'Send the Acme draft').locator('summary').click();
  await entry(app, 'Send the Acme draft').getByRole('button', { name: 'Go on with it' }).click();
  await expect(page.getByLabel('The commitment')).toHaveValue('Send the Acme draft by Friday noon');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(entry(app, 'Send the Acme draft by Friday noon')).toBeVisible();
  const c = (await ok(app, 'journals:get', { relationshipId: id })).commitments;
  expect(c.map((x) => [x.text, x.status, x.note])).toEqual([['Send the Acme draft by Friday noon', 'kept', 'Done a day early.']]);
});

test('a person deleted while Edit details had words kept, then Undo: the kept words come back with them', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  await page.goto(appUrl(`/r/${id}/edit`));
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Notes' }).fill('Prefers mornings, and tea.');
  await expect.poll(async () => (await ok(app, 'drafts:get', { key: `person:${id}` })) !== null).toBe(true);
  await page.goto(appUrl(`/r/${id}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await new RelationshipPage(page).delete();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await undoButton(app, 'journal is in the Trash').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const people = (await ok(app, 'relationships:list', {})).filter((p) => p.name === 'Sam Rivera');
  expect(people).toHaveLength(1);
  const backId = people[0]!.id;
  await page.goto(appUrl(`/r/${backId}/edit`));
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  const notes = page.getByRole('textbox', { name: 'Notes' });
  const offered = page.getByRole('button', { name: /Go on|Bring|Use|Restore|Keep/ });
  // The words either fill the form or are offered back on it.
  await expect.poll(async () => (await notes.inputValue()) === 'Prefers mornings, and tea.' || (await page.getByText('Prefers mornings, and tea.').count()) > 0 || (await offered.count()) > 0).toBe(true);
  expect(await ok(app, 'drafts:get', { key: `person:${backId}` })).not.toBeNull();
});
