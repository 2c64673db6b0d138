import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { localDay } from '../../src/core/logic/calendar';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';

/**
 * Quick capture: an ordinary 1:1 ends with one promise and a few notes. Both go in from the person's
 * page (and a commitment from the Commitments screen) without a debrief; bad input is named beside
 * its field and nothing typed is lost, not even by leaving the screen.
 */
async function person(app: MendApp, name = 'Sam Rivera'): Promise<string> {
  const r = await app.core.call('relationships:create', { name, role: '', kind: 'direct-report', started: null, notes: '' });
  if (!r.ok) throw new Error(r.message);
  return (r.value as { id: string }).id;
}

const DAY = 86_400_000;
const day = (offset: number) => localDay(new Date(Date.now() + offset * DAY));

test('a commitment on its own from the person page: checked beside its fields, kept while away, saved for good', async ({ openMend }) => {
  let app = await openMend();
  const id = await person(app);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const section = page.getByRole('region', { name: 'Between conversations' });
  await section.getByRole('button', { name: 'Add a commitment' }).click();
  const form = page.getByRole('form', { name: 'Add a commitment' });
  // The form opens ready to type in.
  await expect(form.getByLabel('What was promised')).toBeFocused();

  // No text: the text field says so, and has the focus.
  await form.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(form.getByLabel('What was promised')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toHaveText('Write the commitment in a few words.');
  await expect(form.getByLabel('What was promised')).toBeFocused();

  // A day already past: the date field says so, and the words typed stay.
  await form.getByLabel('What was promised').fill('Send the weekly status on Tuesdays.');
  await form.getByLabel('Due by').fill(day(-2));
  await form.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(form.getByLabel('Due by')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toContainText('That day has already passed');
  await expect(form.getByLabel('What was promised')).toHaveValue('Send the weekly status on Tuesdays.');

  // Leaving for Home and coming back: the form opens again with what was typed.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: /Sam Rivera/ }).first().click();
  await expect(page.getByRole('form', { name: 'Add a commitment' }).getByLabel('What was promised')).toHaveValue('Send the weekly status on Tuesdays.');

  await form.getByLabel('Due by').fill(day(3));
  await form.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(page.getByRole('status')).toContainText('Commitment added.');
  await expect(page.getByRole('form', { name: 'Add a commitment' })).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Add a commitment' })).toBeFocused(); // not the page
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Theirs: Send the weekly status on Tuesdays.');

  app = await app.restart();
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).click();
  await expect(app.page.getByRole('list', { name: 'Open commitments' })).toContainText('Send the weekly status on Tuesdays.');
});

test('a 1:1 note goes on the timeline in a minute; an empty one is refused beside its field', async ({ openMend }) => {
  let app = await openMend();
  const id = await person(app);
  await app.page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const { page } = app;
  await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  const form = page.getByRole('form', { name: 'Write a 1:1 note' });
  await form.getByRole('button', { name: 'Save the note' }).click();
  await expect(form.getByRole('alert')).toHaveText('Write a line or two about the conversation.');
  await form.getByLabel('What came up').fill('Talked through the **Acme** timeline.\n\nThey want more say in estimates.');
  await form.getByRole('button', { name: 'Save the note' }).click();
  await expect(page.getByRole('status')).toContainText('Note saved.');
  const entry = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: '1:1 note' });
  await expect(entry).toContainText('Talked through the **Acme** timeline.');
  app = await app.restart({ path: `/r/${id}` });
  const again = app.page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: '1:1 note' });
  await again.locator('summary').click();
  await expect(again.locator('strong')).toHaveText('Acme');
  await expect(again).toContainText('They want more say in estimates.');
});

