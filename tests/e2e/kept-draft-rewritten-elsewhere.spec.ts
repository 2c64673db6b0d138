import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { acmeIncident, openOtherComputer, WORK_LAPTOP, arrived, leaveForHome } from './two-computers';

/**
 * Words typed into an edit screen and left there (kept as a draft), while the other computer rewrote
 * the same words. Coming back puts the kept words on screen; Save must not then write them over the
 * other computer's: both versions go in the field, theirs first, as when both were typed while the
 * screen was open (live-edits-keep-other-changes.spec.ts).
 *
 * Every test here failed before the fix: the form took what it opened with this time (the other
 * computer's words) as what the kept words were written from, so they looked unchanged there, and
 * Save wrote the kept words over them with nothing offered back.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}
const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };
const url = (path: string) => `http://mend.localhost/index.html#${path}`;
const KEPT = 'You were writing this earlier';
const BOTH = 'Your other computer changed these words too';

test('a check-in edit kept as a draft, its words rewritten on the other computer since: Save shows both versions, theirs first', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const note = await ok(app, 'monitoring-notes:create', { relationshipId: id, at: '2026-11-20T10:00:00.000Z', kind: 'extra-check-in', note: 'Asked for an update.' });
  await page.goto(url(`/r/${id}/monitoring/${note.id}`));
  const field = page.getByLabel('Anything to add?');
  await expect(field).toHaveValue('Asked for an update.');
  const mine = 'Asked for an update twice in one day.';
  await field.fill(mine);
  await leaveForHome(app);

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const theirs = 'Asked for an update; I said Friday.';
  await callOk(home)('monitoring-notes:update', { relationshipId: id, id: note.id, at: '2026-11-20T10:00:00.000Z', kind: 'took-work-back', note: theirs });
  await arrived(app, id, (j) => j.monitoringNotes[0]!.note === theirs);

  await page.goto(url(`/r/${id}/monitoring/${note.id}`));
  await expect(page.getByText(KEPT)).toBeVisible();
  await expect(field).toHaveValue(mine);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(field).toHaveValue(`${theirs} / ${mine}`);
  await expect(page.getByText(BOTH)).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).monitoringNotes[0]!.note, 'nothing saved yet').toBe(theirs);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).monitoringNotes[0]!;
  expect(after.note).toBe(`${theirs} / ${mine}`);
  expect(after.kind, 'the kind chosen on the other computer, not touched here').toBe('took-work-back');
});

test('a kept edit survives a restart with what it was written from: Edit details and the incident still show both versions', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  const incident = acmeIncident(id);
  const made = await ok(app, 'incidents:create', incident);
  await app.page.goto(url(`/r/${id}/edit`));
  await expect(app.page.getByLabel('Notes')).toHaveValue('First notes.');
  await app.page.getByLabel('Notes').fill('Prefers written updates.');
  await leaveForHome(app);
  await app.page.goto(url(`/r/${id}/incident/${made.id}`));
  await expect(app.page.getByLabel('The facts')).toHaveValue('The report came in late.');
  await app.page.getByLabel('The facts').fill('Came in on Monday.');
  await leaveForHome(app);

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:update', { id, ...SAM, notes: 'Likes a heads-up before 1:1s.' });
  await callOk(home)('incidents:update', { ...incident, id: made.id, facts: 'The report came in two days late.' });
  const again = await app.restart();
  const { page } = again;

  await page.goto(url(`/r/${id}/edit`));
  const notes = page.getByLabel('Notes');
  await expect(page.getByText(KEPT)).toBeVisible();
  await expect(notes).toHaveValue('Prefers written updates.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(notes).toHaveValue('Likes a heads-up before 1:1s. / Prefers written updates.');
  await expect(page.getByText(BOTH)).toBeVisible();
  expect((await ok(again, 'journals:get', { relationshipId: id })).relationship.notes, 'nothing saved yet').toBe('Likes a heads-up before 1:1s.');

  await page.goto(url(`/r/${id}/incident/${made.id}`));
  const facts = page.getByLabel('The facts');
  await expect(page.getByText(KEPT)).toBeVisible();
  await expect(facts).toHaveValue('Came in on Monday.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(facts).toHaveValue('The report came in two days late. / Came in on Monday.');
  await expect(page.getByText(BOTH)).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect.poll(async () => (await ok(again, 'journals:get', { relationshipId: id })).incidents[0]!.facts).toBe('The report came in two days late. / Came in on Monday.');
});

test('Start over on a kept edit goes back to the words as they are now, and Save then keeps the other computer’s', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  await page.goto(url(`/r/${id}/edit`));
  await expect(page.getByLabel('Notes')).toHaveValue('First notes.');
  await page.getByLabel('Notes').fill('Prefers written updates.');
  await leaveForHome(app);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:update', { id, ...SAM, notes: 'Likes a heads-up before 1:1s.' });
  await arrived(app, id, (j) => j.relationship.notes === 'Likes a heads-up before 1:1s.');

  await page.goto(url(`/r/${id}/edit`));
  await expect(page.getByText(KEPT)).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByLabel('Notes')).toHaveValue('Likes a heads-up before 1:1s.');
  await page.getByLabel('Name').fill('Samuel Rivera');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samuel Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).relationship;
  expect({ name: after.name, notes: after.notes }).toEqual({ name: 'Samuel Rivera', notes: 'Likes a heads-up before 1:1s.' });
});

test('rewording a commitment: words rewritten on the other computer, live or since a kept draft, get both versions on Save', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-03', debriefId: null });
  const home = await openOtherComputer(app.dataDir);
  const reword = async () => {
    const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Send the' }).first();
    if ((await item.locator('details').getAttribute('open')) === null) await item.locator('summary').click();
    await item.getByRole('button', { name: 'Reword or change the date' }).click();
    return page.getByLabel('The commitment');
  };

  // Live: the words change on the other computer while the reword is open.
  await page.goto(url(`/r/${id}`));
  let field = await reword();
  await field.fill('Send the draft by Thursday, with the numbers');
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('commitments:update', { relationshipId: id, id: c.id, owner: 'them', text: 'Send the draft and the slides by Thursday', dueAt: '2026-12-03' });
  await arrived(app, id, (j) => j.commitments[0]!.text === 'Send the draft and the slides by Thursday');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(field).toHaveValue('Send the draft and the slides by Thursday / Send the draft by Thursday, with the numbers');
  await expect(page.getByText(BOTH)).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).commitments[0]!.text, 'nothing saved yet').toBe('Send the draft and the slides by Thursday');
  await field.fill('Send the draft and the slides by Thursday, with the numbers');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Send the draft and the slides by Thursday, with the numbers')).toBeVisible();

  // Kept as a draft, rewritten on the other computer since.
  field = await reword();
  await field.fill('Send the deck by Friday');
  await leaveForHome(app);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('commitments:update', { relationshipId: id, id: c.id, owner: 'them', text: 'Send the deck and the numbers by Thursday', dueAt: '2026-12-03' });
  await arrived(app, id, (j) => j.commitments[0]!.text === 'Send the deck and the numbers by Thursday');
  await page.goto(url(`/r/${id}`));
  field = await reword();
  await expect(field).toHaveValue('Send the deck by Friday');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(field).toHaveValue('Send the deck and the numbers by Thursday / Send the deck by Friday');
  expect((await ok(app, 'journals:get', { relationshipId: id })).commitments[0]!.text, 'nothing saved yet').toBe('Send the deck and the numbers by Thursday');
});
