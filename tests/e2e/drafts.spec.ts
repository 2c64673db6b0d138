import { test, expect } from './fixtures';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';
import { TrustCheckForm } from './pages/follow-up-pages';
import type { Page } from '@playwright/test';

const facts = 'The proposal reached the client on **Monday at 09:10**, three days late.';
const evidence = 'Sam sent the weekly numbers a day early, unasked.';

const sidebar = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

test('what is typed in a new incident and a new trust check survives leaving by the sidebar and a restart', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const { page } = app;

  await page.getByRole('link', { name: 'Log an incident' }).click();
  await page.getByLabel('What happened, in a line').fill('Missed the Acme deadline');
  await page.getByLabel('The facts').fill(facts);
  // Left at once, before the autosave's pause: leaving still keeps it.
  await sidebar(page, 'Insights');
  await sidebar(page, 'Home');
  await new HomePage(page).open('Sam Rivera');
  await page.getByRole('link', { name: 'Trust check', exact: true }).click();
  await new TrustCheckForm(page).activation(1);
  await page.getByLabel('Evidence: what did you see or hear?').fill(evidence);
  await sidebar(page, 'Commitments');
  await sidebar(page, 'Home');
  await new HomePage(page).open('Sam Rivera');
  await page.getByRole('link', { name: 'Log an incident' }).click();
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  await expect(page.getByLabel('The facts')).toHaveValue(facts);
  await sidebar(page, 'Home');
  // Home shows once the form was left, which sent its draft (the restart then closes without main's flush).
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();

  const again = await app.restart();
  await new HomePage(again.page).open('Sam Rivera');
  await again.page.getByRole('link', { name: 'Trust check', exact: true }).click();
  await expect(again.page.getByLabel('Evidence: what did you see or hear?')).toHaveValue(evidence);
  await expect(again.page.getByRole('radio', { name: /^1 · / })).toBeChecked();
  await again.page.getByRole('button', { name: 'Save check' }).click();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();

  // Saved: the trust check's draft is gone, the incident's is still kept.
  await again.page.getByRole('link', { name: 'Trust check', exact: true }).click();
  await expect(again.page.getByLabel('Evidence: what did you see or hear?')).toHaveValue('');
  await expect(again.page.getByText('You were writing this earlier')).toHaveCount(0);
  await sidebar(again.page, 'Home');
  await new HomePage(again.page).open('Sam Rivera');
  await again.page.getByRole('link', { name: 'Log an incident' }).click();
  await expect(again.page.getByLabel('What happened, in a line')).toHaveValue('Missed the Acme deadline');
  await again.page.getByRole('button', { name: 'Start over' }).click();
  await expect(again.page.getByLabel('What happened, in a line')).toHaveValue('');
  await expect(again.page.getByRole('heading', { level: 1 })).toBeFocused();
  // One click must not throw away a long text: Undo puts it back, and it is kept as a draft again.
  await again.page.getByRole('status').filter({ hasText: 'Started over.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(again.page.getByLabel('What happened, in a line')).toHaveValue('Missed the Acme deadline');
  await expect(again.page.getByLabel('The facts')).toHaveValue(facts);
  await sidebar(again.page, 'Home');
  await new HomePage(again.page).open('Sam Rivera');
  await again.page.getByRole('link', { name: 'Log an incident' }).click();
  await expect(again.page.getByLabel('The facts')).toHaveValue(facts);
});

test('a new person and a note of their own check-in keep their drafts too', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await page.getByRole('link', { name: 'Add a person' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Alex Chen');
  await page.getByLabel('Notes').fill('Joined in March.');
  await sidebar(page, 'Settings');
  await sidebar(page, 'Home');
  await page.getByRole('link', { name: 'Add a person' }).first().click();
  await expect(page.getByLabel('Notes')).toHaveValue('Joined in March.');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex Chen' })).toBeVisible();

  await page.getByRole('link', { name: 'Log my own check-in' }).click();
  await page.getByLabel('Anything to add?').fill('Asked twice about the same report.');
  await sidebar(page, 'Home');
  await new HomePage(page).open('Alex Chen');
  await page.getByRole('link', { name: 'Log my own check-in' }).click();
  await expect(page.getByLabel('Anything to add?')).toHaveValue('Asked twice about the same report.');
});
