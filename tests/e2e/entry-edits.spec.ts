import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';
import { localInput } from './pages/leader-side-pages';
import { EDITABLE_KINDS, entry, openEdit } from './pages/entry-edit-pages';
import { LockScreen, SecuritySettings } from './pages/security-pages';

/**
 * A check-in of my own, a 1:1 note and an estimate of their trust could only be removed, never edited
 * (product.md §2: every record, and every date the user picks, is editable). Each entry now has an Edit
 * link beside Remove; its screen opens with what was stored, keeps a draft as it is typed, and saving
 * returns to the entry, changed for good.
 */
const sidebar = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

/** Ten days ago at 10:30, as the When field takes it. */
const tenDaysAgo = (): { input: string; ms: number } => {
  const d = new Date(Date.now() - 10 * 864e5);
  d.setHours(10, 30, 0, 0);
  return { input: localInput(d), ms: d.getTime() };
};

for (const kind of EDITABLE_KINDS) {
  test(`${kind.name}: Edit on the timeline changes its words and its date, and the change survives a restart`, async ({ openMend }) => {
    const app = await openMend();
    await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
    const { page } = app;
    const first = 'Asked twice about the weekly report.';
    const changed = 'Asked about the report once, then left it with them.';
    await kind.write(page, first);

    await openEdit(page, kind, kind.title(first));
    await expect(page.getByLabel(kind.field)).toHaveValue(first);
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
    await page.getByLabel(kind.field).fill(changed);
    const when = tenDaysAgo();
    await page.getByLabel('When').fill(when.input);
    await page.getByRole('button', { name: 'Save changes' }).click();

    // Back where the edit began: the entry, open, with the focus, showing the new words and date.
    await expect(page).toHaveURL(/#\/r\/[^/]+\/entry\//);
    const item = entry(page, kind.title(changed));
    await expect(item.locator('summary')).toBeFocused();
    await expect(item).toContainText(changed);
    await expect(item).not.toContainText(first);
    expect(Date.parse((await item.locator('time').getAttribute('datetime'))!)).toBe(when.ms);

    const again = await app.restart();
    await new HomePage(again.page).open('Sam Rivera');
    const kept = entry(again.page, kind.title(changed));
    await kept.locator('summary').click();
    await expect(kept).toContainText(changed);
    expect(Date.parse((await kept.locator('time').getAttribute('datetime'))!)).toBe(when.ms);
    await expect(again.page.getByRole('list', { name: 'Timeline' })).not.toContainText(first);
  });

  test(`${kind.name}: words typed in its edit screen are kept as a draft through leaving for Home and a restart`, async ({ openMend }) => {
    const app = await openMend();
    await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
    const { page } = app;
    const first = 'Talked about the launch plan.';
    const typed = 'Talked about the launch plan, and the risk they flagged early.';
    await kind.write(page, first);
    await openEdit(page, kind, kind.title(first));
    await page.getByLabel(kind.field).fill(typed);
    // Left at once, before the autosave's pause: leaving still keeps it.
    await sidebar(page, 'Home');
    await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();

    await new HomePage(page).open('Sam Rivera');
    // Not saved: the entry still says what it said.
    await expect(entry(page, kind.title(first))).toHaveCount(1);
    await openEdit(page, kind, kind.title(first));
    await expect(page.getByText('You were writing this earlier')).toBeVisible();
    await expect(page.getByLabel(kind.field)).toHaveValue(typed);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();

    const again = await app.restart();
    await new HomePage(again.page).open('Sam Rivera');
    await openEdit(again.page, kind, kind.title(first));
    await expect(again.page.getByText('You were writing this earlier')).toBeVisible();
    await expect(again.page.getByLabel(kind.field)).toHaveValue(typed);
    await again.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(entry(again.page, kind.title(typed)).locator('summary')).toBeFocused();
    await expect(entry(again.page, kind.title(typed))).toContainText(typed);

    // Saved: the draft is gone; the screen opens with what is stored.
    await openEdit(again.page, kind, kind.title(typed));
    await expect(again.page.getByText('You were writing this earlier')).toHaveCount(0);
    await expect(again.page.getByLabel(kind.field)).toHaveValue(typed);
  });
}

test('an edit that is refused says why beside the field and keeps every typed word', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const { page } = app;
  const [, note, estimate] = EDITABLE_KINDS;
  await note.write(page, 'Talked about the launch.');
  await openEdit(page, note, note.title('Talked about the launch.'));
  await page.getByLabel(note.field).fill('   ');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel(note.field)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(note.field)).toBeFocused();
  await expect(page.getByText('Write a line or two about the conversation.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await estimate.write(page, 'Brought me the risk first.');
  await openEdit(page, estimate, estimate.title('Brought me the risk first.'));
  await page.getByLabel(estimate.field).fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel(estimate.field)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('An estimate needs at least one thing you saw or heard.', { exact: false })).toBeVisible();
  await expect(page.getByRole('group', { name: 'I do what I say I will' }).getByRole('radio', { name: '5' })).toBeChecked();
});

test('a search result for an edited entry opens it on the person\'s page', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const { page } = app;
  const [checkIn] = EDITABLE_KINDS;
  await checkIn.write(page, 'Asked twice about the report.');
  await openEdit(page, checkIn, checkIn.title(''));
  await page.getByLabel(checkIn.field).fill('Asked twice about the zeppelin report.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(entry(page, checkIn.title(''))).toContainText('zeppelin');
  await sidebar(page, 'Search');
  await page.getByRole('searchbox').fill('zeppelin');
  await page.getByRole('link', { name: /My check-in/ }).first().click();
  const item = entry(page, checkIn.title(''));
  await expect(item.locator('summary')).toBeFocused();
  await expect(item).toContainText('Asked twice about the zeppelin report.');
});

test('Lock now while an edit is being typed keeps every word: after unlocking, the edit screen has them', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  await new SecuritySettings(page).open();
  await new SecuritySettings(page).enable('quiet harbour at seven');
  await new HomePage(page).goto();
  await new HomePage(page).open('Sam Rivera');
  for (const kind of EDITABLE_KINDS) await kind.write(page, `First words of ${kind.name}.`);
  for (const kind of EDITABLE_KINDS) {
    await openEdit(page, kind, kind.title(`First words of ${kind.name}.`));
    await page.getByLabel(kind.field).fill(`Typed just before the lock, in ${kind.name}.`);
    // Locked at once, before the autosave's pause.
    await new SecuritySettings(page).lockFromSidebar();
    const lock = new LockScreen(page);
    await lock.expectShown();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('Typed just before the lock');
    await lock.unlock('quiet harbour at seven');
    await new HomePage(page).goto();
    await new HomePage(page).open('Sam Rivera');
    await openEdit(page, kind, kind.title(`First words of ${kind.name}.`));
    await expect(page.getByLabel(kind.field)).toHaveValue(`Typed just before the lock, in ${kind.name}.`);
    await page.getByRole('button', { name: 'Cancel' }).click();
  }
});
