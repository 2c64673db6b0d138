import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { HomePage } from './pages/home-page';
import { RelationshipForm, RelationshipPage } from './pages/relationship-pages';

test('people are added, edited, archived, and found again after a restart', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Start with one person' })).toBeVisible();

  const form = new RelationshipForm(page);
  await form.add({ name: 'Sam Rivera', role: 'Account lead', kind: 'Direct report', started: '2024-02-01', notes: 'Owns the **Acme** account.' });
  await expect(page.locator('.markdown strong')).toHaveText('Acme');
  const home = new HomePage(page);
  await home.goto();
  await form.add({ name: 'Ana Silva', kind: 'Peer' });

  const ana = new RelationshipPage(page);
  await ana.edit({ role: 'Design lead', notes: 'Prefers written updates.' });
  await expect(page.getByText('Design lead')).toBeVisible();

  await home.goto();
  await home.open('Sam Rivera');
  await new RelationshipPage(page).archive();
  await home.goto();
  await expect(home.people()).toHaveCount(1);
  await expect(home.people()).toContainText('Ana Silva');

  const again = await app.restart();
  const home2 = new HomePage(again.page);
  await expect(home2.people()).toHaveCount(1);
  await expect(home2.people()).toContainText('Design lead');
  await home2.showArchived();
  await expect(home2.archivedPeople()).toContainText('Sam Rivera');
  await home2.open('Sam Rivera');
  await expect(again.page.getByText('Owns the')).toBeVisible();
  await expect(again.page.getByText('This person is archived.')).toBeVisible();
});

test('a refused save keeps every typed character and says what to fix', async ({ openMend }) => {
  const { page } = await openMend();
  await page.getByRole('link', { name: 'Add a person' }).first().click();
  const form = new RelationshipForm(page);
  await form.fill({ name: 'x'.repeat(201), role: 'Analyst', notes: 'Started in March.' });
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('alert')).toContainText('under 200 characters');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('x'.repeat(201));
  await expect(page.getByLabel('Notes')).toHaveValue('Started in March.');
  await form.fill({ name: 'Kim' });
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kim' })).toBeVisible();
});

test('deleting moves the journal to the trash folder after a confirmation', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Lee' });
  const person = new RelationshipPage(app.page);
  await app.page.getByRole('button', { name: 'Delete…' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Lee' })).toBeVisible();
  await person.delete();
  await expect(app.page.getByRole('heading', { name: 'Start with one person' })).toBeVisible();
  expect((await readdir(join(app.dataDir, 'trash'))).length).toBe(1);
  expect(await readdir(join(app.dataDir, 'relationships'))).toEqual([]);
});

test('links in notes never open inside Mend, only after a confirmation', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Ola', notes: 'Their [portfolio](https://example.org/ola) and [bad](javascript:alert(1)).' });
  await app.page.getByRole('link', { name: 'portfolio' }).click();
  await expect(app.page.getByRole('dialog')).toContainText('https://example.org/ola');
  await app.page.getByRole('dialog').getByRole('button', { name: 'Open link' }).click();
  await expect.poll(() => app.openedLinks).toEqual(['https://example.org/ola']);
  await expect(app.page).toHaveURL(/mend\.localhost/);
  await expect(app.page.locator('.markdown a', { hasText: 'bad' })).not.toHaveAttribute('href', /.*/);
});

test('a start day still to come, or a mistyped year, is refused beside the date, and the rest of the form stays', async ({ openMend }) => {
  const { page } = await openMend();
  await page.getByRole('link', { name: 'Add a person' }).first().click();
  const form = new RelationshipForm(page);
  await form.fill({ name: 'Sam Rivera', role: 'Account lead', started: '2031-05-01', notes: 'Owns the Acme account.' });
  await page.getByRole('button', { name: 'Add person' }).click();
  const started = page.getByLabel('Working together since');
  await expect(page.getByText('Pick the day you started working together: today or an earlier day.')).toBeVisible();
  await expect(started).toHaveAttribute('aria-invalid', 'true');
  await expect(started).toBeFocused();
  await form.fill({ started: '0202-05-01' });
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('That year looks like a typing slip. Pick a date between 1950 and 2099.')).toBeVisible();
  await expect(page.getByLabel('Notes')).toHaveValue('Owns the Acme account.');
  await form.fill({ started: '2022-05-01' });
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(page.getByText('Working together since May 1, 2022.')).toBeVisible();
});
