import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { appUrl, ok } from './two-computers';
import { holdNext } from './held-calls';
import { HomePage } from './pages/home-page';
import { RelationshipForm, RelationshipPage } from './pages/relationship-pages';
import { MEETING_NOTE, entry, openEdit } from './pages/entry-edit-pages';
import { LockScreen, SecuritySettings } from './pages/security-pages';

/**
 * Attack: quick capture on a person's page and the person's own lifecycle. Words typed in a quick form
 * must survive Escape, leaving by any route, the lock, the person being archived, deleted or undone;
 * renames must be checked and shown exactly; the first person added must be added once.
 */

const person = (name: string, role = '') => ({ name, role, kind: 'direct-report' as const, started: null, notes: '' });
const sidebar = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
const noteForm = (page: Page) => page.getByRole('form', { name: 'Write a 1:1 note' });
const section = (page: Page) => page.getByRole('region', { name: 'Between conversations' });
const openAt = async (app: MendApp, path: string) => {
  await app.page.goto(appUrl(path));
  await app.page.reload();
};
async function startNote(page: Page, words: string): Promise<void> {
  await section(page).getByRole('button', { name: 'Write a 1:1 note' }).click();
  await expect(noteForm(page).getByLabel('What came up')).toBeFocused();
  await page.keyboard.type(words);
}
async function viaPalette(page: Page, what: string): Promise<void> {
  // A Ctrl+K pressed while the page is still settling after Escape can go unheard (1 run in 8): pressed
  // again only while the palette is not open, so an open one is never closed.
  const box = page.getByRole('combobox');
  await expect(async () => {
    if (!(await box.isVisible())) await page.keyboard.press('Control+k');
    await expect(box).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await box.fill(what);
  await page.keyboard.press('Enter');
}

test('a 1:1 note put away by Escape, then left by the palette: the words come back each time, and after a restart', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${id}`);
  const words = 'They asked for more say in estimates.';
  await startNote(page, words);
  await page.keyboard.press('Escape');
  await expect(noteForm(page)).toHaveCount(0);
  // Focus goes back to the button that opened it.
  await expect(section(page).getByRole('button', { name: 'Write a 1:1 note' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(noteForm(page).getByLabel('What came up')).toHaveValue(words);
  await expect(noteForm(page).getByLabel('What came up')).toBeFocused();
  // Off to Commitments by the palette, and back.
  await viaPalette(page, 'Commitments');
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(noteForm(page).getByLabel('What came up')).toHaveValue(words);
  await sidebar(page, 'Home');
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  const again = await app.restart({ path: `/r/${id}` });
  await expect(noteForm(again.page).getByLabel('What came up')).toHaveValue(words);
});

test('a 1:1 note by keyboard alone: Tab to the button, type, Ctrl+Enter saves once, focus returns to the button', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${id}`);
  const button = section(page).getByRole('button', { name: 'Write a 1:1 note' });
  for (let i = 0; i < 60 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(noteForm(page).getByLabel('What came up')).toBeFocused();
  await page.keyboard.type('Walked through the Q3 plan.');
  // Typed keys wait for the form's kept-words lookup and then land (draft-gate.ts); Ctrl+Enter does not,
  // by design: it is pressed once the form has opened, as a person sees it do.
  await expect(noteForm(page)).not.toHaveAttribute('aria-busy', 'true');
  const held = holdNext(app, 'capture:note');
  await page.keyboard.press('Control+Enter');
  await expect.poll(held.held).toBe(true);
  // A second Ctrl+Enter while the first is on its way must not write the note twice.
  await page.keyboard.press('Control+Enter');
  held.release();
  await expect(page.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
  await expect(noteForm(page)).toHaveCount(0);
  await expect(button).toBeFocused();
  const journal = await ok(app, 'journals:get', { relationshipId: id });
  expect(journal.meetingNotes.map((n) => n.text)).toEqual(['Walked through the Q3 plan.']);
});

test('Lock now with a quick note half-typed: the words are not on the lock screen, and are back after unlocking', async ({ openMend }) => {
  test.setTimeout(90_000);
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  await new SecuritySettings(page).open();
  await new SecuritySettings(page).enable('quiet harbour at seven');
  await new HomePage(page).goto();
  await new HomePage(page).open('Sam Rivera');
  await startNote(page, 'Typed a moment before the lock.');
  await new SecuritySettings(page).lockFromSidebar();
  const lock = new LockScreen(page);
  await lock.expectShown();
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('Typed a moment before the lock');
  await lock.unlock('quiet harbour at seven');
  await new HomePage(page).goto();
  await new HomePage(page).open('Sam Rivera');
  await expect(noteForm(page).getByLabel('What came up')).toHaveValue('Typed a moment before the lock.');
});

test('archived from its own page while a 1:1 note is open: the note still saves, on the archived journal', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${id}`);
  await startNote(page, 'Told them about the reorg.');
  await new RelationshipPage(page).archive();
  await expect(noteForm(page).getByLabel('What came up')).toHaveValue('Told them about the reorg.');
  await noteForm(page).getByRole('button', { name: 'Save the note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Told them about the reorg.');
  const list = await ok(app, 'relationships:list', { includeArchived: true });
  expect(list.map((p) => [p.name, p.archived])).toEqual([['Sam Rivera', true]]);
});

test('deleted elsewhere while a 1:1 note is open: Save says they are in the Trash, keeps every word, and Bring back returns them', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${id}`);
  await startNote(page, 'They want to lead the client call.');
  await ok(app, 'relationships:delete', { id });
  await noteForm(page).getByRole('button', { name: 'Save the note' }).click();
  // As Edit details says it (person-in-trash.ts): they are in the Trash, and the words wait for them.
  await expect.soft(page.getByRole('alert').first()).toContainText(/Trash/);
  await expect(page.getByRole('status').filter({ hasText: 'Note saved.' })).toHaveCount(0);
  await expect(noteForm(page).getByLabel('What came up')).toHaveValue('They want to lead the client call.');
  await page.goto(appUrl('/trash'));
  await page.getByRole('button', { name: 'Bring back Sam Rivera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(noteForm(page).getByLabel('What came up')).toHaveValue('They want to lead the client call.');
});

test('deleted from its own page with a 1:1 note open, then Undo: the person is back and the note form has the words', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${id}`);
  await startNote(page, 'Agreed to pair on the migration.');
  await new RelationshipPage(page).delete();
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(noteForm(page).getByLabel('What came up')).toHaveValue('Agreed to pair on the migration.');
  // Left by the sidebar (the draft is sent), then quit; they came back under a new id, so found from Home.
  await sidebar(page, 'Home');
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  const again = await app.restart({ path: '/' });
  await new HomePage(again.page).open('Sam Rivera');
  await expect(noteForm(again.page).getByLabel('What came up')).toHaveValue('Agreed to pair on the migration.');
  expect((await ok(again, 'relationships:list', {})).map((p) => p.name)).toEqual(['Sam Rivera']);
});

test('deleted, then Undo: the page under the old address (Back, a link kept) goes on to them, and Back does not return to it', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'relationships:create', person('Ana Silva'));
  await openAt(app, `/r/${id}`);
  await new RelationshipPage(page).delete();
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const now = new URL(page.url()).hash;
  expect(now, 'brought back under a new id').not.toBe(`#/r/${id}`);
  // Found: the old address said "This journal is not available", though Sam was right there.
  await page.evaluate((old) => { window.location.hash = `#/r/${old}`; }, id);
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(page.getByText('This journal is not available')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).hash).toBe(now);
  // Back leaves for where they were before, not to the old address (which would only go on again).
  await page.goBack();
  await expect.poll(() => new URL(page.url()).hash).not.toBe(`#/r/${id}`);
  await expect(page.getByText('This journal is not available')).toHaveCount(0);
});

