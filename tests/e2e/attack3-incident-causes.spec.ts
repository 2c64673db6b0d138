import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { callOk } from '../support/typed-call';
import { acmeIncident, appUrl, arrived, leaveForHome, ok, openOtherComputer, SAM, WORK_LAPTOP } from './two-computers';

/** A helper's third attack, on 0cb6fc4 (the tests whose names say what it did failed there): a kept draft's cause confidence on an incident edited on both computers. */
const THIN = { cause: 'stretched-too-thin' as const, confidence: 'low' as const };

async function keptConfidence(app: MendApp, id: string, incId: string, to: 'high'): Promise<void> {
  const { page } = app;
  await page.goto(appUrl(`/r/${id}/incident/${incId}`));
  await expect(page.getByLabel(/^What happened/).first()).not.toHaveValue('');
  await page.getByLabel('How sure: Stretched too thin').selectOption(to);
  await expect.poll(async () => JSON.stringify((await ok(app, 'drafts:get', { key: `incident:${id}:${incId}` }))?.fields ?? null)).toContain(`"confidence":"${to}"`);
  await leaveForHome(app);
}

test('a kept draft changed a cause\'s confidence, the other computer changed the same confidence since: Save stops once (it saved over the other computer\'s without a word)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const inc = await ok(app, 'incidents:create', { ...acmeIncident(id), causes: [THIN] });
  await keptConfidence(app, id, inc.id, 'high');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const { relationshipId: _, ...fields } = acmeIncident(id);
  await callOk(home)('incidents:update', { relationshipId: id, id: inc.id, ...fields, causes: [{ ...THIN, confidence: 'medium' }] });
  await arrived(app, id, (j) => j.incidents[0]!.causes[0]?.confidence === 'medium');
  await page.goto(appUrl(`/r/${id}/incident/${inc.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  await expect(page.getByLabel('How sure: Stretched too thin')).toHaveValue('high');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForTimeout(1500);
  // As for any other choice a kept draft changed: said once, nothing sent yet.
  expect((await ok(app, 'journals:get', { relationshipId: id })).incidents[0]!.causes).toEqual([{ ...THIN, confidence: 'medium' }]);
  await expect(page.getByText('Your other computer changed this too')).toBeVisible();
});

test('a kept draft changed a cause\'s confidence, the other computer unticked that cause since: Save stops once before it comes back', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const inc = await ok(app, 'incidents:create', { ...acmeIncident(id), causes: [THIN] });
  await keptConfidence(app, id, inc.id, 'high');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const { relationshipId: _, ...fields } = acmeIncident(id);
  await callOk(home)('incidents:update', { relationshipId: id, id: inc.id, ...fields, causes: [] });
  await arrived(app, id, (j) => j.incidents[0]!.causes.length === 0);
  await page.goto(appUrl(`/r/${id}/incident/${inc.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForTimeout(1500);
  const causes = (await ok(app, 'journals:get', { relationshipId: id })).incidents[0]!.causes;
  // Either Save said so first (nothing sent), or the other computer's untick stands.
  const said = await page.getByText('Your other computer changed this too').isVisible();
  if (!said) expect(causes).toEqual([]);
});
