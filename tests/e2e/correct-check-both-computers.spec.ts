import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { openOtherComputer, WORK_LAPTOP, arrived } from './two-computers';

/**
 * Correcting a trust check here while the other computer changed the same check. Before, Save wrote the
 * whole check as this screen opened it: what the other computer wrote meanwhile (its reading of the
 * facts, its rewrite of the evidence) was gone, with nothing offered back. Both tests failed before.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}
const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: '' };
const CHECK = {
  at: '2026-11-20T10:00:00.000Z', ratings: { reliability: 3, competence: 6, sincerity: 6, care: 6, reliance: 4 },
  evidence: 'The report came in two days late.', interpretation: '', activation: 0 as const, emotion: '', source: '', debriefId: null,
};

test('correcting a check: what the other computer wrote in another field meanwhile survives Save', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(`http://mend.localhost/index.html#/r/${id}/check/${made.id}`);
  const evidence = page.getByLabel('Evidence: what did you see or hear?');
  await expect(evidence).toHaveValue(CHECK.evidence);
  await evidence.fill('The report came in two days late; the client noticed.');

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const reading = 'Probably the launch week, not carelessness.';
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, interpretation: reading });
  await arrived(app, id, (j) => j.checks[0]!.interpretation === reading);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  expect({ evidence: after.evidence, interpretation: after.interpretation }).toEqual({ evidence: 'The report came in two days late; the client noticed.', interpretation: reading });
});

test('correcting a check: the evidence rewritten on both computers gets both versions on Save, theirs first', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(`http://mend.localhost/index.html#/r/${id}/check/${made.id}`);
  const evidence = page.getByLabel('Evidence: what did you see or hear?');
  await expect(evidence).toHaveValue(CHECK.evidence);
  const mine = 'Late by two days, after I asked twice.';
  await evidence.fill(mine);

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const theirs = 'The report reached the client on Monday.';
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, evidence: theirs });
  await arrived(app, id, (j) => j.checks[0]!.evidence === theirs);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(evidence).toHaveValue(`${theirs} / ${mine}`);
  await expect(page.getByText('Your other computer changed these words too')).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.evidence, 'nothing saved yet').toBe(theirs);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.evidence).toBe(`${theirs} / ${mine}`);
});
