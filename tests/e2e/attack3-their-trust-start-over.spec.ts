import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { appUrl, arrived, keepAsDraft, ok, openOtherComputer, SAM, WORK_LAPTOP } from './two-computers';

/** A helper's third attack, on 0cb6fc4 (the tests whose names say what it did failed there): their-trust estimate (journal-form), a mix on screen, then Start over. */
const EST = { at: '2026-11-20T10:00:00.000Z', ratings: { reliability: 3, competence: 6, sincerity: 6, care: 6, reliance: 4 }, evidence: 'They brought me the risk early.', interpretation: '' };
const NONE = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
const RELIABILITY = /^I do what I say I will/;

test('their-trust estimate, kept draft, the other computer cleared evidence and ratings, Save twice puts the mix on screen, Start over, Save: the other computer\'s clearing stands (it was undone)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'their-trust:create', { relationshipId: id, ...EST });
  await page.goto(appUrl(`/r/${id}/their-trust/${made.id}`));
  await expect(page.getByLabel('What I saw or heard')).toHaveValue(EST.evidence);
  await page.getByRole('group', { name: RELIABILITY }).getByRole('radio', { name: '5', exact: true }).check();
  await keepAsDraft(app, `their-trust:${id}:${made.id}`);
  await page.goto(appUrl(`/r/${id}/their-trust/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('their-trust:update', { relationshipId: id, id: made.id, ...EST, ratings: NONE, evidence: '' });
  await arrived(app, id, (j) => j.theirTrust[0]!.evidence === '');
  const save = page.getByRole('button', { name: 'Save changes' });
  await save.click();
  await expect(page.getByRole('group', { name: RELIABILITY }).getByText('Your other computer changed this too')).toBeVisible();
  await save.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your other computer changed this entry too' })).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('group', { name: RELIABILITY }).getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).theirTrust[0]!;
  expect({ ratings: after.ratings, evidence: after.evidence }).toEqual({ ratings: NONE, evidence: '' });
});