test('a quick commitment for a person archived elsewhere, on the Commitments screen: still saved or clearly refused, never lost', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'relationships:create', person('Ana Silva'));
  await openAt(app, '/commitments');
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByLabel('With whom').selectOption({ label: 'Sam Rivera' });
  await form.getByLabel('What was promised').fill('Send the Acme numbers');
  await ok(app, 'relationships:archive', { id, archived: true });
  await form.getByRole('button', { name: 'Add the commitment' }).click();
  // Either it went into Sam's (archived) journal and the message said so, or the form still has the words and says why.
  await expect.poll(async () => {
    const j = await ok(app, 'journals:get', { relationshipId: id });
    const saved = j.commitments.some((c) => c.text === 'Send the Acme numbers');
    if (saved) return true;
    // The form may close between two looks (saved meanwhile): a look that finds no field is "not kept" for now,
    // never a wait on a field that is gone (that hung the poll until its timeout).
    const typed = await form.getByLabel('What was promised').inputValue({ timeout: 250 }).catch(() => null);
    return typed === 'Send the Acme numbers' && (await form.getByRole('alert').count()) > 0;
  }).toBe(true);
  const j = await ok(app, 'journals:get', { relationshipId: id });
  expect(j.commitments.filter((c) => c.text === 'Send the Acme numbers').length).toBeLessThanOrEqual(1);
});

