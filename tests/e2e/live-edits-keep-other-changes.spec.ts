import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { acmeIncident, openOtherComputer, WORK_LAPTOP, arrived } from './two-computers';

/**
 * An edit screen is open here while the other computer changes the same entry (or person). Saving here
 * writes only what was changed here: a field changed on the other computer and not touched here keeps
 * the other computer's value. An entry removed meanwhile is said so on Save, and the typed words stay.
 *
 * Found by an attack on the live sync; every test here failed before the fix (the edit screens saved
 * the whole record as it was when the form opened, the reword said nothing when the commitment was
 * gone, and the check-in screen kept the person's old name).
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}
const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };
const url = (path: string) => `http://mend.localhost/index.html#${path}`;
const timeline = (app: MendApp) => app.page.getByRole('list', { name: 'Timeline' });

test('check-in edit: the kind of check-in changed on the other computer survives saving a note typed here', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  const note = await ok(app, 'monitoring-notes:create', { relationshipId: id, at: '2026-11-20T10:00:00.000Z', kind: 'extra-check-in', note: 'Asked for an update.' });
  await app.page.goto(url(`/r/${id}/monitoring/${note.id}`));
  const field = app.page.getByLabel('Anything to add?');
  await expect(field).toHaveValue('Asked for an update.');
  await field.fill('Asked for an update twice in one day.');

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('monitoring-notes:update', { relationshipId: id, id: note.id, at: '2026-11-20T10:00:00.000Z', kind: 'took-work-back', note: 'Asked for an update.' });
  await arrived(app, id, (j) => j.monitoringNotes[0]!.kind === 'took-work-back');
  await expect(field).toHaveValue('Asked for an update twice in one day.');
  await expect(field).toBeFocused();
  await app.page.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).monitoringNotes[0]!;
  expect(after.note).toBe('Asked for an update twice in one day.');
  expect(after.kind, 'the kind chosen on the other computer, which nobody touched here').toBe('took-work-back');
});

test('check-in edit: a person renamed on the other computer is named by the new name within 2 s', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  const note = await ok(app, 'monitoring-notes:create', { relationshipId: id, at: '2026-11-20T10:00:00.000Z', kind: 'extra-check-in', note: 'Asked for an update.' });
  await app.page.goto(url(`/r/${id}/monitoring/${note.id}`));
  const field = app.page.getByLabel('Anything to add?');
  await field.fill('Asked for an update twice.');
  await expect(app.page.locator('main')).toContainText('Sam Rivera');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:update', { id, ...SAM, name: 'Samuel Rivera' });
  await expect(app.page.locator('main')).toContainText('Samuel Rivera', { timeout: 2000 });
  await expect(app.page.locator('main')).not.toContainText('Sam Rivera');
  await expect(field).toHaveValue('Asked for an update twice.');
  await expect(field).toBeFocused();
});

test('Edit details: a rename on the other computer survives saving notes typed here', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  await app.page.goto(url(`/r/${id}/edit`));
  const notes = app.page.getByLabel('Notes');
  await expect(notes).toHaveValue('First notes.');
  await notes.fill('First notes. Prefers written updates.');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:update', { id, ...SAM, name: 'Samuel Rivera' });
  await expect(app.page.getByRole('status').filter({ hasText: 'also changed on your other computer' })).toBeVisible({ timeout: 2000 });
  await expect(notes).toHaveValue('First notes. Prefers written updates.');
  await app.page.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).relationship;
  expect(after.notes).toBe('First notes. Prefers written updates.');
  expect(after.name, 'the name given on the other computer; the person here typed only in Notes').toBe('Samuel Rivera');
});

test('reword in place: a due date moved on the other computer survives saving new words here', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-03', debriefId: null });
  await app.page.goto(url(`/r/${id}`));
  const item = timeline(app).getByRole('listitem').filter({ hasText: 'Send the draft' });
  await item.locator('summary').click();
  await item.getByRole('button', { name: 'Reword or change the date' }).click();
  const field = app.page.getByLabel('The commitment');
  await field.fill('Send the draft, with the numbers');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('commitments:update', { relationshipId: id, id: c.id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-10' });
  await expect(app.page.getByText('Changes from your other computer have arrived.')).toBeVisible({ timeout: 2000 });
  await app.page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(timeline(app).getByText('Send the draft, with the numbers')).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).commitments[0]!;
  expect(after.text).toBe('Send the draft, with the numbers');
  expect(after.dueAt, 'the date moved on the other computer; only the words were changed here').toBe('2026-12-10');
});

test('reword in place: a commitment removed on the other computer is said so on Save, and the words stay', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: null, debriefId: null });
  await app.page.goto(url(`/r/${id}`));
  const item = timeline(app).getByRole('listitem').filter({ hasText: 'Send the draft' });
  await item.locator('summary').click();
  await item.getByRole('button', { name: 'Reword or change the date' }).click();
  const field = app.page.getByLabel('The commitment');
  const typed = 'Send the draft by Friday, with the numbers';
  await field.fill(typed);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('commitments:delete', { relationshipId: id, id: c.id });
  await expect(app.page.getByText('Changes from your other computer have arrived.')).toBeVisible({ timeout: 2000 });
  await expect(field).toHaveValue(typed);
  await expect(field).toBeFocused();
  await app.page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(app.page.getByRole('alert').filter({ hasText: /removed/i }), 'says the commitment was removed').toBeVisible({ timeout: 2000 });
  await expect(field).toHaveValue(typed);
});

test('repair attempt edit: a note rewritten on the other computer survives saving another field here', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  const BID = { at: '2026-11-30T10:00:00.000Z', by: 'them' as const, what: 'Flagged the Acme risk early', received: 'well' as const, note: 'First note.' };
  const made = await ok(app, 'repair-bids:create', { relationshipId: id, ...BID });
  await app.page.goto(url(`/r/${id}/repair-bid/${made.id}`));
  const what = app.page.getByLabel('What happened, in a line');
  await expect(what).toHaveValue(BID.what);
  await what.fill('Flagged the Acme risk early, in writing');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const HOME = 'Written at home: he stayed late to fix the report, and said so plainly.';
  await callOk(home)('repair-bids:update', { relationshipId: id, id: made.id, ...BID, note: HOME });
  await arrived(app, id, (j) => j.repairBids[0]!.note === HOME);
  await app.page.waitForTimeout(1000);
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!;
  const offered = await ok(app, 'alternatives:list', { relationshipId: id });
  expect(after.what).toBe('Flagged the Acme risk early, in writing');
  expect({ note: after.note, offeredElsewhere: offered.some((a) => a.other.text === HOME || a.shown.text === HOME) || after.note === HOME }).toEqual({ note: HOME, offeredElsewhere: true });
});

test('incident edit: a title corrected on the other computer survives saving facts typed here', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  const incident = acmeIncident(id);
  const made = await ok(app, 'incidents:create', incident);
  await app.page.goto(url(`/r/${id}/incident/${made.id}`));
  const facts = app.page.getByLabel('The facts');
  await expect(facts).toHaveValue('The report came in late.');
  await facts.fill('The report came in on Monday, two days late.');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('incidents:update', { ...incident, id: made.id, title: 'Missed the Acme deadline (second time)' });
  await expect(app.page.getByRole('status').filter({ hasText: 'also changed on your other computer' })).toBeVisible({ timeout: 2000 });
  await app.page.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  await app.page.waitForTimeout(500);
  const after = (await ok(app, 'journals:get', { relationshipId: id })).incidents[0]!;
  expect(after.facts).toBe('The report came in on Monday, two days late.');
  expect(after.title, 'the title corrected on the other computer; only the facts were typed here').toBe('Missed the Acme deadline (second time)');
});

test('every entry edit screen says when the other computer changed the journal while it was open', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  const at = '2026-11-20T10:00:00.000Z';
  const check = await ok(app, 'monitoring-notes:create', { relationshipId: id, at, kind: 'extra-check-in', note: 'Asked for an update.' });
  const note = await ok(app, 'capture:note', { relationshipId: id, at, text: 'Talked about the Acme timeline.' });
  const bid = await ok(app, 'repair-bids:create', { relationshipId: id, at, by: 'me', what: 'Thanked them for the early heads-up', received: 'partly', note: '' });
  const estimate = await ok(app, 'their-trust:create', { relationshipId: id, at, ratings: { reliability: 3, competence: null, sincerity: null, care: null, reliance: null }, evidence: 'They asked me to review early.', interpretation: '' });
  const home = await openOtherComputer(app.dataDir);
  const screens = [`/r/${id}/monitoring/${check.id}`, `/r/${id}/meeting-note/${note.id}`, `/r/${id}/repair-bid/${bid.id}`, `/r/${id}/their-trust/${estimate.id}`];
  for (const [i, path] of screens.entries()) {
    await app.page.goto(url(path));
    await expect(app.page.getByRole('button', { name: /^Save/ })).toBeVisible();
    const noted = app.page.getByRole('status').filter({ hasText: 'also changed on your other computer' });
    await expect(noted).toHaveCount(0);
    await callOk(home)('relationships:update', { id, ...SAM, notes: `Changed at home, ${i}.` });
    await expect(noted, path).toBeVisible({ timeout: 3000 });
  }
});

test('check-in edit: the same words rewritten on the other computer: Save puts both versions in the field, theirs first, and saves them once read', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const note = await ok(app, 'monitoring-notes:create', { relationshipId: id, at: '2026-11-20T10:00:00.000Z', kind: 'extra-check-in', note: 'Asked for an update.' });
  await page.goto(url(`/r/${id}/monitoring/${note.id}`));
  const field = page.getByLabel('Anything to add?');
  await expect(field).toHaveValue('Asked for an update.');
  const mine = 'Asked for an update twice in one day.';
  await field.fill(mine);

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const theirs = 'Asked for an update; I said Friday.';
  await callOk(home)('monitoring-notes:update', { relationshipId: id, id: note.id, at: '2026-11-20T10:00:00.000Z', kind: 'extra-check-in', note: theirs });
  await arrived(app, id, (j) => j.monitoringNotes[0]!.note === theirs);
  // Before, Save wrote these words over the other computer's, and nothing offered them back.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(field).toHaveValue(`${theirs} / ${mine}`);
  await expect(page.getByText('Your other computer changed these words too, since you began changing them here.')).toBeVisible();
  await expect(field).toBeFocused();
  expect((await ok(app, 'journals:get', { relationshipId: id })).monitoringNotes[0]!.note, 'nothing saved yet').toBe(theirs);
  // Read over and trimmed: the second Save stores what is on screen.
  await field.fill(`${theirs} ${mine}`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).monitoringNotes[0]!.note).toBe(`${theirs} ${mine}`);
});

test('Edit details and the incident: notes or facts rewritten on both computers get both versions on Save, not one over the other', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const incident = acmeIncident(id);
  const made = await ok(app, 'incidents:create', incident);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });

  await page.goto(url(`/r/${id}/edit`));
  const notes = page.getByLabel('Notes');
  await expect(notes).toHaveValue('First notes.');
  await notes.fill('Prefers written updates.');
  await callOk(home)('relationships:update', { id, ...SAM, notes: 'Likes a heads-up before 1:1s.' });
  await arrived(app, id, (j) => j.relationship.notes === 'Likes a heads-up before 1:1s.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(notes).toHaveValue('Likes a heads-up before 1:1s. / Prefers written updates.');
  await expect(page.getByText('Your other computer changed these words too')).toBeVisible();
  await expect(notes).toBeFocused();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).relationship.notes).toBe('Likes a heads-up before 1:1s. / Prefers written updates.');

  await page.goto(url(`/r/${id}/incident/${made.id}`));
  const facts = page.getByLabel('The facts');
  await expect(facts).toHaveValue('The report came in late.');
  // Words only added at the end here follow the other computer's.
  await facts.fill('The report came in late. It was Monday.');
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('incidents:update', { ...incident, id: made.id, facts: 'The report came in two days late.' });
  await arrived(app, id, (j) => j.incidents[0]!.facts === 'The report came in two days late.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(facts).toHaveValue('The report came in two days late. It was Monday.');
  await expect(page.getByText('Your other computer changed these words too')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect.poll(async () => (await ok(app, 'journals:get', { relationshipId: id })).incidents[0]!.facts).toBe('The report came in two days late. It was Monday.');
});
