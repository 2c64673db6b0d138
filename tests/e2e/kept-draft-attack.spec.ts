import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { openOtherComputer, WORK_LAPTOP, arrived, leaveForHome } from './two-computers';

/**
 * Attacks on 62756bc (an edit's draft carries '@from', what its words were written from).
 *
 * After Save puts both versions in a field (RewrittenOnBoth), the words on screen already hold the
 * other computer's. Which of them were already shown is remembered only in the form's memory
 * (RewrittenOnBoth.seen); the draft goes on carrying the OLD '@from'. Leave the screen and come back
 * (or restart, or Cancel + Undo on a reword): the kept '@from' is adopted as `opened` again, the other
 * computer's words look new once more, and Save does not save: it lays the other computer's words in
 * front AGAIN ("theirs / theirs / mine") and stops with the both-versions message, every time.
 * Before 62756bc the form took what it opened with this time as `opened`, and Save just saved.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}
const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };
const url = (path: string) => `http://mend.localhost/index.html#${path}`;
const KEPT = 'You were writing this earlier';
const BOTH = 'Your other computer changed these words too';

test('after Save showed both versions, leaving and coming back: Save keeps what is on screen, not the other computer’s words laid in twice', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const note = await ok(app, 'monitoring-notes:create', { relationshipId: id, at: '2026-11-20T10:00:00.000Z', kind: 'extra-check-in', note: 'Asked for an update.' });
  const home = await openOtherComputer(app.dataDir);

  await page.goto(url(`/r/${id}/monitoring/${note.id}`));
  const field = page.getByLabel('Anything to add?');
  await expect(field).toHaveValue('Asked for an update.');
  const mine = 'Asked for an update twice in one day.';
  await field.fill(mine);
  await callOk(home)('journals:get', { relationshipId: id });
  const theirs = 'Asked for an update; I said Friday.';
  await callOk(home)('monitoring-notes:update', { relationshipId: id, id: note.id, at: '2026-11-20T10:00:00.000Z', kind: 'extra-check-in', note: theirs });
  await arrived(app, id, (j) => j.monitoringNotes[0]!.note === theirs);

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(field).toHaveValue(`${theirs} / ${mine}`);
  await expect(page.getByText(BOTH)).toBeVisible();

  // Read it over later: leave (the draft keeps both versions), come back, Save.
  await leaveForHome(app);
  await page.goto(url(`/r/${id}/monitoring/${note.id}`));
  await expect(page.getByText(KEPT)).toBeVisible();
  await expect(field).toHaveValue(`${theirs} / ${mine}`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  // Bug: the field becomes "theirs / theirs / mine" and nothing is saved.
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible({ timeout: 3000 });
  expect((await ok(app, 'journals:get', { relationshipId: id })).monitoringNotes[0]!.note).toBe(`${theirs} / ${mine}`);
});

test('rewording a commitment: after Save showed both versions, Escape then Reword again, Save saves them (not their words twice)', async ({ openMend }) => {
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
  await page.goto(url(`/r/${id}`));
  let field = await reword();
  await field.fill('Send the deck by Friday');
  await callOk(home)('journals:get', { relationshipId: id });
  const theirs = 'Send the draft and the slides by Thursday';
  await callOk(home)('commitments:update', { relationshipId: id, id: c.id, owner: 'them', text: theirs, dueAt: '2026-12-03' });
  await arrived(app, id, (j) => j.commitments[0]!.text === theirs);
  await page.getByRole('button', { name: 'Save commitment' }).click();
  const both = `${theirs} / Send the deck by Friday`;
  await expect(field).toHaveValue(both);
  await expect(page.getByText(BOTH)).toBeVisible();

  await field.press('Escape'); // kept as a draft, as leaving does
  await expect(field).toBeHidden();
  // The timeline reads the journal again after Escape keeps the draft (and as the other computer's look
  // comes round every 250 ms): a Reword pressed as its row is drawn anew can miss, on a loaded machine
  // (seen once on CI, 5 December), and a person would press it again. So does the test, then checks.
  await expect(async () => {
    field = await reword();
    await expect(field).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expect(field).toHaveValue(both);
  await page.getByRole('button', { name: 'Save commitment' }).click();
  // Bug: the field becomes "theirs / theirs / Send the deck by Friday" and nothing is saved.
  await expect.poll(async () => (await ok(app, 'journals:get', { relationshipId: id })).commitments[0]!.text, { timeout: 3000 }).toBe(both);
});

/** Opens the reword of the one commitment on Sam's timeline; answers its fields. */
async function openReword(app: MendApp) {
  const { page } = app;
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Send the' }).first();
  if ((await item.locator('details').getAttribute('open')) === null) await item.locator('summary').click();
  await item.getByRole('button', { name: 'Reword or change the date' }).click();
  return { text: page.getByLabel('The commitment'), due: page.getByLabel('Due by') };
}

