import { test, expect } from './fixtures';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';

/**
 * Words typed while a form is still asking for its kept draft, then leaving at once: the draft lookup
 * answers after the form is gone. What was typed must still be kept (it is on screen, so it is the
 * newest), and coming back shows it. The lookup is slowed in the page to make the race certain.
 */
test('typed before the draft lookup answers, then left at once: the words are kept', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const { page } = app;
  await page.evaluate(`(() => {
    const invoke = window.__mendInvoke;
    window.__mendInvoke = (channel, input) =>
      channel === 'drafts:get' ? new Promise((r) => setTimeout(r, 800)).then(() => invoke(channel, input)) : invoke(channel, input);
  })()`);
  await page.getByRole('link', { name: 'Log a repair attempt' }).click();
  await page.getByLabel('What happened, in a line').fill('Thanked them for the weekend fix');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  // Straight back: the first form's lookup answers after it is gone, and after the new form asked.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await new HomePage(page).open('Sam Rivera');
  await page.getByRole('link', { name: 'Log a repair attempt' }).click();
  await expect(page.getByLabel('What happened, in a line')).toHaveValue('Thanked them for the weekend fix');
});
