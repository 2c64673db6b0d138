import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { appUrl, openOtherComputer, WORK_LAPTOP, ok } from './two-computers';

/**
 * The person page's verdict and chart are read at a moment. It was fixed when the page opened, so a check
 * dated after that (here, one the other computer made while the page was open) fell in that moment's
 * future and was left out of the chart and the verdict until the page was opened again.
 */
const CALM_CHECK = {
  ratings: { reliability: 4, competence: null, sincerity: null, care: null, reliance: null },
  evidence: 'Sent the numbers early.', interpretation: '', activation: 0 as const, emotion: '', source: '', debriefId: null,
};

test('a check made on the other computer after the page opened joins its chart and table within seconds', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  await page.goto(appUrl(`/r/${id}`));
  await page.reload();
  const section = page.getByRole('region', { name: 'Is trust coming back?' });
  await expect(section).toContainText('No trust checks yet');
  await page.waitForTimeout(1500);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:create', { relationshipId: id, at: new Date().toISOString(), ...CALM_CHECK });
  await expect(section).not.toContainText('No trust checks yet', { timeout: 3000 });
  await section.getByRole('button', { name: 'Show as a table' }).click();
  await expect(section.locator('#trust-table tbody tr')).toHaveCount(1);
});