test('a kept reword that changed only the words, the date moved on the other computer since: the reword shows the date as it is now (what Save will keep)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-03', debriefId: null });
  await page.goto(url(`/r/${id}`));
  let f = await openReword(app);
  await f.text.fill('Send the draft and the deck');
  await leaveForHome(app);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('commitments:update', { relationshipId: id, id: c.id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-17' });
  await arrived(app, id, (j) => j.commitments[0]!.dueAt === '2026-12-17');

  await page.goto(url(`/r/${id}`));
  f = await openReword(app);
  await expect(f.text).toHaveValue('Send the draft and the deck');
  // Bug: shows 2026-12-03, the date as it was when the words were changed; Save then keeps 2026-12-17.
  await expect(f.due).toHaveValue('2026-12-17');
});

test('a kept reword moved the date; the other computer moved it again later: Save does not write the older choice over theirs without a word', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-03', debriefId: null });
  await page.goto(url(`/r/${id}`));
  let f = await openReword(app);
  await f.due.fill('2026-12-10');
  await leaveForHome(app);
  // Days later, the date is agreed again on the other computer.
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('commitments:update', { relationshipId: id, id: c.id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-17' });
  await arrived(app, id, (j) => j.commitments[0]!.dueAt === '2026-12-17');

  await page.goto(url(`/r/${id}`));
  f = await openReword(app);
  await expect(f.due).toHaveValue('2026-12-10');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  // Either the other computer's later date is kept, or the reword stays open and says it moved there too.
  await expect.poll(async () => {
    const due = (await ok(app, 'journals:get', { relationshipId: id })).commitments[0]!.dueAt;
    const said = await page.locator('form.commitment-edit').getByText(/other computer/).isVisible().catch(() => false);
    return due === '2026-12-17' || said;
  }, { timeout: 3000, message: 'the older kept date was saved over the other computer’s later one, with nothing said' }).toBe(true);
});

test('a kept reword, rewritten and then removed on the other computer while it is open: Save says it was removed, not "both versions"', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-03', debriefId: null });
  await page.goto(url(`/r/${id}`));
  let f = await openReword(app);
  await f.text.fill('Send the deck by Friday');
  await leaveForHome(app);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const theirs = 'Send the draft and the slides by Thursday';
  await callOk(home)('commitments:update', { relationshipId: id, id: c.id, owner: 'them', text: theirs, dueAt: '2026-12-03' });
  await arrived(app, id, (j) => j.commitments[0]!.text === theirs);

  await page.goto(url(`/r/${id}`));
  f = await openReword(app);
  await expect(f.text).toHaveValue('Send the deck by Friday');
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('commitments:delete', { relationshipId: id, id: c.id });
  await arrived(app, id, (j) => j.commitments.length === 0);
  await page.getByRole('button', { name: 'Save commitment' }).click();
  // Bug: the reword answers with the timeline's (older) copy as "the commitment now", sees it rewritten since
  // the kept base, and lays "theirs / mine" in the field with the both-versions message.
  await expect(page.getByText('This commitment has been removed')).toBeVisible({ timeout: 3000 });
  await expect(f.text, 'the words stay as typed').toHaveValue('Send the deck by Friday');
});
