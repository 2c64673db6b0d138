import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { openOtherComputer, WORK_LAPTOP } from './two-computers';

/**
 * Insights and the Trash read every journal, and before they read them once, as they opened: a change
 * the other computer made while one of them was on screen showed only after leaving and coming back.
 * They now read again when the other computer's change arrives, as Home and the person's page do.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}
const person = (name: string) => ({ name, role: '', kind: 'direct-report' as const, started: null, notes: '' });
const CALM_CHECK = {
  ratings: { reliability: 4, competence: null, sincerity: null, care: null, reliance: null },
  evidence: 'Sent the numbers early.', interpretation: '', activation: 0 as const, emotion: '', source: '', debriefId: null,
};

test('Insights on screen: a trust check made on the other computer is counted within seconds', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'checks:create', { relationshipId: id, at: new Date(Date.now() - 2 * 864e5).toISOString(), ...CALM_CHECK });
  await page.goto('http://mend.localhost/index.html#/insights');
  const hot = page.getByRole('region', { name: 'Hot ratings' });
  await expect(hot).toContainText('Your one check was not hot');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:create', { relationshipId: id, at: new Date(Date.now() - 864e5).toISOString(), ...CALM_CHECK });
  await expect(hot).toContainText('None of your 2 checks was hot', { timeout: 3000 });
  // Read again in place: no "Reading your journals…" flash, the page stays where it was.
  await expect(page.getByText('Reading your journals…')).toHaveCount(0);
});

test('the Trash on screen: a person the other computer moved to the Trash shows up within seconds', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await page.goto('http://mend.localhost/index.html#/trash');
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  await expect(page.getByText('Sam Rivera')).toHaveCount(0);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:delete', { id });
  await expect(page.getByRole('listitem').filter({ hasText: 'Sam Rivera' })).toBeVisible({ timeout: 3000 });
});