test('the Commitments screen adds a commitment for a chosen person; marking it from Home settles it', async ({ openMend }) => {
  const app = await openMend();
  await person(app, 'Sam Rivera');
  await person(app, 'Ana Silva');
  const { page } = app;
  await page.goto('http://mend.localhost/index.html#/commitments');
  await page.reload(); // the people were added behind the window's back
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByLabel('What was promised').fill('Book the skills session.');
  await form.getByLabel('Mine').check();
  await form.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(form.getByRole('alert')).toHaveText('Choose whose journal this goes in.');
  await form.getByLabel('With whom').selectOption({ label: 'Ana Silva' });
  await form.getByLabel('Due by').fill(day(0));
  await form.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(page.getByRole('list', { name: 'Open commitments' })).toContainText('Book the skills session.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const due = page.getByRole('region', { name: 'Due now' });
  await expect(due).toContainText('Book the skills session.');
  await due.getByRole('button', { name: 'Mark how it went' }).click();
  const dialog = page.getByRole('dialog', { name: 'How did it go?' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose how it went.');
  await dialog.getByLabel('Kept').check();
  await dialog.getByLabel('A note').fill('Booked for next Tuesday.');
  // Escape puts the dialog away, not the note: it is there again when the dialog opens for it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await due.getByRole('button', { name: 'Mark how it went' }).click();
  await expect(dialog.getByLabel('A note')).toHaveValue('Booked for next Tuesday.');
  await dialog.getByLabel('Kept').check();
  // Ctrl+Enter saves, as in every form.
  await dialog.getByLabel('A note').press('Control+Enter');
  await expect(page.getByRole('status')).toContainText('Marked as kept.');
  await expect(page.getByRole('region', { name: 'Due now' })).toHaveCount(0);
  await expect(page.locator('body')).not.toBeFocused(); // its button went with it; focus did not

});

test('a 1:1 note and a commitment half-typed survive a restart: their forms open again with the words, and saving forgets them', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const { page } = app;
  await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  await page.getByLabel('What came up').fill('They want to own the client call next week.');
  // Leaving by the sidebar sends the draft at once; then the window goes (the harness closes it unasked).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  const again = await app.restart();
  await new HomePage(again.page).open('Sam Rivera');
  await expect(again.page.getByLabel('What came up')).toHaveValue('They want to own the client call next week.');
  await expect(again.page.getByText('You were writing this earlier')).toBeVisible();
  await again.page.getByRole('button', { name: 'Save the note' }).click();
  await expect(again.page.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();

  // The commitment form on the Commitments screen keeps its own draft, person chosen included.
  await again.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).click();
  await again.page.getByRole('button', { name: 'Add a commitment' }).click();
  await again.page.getByLabel('With whom').selectOption({ label: 'Sam Rivera' });
  await again.page.getByLabel('What was promised').fill('Send the numbers on Friday');
  await again.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible(); // left: the draft is sent
  const third = await again.restart();
  await third.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).click();
  await third.page.getByRole('button', { name: 'Add a commitment' }).click();
  await expect(third.page.getByLabel('What was promised')).toHaveValue('Send the numbers on Friday');
  await expect(third.page.getByLabel('With whom')).toHaveValue(/.+/);
  await third.page.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(third.page.getByRole('list', { name: 'Open commitments' })).toContainText('Send the numbers on Friday');

  // Saved: after one more restart nothing is offered again, and the person's page shows no open form.
  const fourth = await third.restart();
  await new HomePage(fourth.page).open('Sam Rivera');
  await expect(fourth.page.getByLabel('What came up')).toHaveCount(0);
  await expect(fourth.page.getByRole('list', { name: 'Timeline' })).toContainText('They want to own the client call');
});

test('opening "Add a commitment" leaves a half-typed 1:1 note open beside it, and both come back after a restart', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const { page } = app;
  await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  await page.getByLabel('What came up').fill('They want more room on the launch.');
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  await expect(page.getByLabel('What came up')).toHaveValue('They want more room on the launch.');
  await page.getByLabel('What was promised').fill('Send the plan on Friday');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  // Once Home shows, both forms were left, which sends their drafts at once (the harness then closes the
  // window without main's flush; closing right after typing, with it, is the shell's close-while-typing).
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  const again = await app.restart();
  await new HomePage(again.page).open('Sam Rivera');
  await expect(again.page.getByLabel('What came up')).toHaveValue('They want more room on the launch.');
  await expect(again.page.getByLabel('What was promised')).toHaveValue('Send the plan on Friday');
});