test('renamed to only spaces or emptied: refused beside the name, focus there, other changes kept, name unchanged', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera', 'Account lead'));
  await openAt(app, `/r/${id}/edit`);
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  for (const name of ['   ', '']) {
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Role').fill('Design lead');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Give them a name, even just a first name.')).toBeVisible();
    await expect.soft(page.getByLabel('Name', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Role')).toHaveValue('Design lead');
  }
  expect((await ok(app, 'relationships:list', {})).map((p) => [p.name, p.role])).toEqual([['Sam Rivera', 'Account lead']]);
});

test('renamed to 500 characters: refused with the limit named, every character kept, the old name stays', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${id}/edit`);
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  const long = 'Ab'.repeat(250);
  await page.getByLabel('Name', { exact: true }).fill(long);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').first()).toContainText('under 200 characters');
  // The field takes at most 400 characters (maxlength): what it took is still there, not cut to 200.
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(long.slice(0, 400));
  expect((await ok(app, 'relationships:list', {})).map((p) => p.name)).toEqual(['Sam Rivera']);
  // Leaving and coming back: the name is the stored one, or the kept draft says so.
  await sidebar(page, 'Home');
  await expect(new HomePage(page).people()).toHaveText([/Sam Rivera/]);
});

test('renamed to Arabic with an emoji: page, Home, palette and Undo bar show it exactly, after a restart too', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${id}`);
  const name = 'سارة 🌻 Ahmed';
  await new RelationshipPage(page).edit({ name });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const again = await app.restart({ path: '/' });
  const p = again.page;
  await expect(new HomePage(p).people()).toContainText(name);
  await p.keyboard.press('Control+k');
  await p.getByRole('combobox').fill('سارة');
  await expect(p.getByRole('option', { name: new RegExp(name) })).toHaveCount(1);
  await p.keyboard.press('Enter');
  await expect(p.getByRole('heading', { level: 1 })).toHaveText(name);
  await new RelationshipPage(p).delete();
  await expect(p.locator('.undo-bar')).toContainText(`${name}’s journal is in the Trash.`);
  await p.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(p.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('renamed to another person\'s name: warned before saving, allowed, and both stay', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await ok(app, 'relationships:create', person('Ana Silva'));
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${id}/edit`);
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  await page.getByLabel('Name', { exact: true }).fill('ana silva');
  await expect(page.getByText('You already have someone called Ana Silva')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ana silva' })).toBeVisible();
  const list = await ok(app, 'relationships:list', {});
  expect(list.map((p) => p.name).sort()).toEqual(['Ana Silva', 'ana silva']);
  // Its own name, kept as it is, is no namesake.
  await page.getByRole('link', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('ana silva');
  await expect(page.getByText(/You already have someone called ana silva/)).toHaveCount(0);
});

test('archived elsewhere while Edit details is open: Save keeps the change and does not bring them out of the archive', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${id}/edit`);
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  await page.getByLabel('Role').fill('Account lead');
  await ok(app, 'relationships:archive', { id, archived: true });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('link', { name: 'Edit details' })).toBeVisible();
  await expect(page.getByText('This person is archived.')).toBeVisible();
  const [sam] = await ok(app, 'relationships:list', { includeArchived: true });
  expect([sam!.role, sam!.archived]).toEqual(['Account lead', true]);
});

test('first run, keyboard only: a name of only spaces is refused; Enter pressed twice fast adds the first person once', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Start with one person' })).toBeVisible();
  const add = page.getByRole('link', { name: 'Add a person' }).first();
  for (let i = 0; i < 30 && !(await add.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  // The form takes its keys once it knows whether words were kept for it (draft-gate.ts): until then an
  // Enter is held back by design, which a slow machine showed (CI, 5 December). A person sees it open.
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  await page.keyboard.type('    ');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Give them a name, even just a first name.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Sam Rivera');
  const held = holdNext(app, 'relationships:create');
  await page.keyboard.press('Enter');
  await expect.poll(held.held).toBe(true);
  await page.keyboard.press('Enter');
  held.release();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'relationships:list', { includeArchived: true })).map((p) => p.name)).toEqual(['Sam Rivera']);
  await sidebar(page, 'Home');
  await expect(new HomePage(page).people()).toHaveCount(1);
});

