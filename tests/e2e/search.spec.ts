import { test, expect } from './fixtures';
import { seed, seedSearchStory } from './search-seed';

test('Ctrl+F finds words across people, grouped by person, marked, and a result opens its entry in place', async ({ openMend }) => {
  const app = await openMend();
  const story = await seedSearchStory(app.core);
  const { page } = app;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page.keyboard.press('Control+f');
  const box = page.getByRole('searchbox', { name: 'Search your journal' });
  await expect(box).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Type a word or two' })).toBeVisible();
  await page.keyboard.type('deadline');

  const results = page.locator('.search-groups');
  await expect(page.getByRole('status').filter({ hasText: /matches about 2 people/ })).toBeVisible();
  await expect(results.getByRole('heading', { level: 2, name: 'Sam Rivera' })).toBeVisible();
  await expect(results.getByRole('heading', { level: 2, name: 'Ana Silva' })).toBeVisible();
  // Every marked word is the one searched for; markup in an entry is shown as text, never run.
  const marks = await results.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThanOrEqual(3);
  expect(marks.every((m) => m.toLowerCase() === 'deadline')).toBe(true);
  await expect(results.getByText('<img src=x onerror=alert(1)>', { exact: false })).toBeVisible();
  await expect(results.locator('img')).toHaveCount(0);

  await results.getByRole('link', { name: /Incident Missed the renewal deadline/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/r/${story.sam}/entry/incident%3A${story.incident}$`));
  const entry = page.locator('details[open]').filter({ hasText: 'Missed the renewal deadline' });
  await expect(entry).toBeVisible();
  await expect(entry.locator('summary')).toBeFocused();
  await expect(entry.getByText('The renewal deck was not sent by Friday noon.')).toBeVisible();

  // Back to Search: the same query and results are waiting.
  await page.goBack();
  await expect(box).toHaveValue('deadline');
  await expect(results.getByRole('heading', { level: 2, name: 'Sam Rivera' })).toBeVisible();
});

test('an empty query or only punctuation gets a calm empty state, and a new entry is found at once', async ({ openMend }) => {
  const app = await openMend();
  const story = await seedSearchStory(app.core);
  const { page } = app;
  await page.reload();
  await page.getByRole('link', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search your journal' });
  await expect(box).toBeFocused();
  for (const query of ['   ', '?!…', '"*"']) {
    await box.fill(query);
    await expect(page.getByRole('status').filter({ hasText: 'Type a word or two: a name, something that happened, a promise.' })).toBeVisible();
    await expect(page.locator('.search-groups')).toHaveCount(0);
  }
  await box.fill('zeppelin');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing matches “zeppelin” yet.' })).toBeVisible();

  await seed(app.core, 'monitoring-notes:create', { relationshipId: story.sam, at: '2026-02-26T10:00:00.000Z', kind: 'extra-check-in', note: 'Rechecked the zeppelin budget.' });
  await box.fill('zeppelin budget');
  await expect(page.getByRole('status').filter({ hasText: '1 match about 1 person.' })).toBeVisible();
  await expect(page.locator('.search-groups mark')).toHaveText(['zeppelin', 'budget']);
});

test('search finds entries in an encrypted journal after unlocking', async ({ openMend }) => {
  const app = await openMend();
  await seedSearchStory(app.core);
  // Turning encryption on is two steps, as in Settings: the recovery key is drafted (shown), then handed back.
  const { recoveryKey } = await seed(app.core, 'security:draft-key', { passphrase: 'river stones at dusk' });
  await seed(app.core, 'security:enable', { passphrase: 'river stones at dusk', recoveryKey });
  const again = await app.restart();
  const { page } = again;
  await page.getByLabel('Passphrase').fill('river stones at dusk');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search your journal' })).toBeFocused();
  await page.keyboard.type('renewal');
  await expect(page.locator('.search-groups').getByRole('heading', { level: 2, name: 'Sam Rivera' })).toBeVisible();
});

test('a short commitment found by search shows its words once: as the title, with no snippet repeating them', async ({ openMend }) => {
  const app = await openMend();
  const story = await seedSearchStory(app.core);
  await seed(app.core, 'commitments:create', { relationshipId: story.sam, owner: 'them', text: 'Send the zeppelin deck by Friday', dueAt: null, debriefId: null });
  const { page } = app;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search your journal' })).toBeFocused();
  await page.keyboard.type('zeppelin');
  const hit = page.locator('.search-hits li').filter({ hasText: 'Send the zeppelin deck by Friday' });
  await expect(hit.locator('.search-hit-title mark')).toHaveText('zeppelin');
  await expect(hit.locator('.search-snippet')).toHaveCount(0);
  await expect(hit).toHaveText(/^Commitment\s*Send the zeppelin deck by Friday\s*\S/);
  expect(await hit.textContent()).not.toMatch(/Friday.*Send the zeppelin/);
});
