import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { callOk } from '../support/typed-call';
import { appUrl, arrived, keepAsDraft, ok, openOtherComputer, SAM, WORK_LAPTOP } from './two-computers';

/**
 * A helper's second attack, on 36bd2f6: the journal-form pages (their trust, repair attempt) with kept
 * drafts. The two stop messages were not beside their choice (they said "this" in the box under the
 * form), and the estimate's mix of ratings and cleared evidence was stuck: these three failed on 36bd2f6.
 */
const EST = { at: '2026-11-20T10:00:00.000Z', ratings: { reliability: 3, competence: 6, sincerity: 6, care: 6, reliance: 4 }, evidence: 'They brought me the risk early.', interpretation: '' };
const BID = { at: '2026-11-30T10:00:00.000Z', by: 'them' as const, what: 'Flagged', received: 'well' as const, note: 'First note.' };
const RELIABILITY = /^I do what I say I will/;

/** Their-trust estimate: a kept draft changed reliability to 5; the other computer then changed it to 2. */
async function keptEstimate(openMend: (o: object) => Promise<MendApp>) {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'their-trust:create', { relationshipId: id, ...EST });
  await page.goto(appUrl(`/r/${id}/their-trust/${made.id}`));
  await expect(page.getByLabel('What I saw or heard')).toHaveValue(EST.evidence);
  await page.getByRole('group', { name: RELIABILITY }).getByRole('radio', { name: '5', exact: true }).check();
  await keepAsDraft(app, `their-trust:${id}:${made.id}`);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('their-trust:update', { relationshipId: id, id: made.id, ...EST, ratings: { ...EST.ratings, reliability: 2, care: 3 } });
  await arrived(app, id, (j) => j.theirTrust[0]!.ratings.reliability === 2);
  await page.goto(appUrl(`/r/${id}/their-trust/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  return { app, page, id };
}

test('their-trust kept draft rating, changed there since: Save stops once, nothing saved, then keeps mine and their care', async ({ openMend }) => {
  const { app, page, id } = await keptEstimate(openMend as never);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your other computer changed this too')).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).theirTrust[0]!.ratings.reliability).toBe(2);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).theirTrust[0]!.ratings).toEqual({ ...EST.ratings, reliability: 5, care: 3 });
});

test('their-trust kept draft rating, changed there since: the stop message is beside that rating (was in the box under the form, saying only "this")', async ({ openMend }) => {
  const { page } = await keptEstimate(openMend as never);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your other computer changed this too')).toBeVisible();
  await expect(page.getByRole('group', { name: RELIABILITY }).getByText('Your other computer changed this too')).toBeVisible({ timeout: 2000 });
});

test('repair attempt kept draft changed "Was it received?", changed there since: the stop message is beside that choice (was in the box under the form)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'repair-bids:create', { relationshipId: id, ...BID });
  await page.goto(appUrl(`/r/${id}/repair-bid/${made.id}`));
  await expect(page.getByLabel('What happened, in a line')).toHaveValue(BID.what);
  const received = page.getByRole('group', { name: 'Was it received?' });
  await received.getByRole('radio', { name: 'Partly' }).check();
  await keepAsDraft(app, `repair-bid:${id}:${made.id}`);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('repair-bids:update', { relationshipId: id, id: made.id, ...BID, received: 'not-yet' });
  await arrived(app, id, (j) => j.repairBids[0]!.received === 'not-yet');
  await page.goto(appUrl(`/r/${id}/repair-bid/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Your other computer changed this too')).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!.received).toBe('not-yet');
  await expect(received.getByText('Your other computer changed this too')).toBeVisible({ timeout: 2000 });
  // It names what the other computer chose, in the screen's words: only this screen's choice is on screen.
  await expect(received.getByText('Your other computer changed this too, to “Not yet”,')).toBeVisible();
});

test('repair attempt, a one-word "what" rewritten on both: both versions, the other computer\'s first; second Save stores them', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'repair-bids:create', { relationshipId: id, ...BID });
  await page.goto(appUrl(`/r/${id}/repair-bid/${made.id}`));
  const what = page.getByLabel('What happened, in a line');
  await expect(what).toHaveValue('Flagged');
  await what.fill('Apologised');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('repair-bids:update', { relationshipId: id, id: made.id, ...BID, what: 'Thanked' });
  await arrived(app, id, (j) => j.repairBids[0]!.what === 'Thanked');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(what).toHaveValue('Thanked / Apologised');
  expect((await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!.what).toBe('Thanked');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!.what).toBe('Thanked / Apologised');
});

test('their-trust estimate, a rating changed here while the other computer cleared the evidence and every rating: the mix on screen, said beside the evidence; set right, it saves (was stuck)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'their-trust:create', { relationshipId: id, ...EST });
  await page.goto(appUrl(`/r/${id}/their-trust/${made.id}`));
  const evidence = page.getByLabel('What I saw or heard');
  await expect(evidence).toHaveValue(EST.evidence);
  await page.getByRole('group', { name: RELIABILITY }).getByRole('radio', { name: '5', exact: true }).check();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const none = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
  await callOk(home)('their-trust:update', { relationshipId: id, id: made.id, ...EST, ratings: none, evidence: '' });
  await arrived(app, id, (j) => j.theirTrust[0]!.evidence === '');
  const save = page.getByRole('button', { name: 'Save changes' });
  await save.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your other computer changed this entry too' })).toContainText('A rating needs at least one thing you saw or heard');
  await expect(evidence).toHaveValue('');
  await expect(evidence).toBeFocused();
  await evidence.fill('They asked me for help before the deadline.');
  await save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).theirTrust[0]!;
  expect({ ratings: after.ratings, evidence: after.evidence }).toEqual({ ratings: { ...none, reliability: 5 }, evidence: 'They asked me for help before the deadline.' });
});