test('first run: Add a person half-filled, then browser Back: Home is still empty, and the words are offered again', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await page.getByRole('link', { name: 'Add a person' }).first().click();
  await new RelationshipForm(page).fill({ name: 'Kim Lee', notes: 'Met at the offsite.' });
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Start with one person' })).toBeVisible();
  expect(await ok(app, 'relationships:list', { includeArchived: true })).toEqual([]);
  await page.getByRole('link', { name: 'Add a person' }).first().click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Kim Lee');
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Met at the offsite.');
  const again = await app.restart({ path: '/' });
  await again.page.getByRole('link', { name: 'Add a person' }).first().click();
  await expect(again.page.getByLabel('Name', { exact: true })).toHaveValue('Kim Lee');
});

test('editing an old 1:1 note, left by browser Back and by the palette: the draft is kept each time and the entry unchanged', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  const old = 'Talked about the launch plan.';
  await ok(app, 'capture:note', { relationshipId: id, at: new Date(Date.now() - 90 * 864e5).toISOString(), text: old });
  await openAt(app, `/r/${id}`);
  await openEdit(page, MEETING_NOTE, old);
  await page.getByLabel('What came up').fill('Talked about the launch plan and its risks.');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(entry(page, old)).toHaveCount(1);
  await openEdit(page, MEETING_NOTE, old);
  await expect(page.getByLabel('What came up')).toHaveValue('Talked about the launch plan and its risks.');
  await page.getByLabel('What came up').fill('Talked about the launch plan, its risks, and who owns them.');
  await viaPalette(page, 'Commitments');
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
  const again = await app.restart({ path: `/r/${id}` });
  await openEdit(again.page, MEETING_NOTE, old);
  await expect(again.page.getByLabel('What came up')).toHaveValue('Talked about the launch plan, its risks, and who owns them.');
  const j = await ok(again, 'journals:get', { relationshipId: id });
  expect(j.meetingNotes.map((n) => n.text)).toEqual([old]);
});

test('a note half-typed for Sam, then straight to Ana by the palette: Ana\'s page has none of Sam\'s words, and each note lands with its person', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const sam = await ok(app, 'relationships:create', person('Sam Rivera'));
  const ana = await ok(app, 'relationships:create', person('Ana Silva'));
  await openAt(app, `/r/${sam.id}`);
  await startNote(page, 'Words for Sam only.');
  await viaPalette(page, 'Ana Silva');
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Silva' })).toBeVisible();
  await expect(page.getByText('Words for Sam only.')).toHaveCount(0);
  const anaForm = noteForm(page);
  if ((await anaForm.count()) === 0) await section(page).getByRole('button', { name: 'Write a 1:1 note' }).click();
  await expect(anaForm.getByLabel('What came up')).toHaveValue('');
  await anaForm.getByLabel('What came up').fill('Words for Ana only.');
  await anaForm.getByRole('button', { name: 'Save the note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
  await viaPalette(page, 'Sam Rivera');
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(noteForm(page).getByLabel('What came up')).toHaveValue('Words for Sam only.');
  expect((await ok(app, 'journals:get', { relationshipId: ana.id })).meetingNotes.map((n) => n.text)).toEqual(['Words for Ana only.']);
  expect((await ok(app, 'journals:get', { relationshipId: sam.id })).meetingNotes).toEqual([]);
});

test('unarchived elsewhere while Edit details is open: Save keeps the change and does not put them back in the archive', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'relationships:archive', { id, archived: true });
  await openAt(app, `/r/${id}/edit`);
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Notes' }).fill('Back from leave in March.');
  await ok(app, 'relationships:archive', { id, archived: false });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('link', { name: 'Edit details' })).toBeVisible();
  await expect(page.getByText('This person is archived.')).toHaveCount(0);
  const { relationship: sam } = await ok(app, 'journals:get', { relationshipId: id });
  expect([sam.notes, sam.archived]).toEqual(['Back from leave in March.', false]);
  await new HomePage(page).goto();
  await expect(new HomePage(page).people()).toHaveCount(1);
});

test('a quick commitment half-typed on the Commitments screen for someone then deleted: Save says so and keeps the words', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'relationships:create', person('Ana Silva'));
  await openAt(app, '/commitments');
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByLabel('With whom').selectOption({ label: 'Sam Rivera' });
  await form.getByLabel('What was promised').fill('Share the hiring plan');
  await ok(app, 'relationships:delete', { id });
  await form.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(form.getByRole('alert').first()).toBeVisible();
  await expect.soft(form.getByRole('alert').first()).toContainText(/Sam Rivera|Trash/);
  await expect(form.getByLabel('What was promised')).toHaveValue('Share the hiring plan');
  await expect(page.getByRole('status').filter({ hasText: 'Commitment added.' })).toHaveCount(0);
});
