import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { appUrl, arrived, keepAsDraft, ok, openOtherComputer, SAM, WORK_LAPTOP } from './two-computers';

/**
 * A helper's second attack, on 36bd2f6: ratings and evidence of a trust check edited on two computers.
 * All three failed on 36bd2f6: Save was stuck on "needs evidence" (twice), and a kept draft's rating was
 * saved over the other computer's newer one without a word.
 */
const NONE = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
const CHECK = {
  at: '2026-11-20T10:00:00.000Z', ratings: { reliability: 3, competence: 6, sincerity: null, care: 6, reliance: 4 },
  evidence: 'The report came in two days late.', interpretation: '', activation: 0 as const, emotion: 'calm', source: '', debriefId: null,
};
const EVIDENCE = 'Evidence: what did you see or hear?';

const MIXED = /^Your other computer changed this entry too\. Its changes are on screen now, with yours\. A rating needs at least one thing you saw or heard/;

test('a rating changed here while the other computer cleared the evidence and every rating: the mix goes on screen, said beside the evidence; set right, it saves (was stuck on "needs evidence" with the old evidence on screen)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  const evidence = page.getByLabel(EVIDENCE);
  await expect(evidence).toHaveValue(CHECK.evidence);
  const care = page.getByRole('group', { name: /^Care/ });
  await care.getByRole('radio', { name: '5', exact: true }).check();

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, ratings: NONE, evidence: '' });
  await arrived(app, id, (j) => j.checks[0]!.evidence === '');
  const save = page.getByRole('button', { name: 'Save changes' });
  await save.click();
  // What Save would have sent is on screen: the care rating given here, the evidence cleared there.
  await expect(page.locator('#tc-evidence-error')).toHaveText(MIXED);
  await expect(evidence).toHaveValue('');
  await expect(evidence).toBeFocused();
  await expect(care.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: /^Reliability/ }).getByRole('radio', { name: /No new evidence/ })).toBeChecked();
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.ratings.care, 'nothing sent yet').toBeNull();
  await evidence.fill('They sent the numbers on Friday, unasked.');
  await save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  expect({ ratings: after.ratings, evidence: after.evidence }).toEqual({ ratings: { ...NONE, care: 5 }, evidence: 'They sent the numbers on Friday, unasked.' });
});

test('evidence cleared and every rating "no new evidence" here, a rating given there: the rating given there goes on screen, said beside the evidence; "no new evidence" for it too, and it saves (was stuck: no number on screen)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  const evidence = page.getByLabel(EVIDENCE);
  await expect(evidence).toHaveValue(CHECK.evidence);
  for (const item of [/^Reliability/, /^Competence/, /^Care/, /^Reliance/]) {
    await page.getByRole('group', { name: item }).getByRole('radio', { name: /No new evidence/ }).check();
  }
  await evidence.fill('');

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, ratings: { ...CHECK.ratings, sincerity: 5 } });
  await arrived(app, id, (j) => j.checks[0]!.ratings.sincerity === 5);
  const save = page.getByRole('button', { name: 'Save changes' });
  await save.click();
  await expect(page.locator('#tc-evidence-error')).toHaveText(MIXED);
  const sincerity = page.getByRole('group', { name: /^Sincerity/ });
  await expect(sincerity.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await sincerity.getByRole('radio', { name: /No new evidence/ }).check();
  await save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  expect({ ratings: after.ratings, evidence: after.evidence }).toEqual({ ratings: NONE, evidence: '' });
});

test('a kept correction that changed a rating, the record unchanged on return, the other computer changes that rating while open: Save stops once beside it, then keeps mine (was written over with no word)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByLabel(EVIDENCE)).toHaveValue(CHECK.evidence);
  const reliability = page.getByRole('group', { name: /^Reliability/ });
  await reliability.getByRole('radio', { name: '5', exact: true }).check();
  await keepAsDraft(app, `trust-check:${id}:${made.id}`);

  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  await expect(reliability.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, ratings: { ...CHECK.ratings, reliability: 1 } });
  await arrived(app, id, (j) => j.checks[0]!.ratings.reliability === 1);
  await page.getByRole('button', { name: 'Save changes' }).click();
  // The 5 was chosen on an earlier visit; the other computer's 1 is the later choice: Save says so once.
  await expect(reliability.getByRole('alert')).toHaveText(/Your other computer changed this too/);
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.ratings.reliability, 'nothing sent yet').toBe(1);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.ratings.reliability).toBe(5);
});
