import { test, expect } from './fixtures';
import { openTimelineEntry } from './pages/prepare-pages';
import { value } from './pages/leader-side-pages';

const DAY = 864e5;

async function personWithChecks(app: Parameters<typeof value>[0], name: string, reliabilities: number[]): Promise<string> {
  const rel = (await value<{ id: string }>(app, 'relationships:create', { name, role: '', kind: 'peer', started: null, notes: '' })).id;
  for (const [i, r] of reliabilities.entries()) {
    await value(app, 'checks:create', {
      relationshipId: rel, at: new Date(Date.now() - (reliabilities.length - i) * DAY).toISOString(),
      ratings: { reliability: r, competence: 6, sincerity: 6, care: 6, reliance: r },
      evidence: `Check ${i + 1}.`, interpretation: '', activation: 0, emotion: '', source: '', debriefId: null,
    });
  }
  return rel;
}

test('Undo used on Home shows the restored check on Home at once, without leaving Home', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await personWithChecks(app, 'Kim Lee', [4, 6]);
  await page.goto(`http://mend.localhost/index.html#/r/${rel}`);
  const entry = await openTimelineEntry(page, 'Reliability 6');
  await entry.getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Reliability 6')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Home|Your people/ }).first().click();
  const card = page.locator('.home-card', { hasText: 'Kim Lee' });
  await expect(card).toContainText('One calm check, at');
  await page.getByRole('status').filter({ hasText: 'Trust check removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The trust check is back.' })).toBeVisible();
  // Still on Home, and Home already counts the check again.
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await expect(card).toContainText('Last 2 calm checks');
});

test('Undo used back on the same person page, after going elsewhere, shows the check there at once', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await personWithChecks(app, 'Ana Silva', [5]);
  await page.goto(`http://mend.localhost/index.html#/r/${rel}`);
  const entry = await openTimelineEntry(page, 'Reliability 5');
  await entry.getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Home|Your people/ }).first().click();
  await page.locator('.home-card', { hasText: 'Ana Silva' }).getByRole('link', { name: /Ana Silva/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Silva' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Reliability 5')).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Trust check removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Reliability 5')).toBeVisible();
});
