import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { RelationshipPage } from './pages/relationship-pages';

/**
 * The Commitments screen narrows to one person and one side. The choice stays while the leader opens a
 * person's page and comes back, an empty result says what was chosen and offers the way back, and the
 * list answers by keyboard alone.
 */
test('the Commitments screen shows one person, one side, or everything, and keeps the choice across pages', async ({ openMend }, testInfo) => {
  const app = await openMend();
  const call = callOk(app.core);
  const person = (name: string) => call('relationships:create', { name, role: '', kind: 'direct-report', started: null, notes: '' });
  const sam = await person('Sam Rivera');
  const ana = await person('Ana Silva');
  const promise = (relationshipId: string, owner: 'me' | 'them', text: string) =>
    call('capture:commitment', { relationshipId, owner, text, dueAt: null });
  await promise(sam.id, 'them', 'Send the Acme draft by Thursday');
  await promise(sam.id, 'me', 'Reply to the deck within a day');
  await promise(ana.id, 'them', 'Share the research plan');

  const { page } = app;
  await page.goto('http://mend.localhost/index.html#/commitments');
  const rows = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);

  // By keyboard: focus the person picker and choose Ana.
  await page.getByLabel('Person').focus();
  await page.getByLabel('Person').selectOption({ label: 'Ana Silva' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Share the research plan');
  await expect(page.getByText('1 of 3 open')).toBeVisible();

  // Mine, with Ana: nothing, and the screen says so by name.
  await page.getByLabel('Whose promise').selectOption({ label: 'Mine' });
  await expect(page.getByText('Nothing you promised Ana Silva is open right now.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show all' })).toHaveCount(0); // one way back, not two
  await page.screenshot({ path: testInfo.outputPath('commitments-filter-empty.png') });

  // Sam, mine: one. Then visit Sam's page and come back: the same choice, the same row.
  await page.getByLabel('Person').selectOption({ label: 'Sam Rivera' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Reply to the deck within a day');
  await rows.first().getByRole('link', { name: 'Sam Rivera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Person')).toHaveValue(sam.id);
  await expect(page.getByLabel('Whose promise')).toHaveValue('me');
  await expect(rows).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('commitments-filter.png') });

  // "Show all" brings every open promise back.
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByLabel('Person')).toBeFocused(); // the button went with the narrowing
  await expect(page.getByLabel('Person')).toHaveValue('');
  await expect(page.getByText(/of 3 open/)).toBeHidden();

  // Dark and a narrow window: the filter wraps above the list.
  await page.getByLabel('Whose promise').selectOption({ label: 'Theirs' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 700, height: 800 });
  await expect(rows).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('commitments-filter-dark-narrow.png') });
});

test('a person chosen and then archived is not said to have nothing open: the screen goes back to everyone', async ({ openMend }) => {
  const app = await openMend();
  const call = callOk(app.core);
  const person = (name: string) => call('relationships:create', { name, role: '', kind: 'direct-report', started: null, notes: '' });
  const sam = await person('Sam Rivera');
  const ana = await person('Ana Silva');
  await call('capture:commitment', { relationshipId: sam.id, owner: 'them', text: 'Send the Acme draft by Thursday', dueAt: null });
  await call('capture:commitment', { relationshipId: ana.id, owner: 'them', text: 'Share the research plan', dueAt: null });
  const { page } = app;
  await page.goto('http://mend.localhost/index.html#/commitments');
  await page.getByLabel('Person').selectOption({ label: 'Sam Rivera' });
  // Archived from their page, as the leader would.
  await page.getByRole('list', { name: 'Open commitments' }).getByRole('link', { name: 'Sam Rivera' }).click();
  await new RelationshipPage(page).archive();
  await page.getByRole('link', { name: 'Commitments' }).first().click();
  const rows = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Share the research plan');
  await expect(page.getByLabel('Person')).toHaveValue('');
  await expect(page.getByText('Nothing open with Sam Rivera right now.')).toHaveCount(0);
});
