import { test, expect } from './fixtures';
import { seedSearchStory, seed } from './search-seed';

test('the palette opens people, actions and screens; each new screen starts at the top with its heading focused and announced', async ({ openMend }) => {
  const app = await openMend();
  const story = await seedSearchStory(app.core);
  const { page } = app;
  await page.reload();
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const live = page.locator('[aria-live="polite"].visually-hidden-live');
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeFocused();
  await expect(live).toHaveText('Your people');

  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox')).toBeFocused();
  await expect(palette.getByRole('group', { name: 'Actions' }).getByRole('option')).toContainText(['Add a person', 'Take a trust check…']);
  await expect(palette.getByRole('group', { name: 'Screens' }).getByRole('option')).toHaveText(['Home', 'Commitments', 'Insights', 'Settings', 'Search']);
  await page.keyboard.type('ana');
  await expect(palette.getByRole('option', { selected: true })).toContainText('Ana Silva');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Silva' })).toBeFocused();
  await expect(live).toHaveText('Ana Silva');
  await expect(page).toHaveTitle('Ana Silva · Mend');

  // Entries are found from the palette too.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('renewal deck');
  await expect(palette.getByRole('group', { name: 'Entries' }).getByRole('option')).toContainText(['Missed the renewal deadline']);
  await page.keyboard.press('ArrowUp'); // wraps to the last choice: the entry
  await page.keyboard.press('Enter');
  await expect(page.locator('details[open] summary')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/r/${story.sam}/entry/`));

  // A long page scrolled down, then a screen change: the new screen starts at the top.
  await page.evaluate(() => {
    document.body.style.minHeight = '4000px';
    window.scrollTo(0, 2500);
  });
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(live).toHaveText('Commitments');
  await expect(page.getByRole('link', { name: 'Commitments' })).toHaveAttribute('aria-current', 'page');
});

test('an action chosen in the palette away from any person asks who it is about, and goes on from there', async ({ openMend }) => {
  const app = await openMend();
  await seedSearchStory(app.core);
  const { page } = app;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeFocused();
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  for (const action of ['Take a trust check', 'Log an incident', 'Prepare a conversation']) {
    await page.keyboard.press('Control+k');
    await page.keyboard.type(action.split(' ').slice(-1)[0]!.slice(0, 5));
    await expect(palette.getByRole('option', { selected: true })).toContainText(`${action}…`);
    await page.keyboard.press('Enter');
    // The picker stays open (it closed at once before: the first dialog's late close event shut it).
    await expect(palette.getByRole('combobox', { name: `${action} with…` })).toBeFocused();
    await page.waitForTimeout(300);
    await expect(palette.getByRole('combobox', { name: `${action} with…` })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();
  }
  await page.keyboard.press('Control+k');
  await page.keyboard.type('trust');
  await page.keyboard.press('Enter');
  await page.keyboard.type('sam');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/#\/r\/[^/]+\/check\/new$/);
});

test('shortcuts act for the person on screen, or ask who first; "?" lists them all', async ({ openMend }) => {
  const app = await openMend();
  const story = await seedSearchStory(app.core);
  const { page } = app;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeFocused();

  // On Home nobody is on screen: Mend asks who the incident is about.
  await page.keyboard.press('Control+Shift+L');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox', { name: 'Log an incident with…' })).toBeFocused();
  await expect(palette.getByRole('option')).toHaveText([/^Ana Silva\s*Account lead$/, /^Sam Rivera\s*Account lead$/]);
  await page.keyboard.type('sam');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/r/${story.sam}/incident/new$`));

  // On a person's page the shortcut goes straight there.
  await page.goto(page.url().replace(/#.*$/, `#/r/${story.sam}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeFocused();
  await page.keyboard.press('Control+Shift+T');
  await expect(page.getByRole('heading', { level: 1, name: 'Trust check' })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/r/${story.sam}/check/new$`));
  await page.getByRole('button', { name: 'Yesterday 5 pm' }).click();
  await expect(page.getByLabel('When', { exact: true })).toHaveValue(/T17:00$/);

  // "?" while typing is just a character; outside a field it opens the list.
  await page.getByLabel('What are you feeling?').fill('');
  await page.getByLabel('What are you feeling?').press('?');
  await expect(page.getByLabel('What are you feeling?')).toHaveValue('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.locator('#tc-title').focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const label of ['Command palette: actions, people, screens', 'Search your journal', 'Next step, or save', 'Take a trust check', 'Log an incident', 'Prepare a conversation', 'Go to Home', 'Go to Commitments']) {
    await expect(sheet.getByRole('definition').filter({ hasText: label }).first()).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('the preparation stepper is one Tab stop; arrow keys move along it and Enter opens a step', async ({ openMend }) => {
  const app = await openMend();
  const story = await seedSearchStory(app.core);
  const prep = await seed(app.core, 'preparations:start', { relationshipId: story.sam, incidentId: story.incident, plannedAt: null });
  const { page } = app;
  await page.goto(page.url().replace(/#.*$/, `#/r/${story.sam}/prepare/${prep.id}`));
  await expect(page.locator('#prep-title')).toBeFocused();
  const steps = page.getByRole('navigation', { name: 'Preparation steps' }).getByRole('button');
  await expect(steps).toHaveCount(8);
  await page.keyboard.press('Tab');
  await expect(steps.nth(0)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.prep-body :focus')).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  await expect(steps.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(steps.nth(2)).toBeFocused();
  await page.keyboard.press('End');
  await expect(steps.nth(7)).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Part 2 of 8')).toBeVisible();
  await expect(page.locator('#prep-title')).toBeFocused();
  // Only the current step takes a Tab.
  expect(await steps.evaluateAll((b) => b.map((el) => (el as HTMLElement).tabIndex))).toEqual([-1, 0, -1, -1, -1, -1, -1, -1]);
});
