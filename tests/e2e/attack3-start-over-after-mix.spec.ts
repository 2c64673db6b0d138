import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { appUrl, arrived, keepAsDraft, ok, openOtherComputer, SAM, WORK_LAPTOP } from './two-computers';

/** A helper's third attack, on 0cb6fc4 (the tests whose names say what it did failed there): a mix of both computers' changes put on screen, then Start over. */
const NONE = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
const CHECK = {
  at: '2026-11-20T10:00:00.000Z', ratings: { reliability: 3, competence: 6, sincerity: null, care: 6, reliance: 4 },
  evidence: 'The report came in two days late.', interpretation: '', activation: 0 as const, emotion: 'calm', source: '', debriefId: null,
};
const EVIDENCE = 'Evidence: what did you see or hear?';
const MIXED = /^Your other computer changed this entry too\. Its changes are on screen now, with yours\./;

test('kept correction, the other computer cleared evidence and ratings, Save puts the mix on screen, Start over, Save: the other computer\'s clearing stands (it was undone without a word)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByLabel(EVIDENCE)).toHaveValue(CHECK.evidence);
  await page.getByRole('group', { name: /^Care/ }).getByRole('radio', { name: '5', exact: true }).check();
  await keepAsDraft(app, `trust-check:${id}:${made.id}`);
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, ratings: NONE, evidence: '' });
  await arrived(app, id, (j) => j.checks[0]!.evidence === '');

  const save = page.getByRole('button', { name: 'Save changes' });
  await save.click();
  // The kept draft's care rating, changed there too: said once beside it.
  await expect(page.getByRole('group', { name: /^Care/ }).getByRole('alert')).toHaveText(/Your other computer changed this too/);
  await save.click();
  await expect(page.locator('#tc-evidence-error')).toHaveText(MIXED);
  await expect(page.getByLabel(EVIDENCE)).toHaveValue('');
  // Start over: back to how the form opened, nothing changed here any more.
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('group', { name: /^Care/ }).getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  // Nothing is changed here after Start over: the other computer's clearing should stand (as it does with no mix).
  expect({ ratings: after.ratings, evidence: after.evidence }).toEqual({ ratings: NONE, evidence: '' });
});

test('kept correction, the other computer cleared evidence and ratings, Start over WITHOUT a mix, Save: the clearing stands', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByLabel(EVIDENCE)).toHaveValue(CHECK.evidence);
  await page.getByRole('group', { name: /^Care/ }).getByRole('radio', { name: '5', exact: true }).check();
  await keepAsDraft(app, `trust-check:${id}:${made.id}`);
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, ratings: NONE, evidence: '' });
  await arrived(app, id, (j) => j.checks[0]!.evidence === '');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('group', { name: /^Care/ }).getByRole('radio', { name: '6', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  expect({ ratings: after.ratings, evidence: after.evidence }).toEqual({ ratings: NONE, evidence: '' });
});

test('the mix on screen, Start over, then Undo: the mix comes back as it was (the old evidence and ratings came back, and Save stored them again)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByLabel(EVIDENCE)).toHaveValue(CHECK.evidence);
  await page.getByRole('group', { name: /^Care/ }).getByRole('radio', { name: '5', exact: true }).check();
  await keepAsDraft(app, `trust-check:${id}:${made.id}`);
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, ratings: NONE, evidence: '' });
  await arrived(app, id, (j) => j.checks[0]!.evidence === '');
  const save = page.getByRole('button', { name: 'Save changes' });
  await save.click();
  await expect(page.getByRole('group', { name: /^Care/ }).getByRole('alert')).toHaveText(/Your other computer changed this too/);
  await save.click();
  await expect(page.locator('#tc-evidence-error')).toHaveText(MIXED);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  // Back as it was on screen before Start over: the mix.
  await expect(page.getByRole('group', { name: /^Care/ }).getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await expect(page.getByLabel(EVIDENCE)).toHaveValue('', { timeout: 2000 });
  await expect(page.getByRole('group', { name: /^Reliability/ }).getByRole('radio', { name: /No new evidence/ })).toBeChecked({ timeout: 2000 });
  // Evidence written for the one rating given here, as the mix asked.
  await page.getByLabel(EVIDENCE).fill('They sent the numbers on Friday.');
  await save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  expect(after.ratings).toEqual({ ...NONE, care: 5 });
});
