import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { appUrl, arrived, keepAsDraft, ok, openOtherComputer, SAM, WORK_LAPTOP } from './two-computers';

/** A helper's second attack, on 36bd2f6 (failed there): a kept draft's "changed there too" stop, then the app restarts before the second Save. */
const CHECK = {
  at: '2026-11-20T10:00:00.000Z', ratings: { reliability: 3, competence: 6, sincerity: 6, care: 6, reliance: 4 },
  evidence: 'The report came in two days late.', interpretation: '', activation: 0 as const, emotion: 'calm', source: '', debriefId: null,
};

test('kept correction rating stopped once ("changed this too"), app restarts, back to the correction: Save does not stop a second time (it did: the draft forgot it had been said)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByLabel('Evidence: what did you see or hear?')).toHaveValue(CHECK.evidence);
  await page.getByRole('group', { name: /^Reliability/ }).getByRole('radio', { name: '5', exact: true }).check();
  await keepAsDraft(app, `trust-check:${id}:${made.id}`);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, ratings: { ...CHECK.ratings, reliability: 2 } });
  await arrived(app, id, (j) => j.checks[0]!.ratings.reliability === 2);
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('group', { name: /^Reliability/ }).getByRole('alert')).toHaveText(/Your other computer changed this too/);
  await page.waitForTimeout(1500);

  const work = await app.restart({ path: `/r/${id}/check/${made.id}` });
  await expect(work.page.getByText('You were writing this earlier')).toBeVisible();
  await expect(work.page.getByRole('group', { name: /^Reliability/ }).getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await work.page.getByRole('button', { name: 'Save changes' }).click();
  // Already said once: this Save keeps what is on screen.
  await expect(work.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible({ timeout: 3000 });
  expect((await ok(work, 'journals:get', { relationshipId: id })).checks[0]!.ratings.reliability).toBe(5);
});
