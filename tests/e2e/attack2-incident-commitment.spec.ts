import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { callOk } from '../support/typed-call';
import { acmeIncident, appUrl, arrived, leaveForHome, ok, openOtherComputer, SAM, WORK_LAPTOP } from './two-computers';

/**
 * A helper's second attack, on 36bd2f6: the incident edit and the commitment reword on two computers.
 * The first failed on 36bd2f6 (a domain ticked on the other computer was dropped); the others held.
 */

test('incident, a domain ticked here and another ticked on the other computer while open: both ticks are kept (the other computer\'s was dropped without a word)', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const inc = await ok(app, 'incidents:create', acmeIncident(id));
  await page.goto(appUrl(`/r/${id}/incident/${inc.id}`));
  await expect(page.getByLabel(/^What happened/).first()).not.toHaveValue('');
  await page.getByRole('checkbox', { name: /^Competence/ }).check();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const { relationshipId: _, ...fields } = acmeIncident(id);
  await callOk(home)('incidents:update', { relationshipId: id, id: inc.id, ...fields, domains: ['reliability', 'care'] });
  await arrived(app, id, (j) => j.incidents[0]!.domains.includes('care'));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeHidden();
  const domains = (await ok(app, 'journals:get', { relationshipId: id })).incidents[0]!.domains;
  expect([...domains].sort()).toEqual(['care', 'competence', 'reliability']);
});

test('incident, one baseline rating changed here, another on the other computer, and "no evidence" chosen here for a third: all kept', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const inc = await ok(app, 'incidents:create', acmeIncident(id));
  await page.goto(appUrl(`/r/${id}/incident/${inc.id}`));
  await expect(page.locator('#inc-baseline-care')).toBeVisible();
  await page.locator('#inc-baseline-reliability').selectOption('3');
  await page.locator('#inc-baseline-sincerity').selectOption('');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const { relationshipId: _, ...fields } = acmeIncident(id);
  await callOk(home)('incidents:update', { relationshipId: id, id: inc.id, ...fields, baseline: { ...fields.baseline, care: 2 } });
  await arrived(app, id, (j) => j.incidents[0]!.baseline.care === 2);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1 }).filter({ hasText: /Sam Rivera|Missed/ }).first()).toBeVisible();
  await expect.poll(async () => (await ok(app, 'journals:get', { relationshipId: id })).incidents[0]!.baseline).toEqual({ reliability: 3, competence: 6, sincerity: null, care: 2, reliance: 5 });
});

async function openReword(app: MendApp) {
  const { page } = app;
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Send the' }).first();
  if ((await item.locator('details').getAttribute('open')) === null) await item.locator('summary').click();
  await item.getByRole('button', { name: 'Reword or change the date' }).click();
  return { text: page.getByLabel('The commitment'), due: page.getByLabel('Due by') };
}

test('a kept reword cleared the due date, the other computer moved it since: Save stops once beside Due by, then keeps no date', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-03', debriefId: null });
  await page.goto(appUrl(`/r/${id}`));
  let f = await openReword(app);
  await f.due.fill('');
  await page.waitForTimeout(1500); // the autosave keeps the cleared date as a draft
  await leaveForHome(app);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('commitments:update', { relationshipId: id, id: c.id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-17' });
  await arrived(app, id, (j) => j.commitments[0]!.dueAt === '2026-12-17');
  await page.goto(appUrl(`/r/${id}`));
  f = await openReword(app);
  await expect(f.due).toHaveValue('');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(page.locator('form.commitment-edit').getByText('Your other computer changed this too')).toBeVisible();
  await expect(f.due).toHaveAttribute('aria-invalid', 'true');
  await expect(f.due).toBeFocused();
  expect((await ok(app, 'journals:get', { relationshipId: id })).commitments[0]!.dueAt).toBe('2026-12-17');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await expect.poll(async () => (await ok(app, 'journals:get', { relationshipId: id })).commitments[0]!.dueAt).toBeNull();
});
