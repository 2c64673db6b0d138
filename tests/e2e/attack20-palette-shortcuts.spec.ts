import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { acmeIncident, appUrl, ok, openOtherComputer, WORK_LAPTOP } from './two-computers';
import { callOk } from '../support/typed-call';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';
import { LockScreen, SecuritySettings } from './pages/security-pages';

/**
 * Attack 20: the command palette (Ctrl/⌘+K) and every global shortcut. A shortcut pressed while typing
 * must type, never fire; dialogs hold the keys; the palette's person picker must offer the right people,
 * tell them apart and cope with none; the lock screen answers no shortcut that shows journal data; the
 * "?" list says what actually works.
 */

const person = (name: string, role = '') => ({ name, role, kind: 'direct-report' as const, started: null, notes: '' });
const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const sheet = (page: Page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' });
const openAt = async (app: MendApp, path: string) => {
  await app.page.goto(appUrl(path));
  await app.page.reload();
};
const homeHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Your people' });

test('typing "?", "/", letters and digits in a text field types them: no shortcut list, no palette', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const sam = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${sam.id}/incident/new`);
  const facts = page.getByLabel('The facts');
  await facts.click();
  const typed = 'Why? a/b test 1 2 3 k t l ?';
  await page.keyboard.type(typed);
  await expect(facts).toHaveValue(typed);
  await expect.soft(sheet(page)).toBeHidden();
  await expect.soft(palette(page)).toBeHidden();
  await expect.soft(page).toHaveURL(new RegExp(`#/r/${sam.id}/incident/new$`));

  // In the palette's own box "?" is part of the query, not the list of shortcuts.
  await page.keyboard.press('Control+k');
  await expect(palette(page).getByRole('combobox')).toBeFocused();
  await page.keyboard.type('sam?');
  await expect.soft(palette(page).getByRole('combobox')).toHaveValue('sam?');
  await expect.soft(sheet(page)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect.soft(facts, 'Escape gives the focus back to the field').toBeFocused();
  await page.keyboard.type('!');
  await expect(facts).toHaveValue(`${typed}!`);
});

test('Ctrl+K twice fast closes again; Escape then Ctrl+K at once opens it; focus comes back each time', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, '/');
  await expect(homeHeading(page)).toBeFocused();
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeHidden();
  await expect.soft(homeHeading(page)).toBeFocused();
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(palette(page).getByRole('combobox')).toBeFocused();
  await page.waitForTimeout(300);
  await expect(palette(page).getByRole('combobox')).toBeFocused();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
  }
  await expect(palette(page).getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(homeHeading(page)).toBeFocused();
});

test('while a confirm dialog is open, no shortcut acts behind it; Escape closes it with nothing removed', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const sam = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${sam.id}`);
  await page.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Move to trash' }) });
  await expect(confirm).toBeVisible();
  for (const key of ['Control+k', 'Control+2', 'Control+Shift+L', 'Control+f', '?', 'Control+Enter']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(100);
    await expect.soft(page, `after ${key}`).toHaveURL(new RegExp(`#/r/${sam.id}$`));
    await expect.soft(palette(page), `after ${key}`).toBeHidden();
    await expect.soft(sheet(page), `after ${key}`).toBeHidden();
  }
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const list = await callOk(app.core)('relationships:list', {});
  expect(JSON.stringify(list)).toContain('Sam Rivera');
});

test('"Log an incident…" from the palette: Escape from the picker gives the focus back where it was; Enter on nothing does nothing', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, '/');
  await expect(homeHeading(page)).toBeFocused();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('incident');
  await page.keyboard.press('Enter');
  const box = palette(page).getByRole('combobox', { name: 'Log an incident with…' });
  await expect(box).toBeFocused();
  await page.keyboard.type('zzz');
  await expect(palette(page).getByRole('option')).toHaveCount(0);
  await expect.soft(palette(page).getByRole('status')).toHaveText('Nothing by that name. Try another word.');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.soft(box, 'Enter with nothing chosen leaves the picker as it was').toBeFocused();
  await expect.soft(box).toHaveValue('zzz');
  await expect.soft(page).toHaveURL(/#\/?$/);
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect.soft(homeHeading(page), 'focus back on the heading it left').toBeFocused();
});

test('the picker with no people at all says so and leaves the user a way on', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await openAt(app, '/commitments');
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeFocused();
  await page.keyboard.press('Control+Shift+L');
  const box = palette(page).getByRole('combobox', { name: 'Log an incident with…' });
  await expect(box).toBeFocused();
  await expect(palette(page).getByRole('status')).toHaveText('No one here yet. Add a person first.');
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(page).toHaveURL(/#\/commitments$/);
});

test('the picker when everyone is archived: archived people are not offered, and it does not claim there is no one', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const sam = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'relationships:archive', { id: sam.id, archived: true });
  await openAt(app, '/commitments');
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeFocused();
  await page.keyboard.press('Control+Shift+T');
  const box = palette(page).getByRole('combobox', { name: 'Take a trust check with…' });
  await expect(box).toBeFocused();
  await expect(palette(page).getByRole('option')).toHaveCount(0);
  const status = palette(page).getByRole('status');
  await expect(status).toBeVisible();
  // Sam is in the journal, only archived: "No one here yet. Add a person first." is not true.
  await expect(status).not.toHaveText(/No one here yet/);
});

test('names with emoji and right-to-left script: found by any part, shown whole, the action goes to that person', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const noa = await ok(app, 'relationships:create', person('נועה כהן', 'מעצבת'));
  const sun = await ok(app, 'relationships:create', person('🌻 Sunny Ó\'Brien', 'Ops'));
  await openAt(app, '/');
  // Home takes the focus once its shortcuts listen; a key pressed before that goes nowhere.
  await expect(homeHeading(page)).toBeFocused();
  await page.keyboard.press('Control+Shift+P');
  const box = palette(page).getByRole('combobox', { name: 'Prepare a conversation with…' });
  await expect(box).toBeFocused();
  await expect(palette(page).getByRole('option')).toHaveCount(2);
  await page.keyboard.type('כהן');
  await expect(palette(page).getByRole('option')).toHaveCount(1);
  await expect(palette(page).getByRole('option', { selected: true })).toContainText('נועה כהן');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/r/${noa.id}/prepare/new$`));

  await page.keyboard.press('Control+1');
  await expect(homeHeading(page)).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('sunny brien');
  await expect(palette(page).getByRole('option', { selected: true })).toContainText('🌻 Sunny Ó\'Brien');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('🌻');
  await expect(palette(page).getByRole('option', { selected: true })).toContainText('🌻 Sunny Ó\'Brien');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/r/${sun.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: '🌻 Sunny Ó\'Brien' })).toBeVisible();
});

test('two people of one name and no role: the picker gives the user some way to tell them apart', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await ok(app, 'relationships:create', { ...person('Alex Kim'), kind: 'direct-report' as const });
  await ok(app, 'relationships:create', { ...person('Alex Kim'), kind: 'peer' as const });
  await openAt(app, '/');
  await expect(homeHeading(page)).toBeFocused();
  await page.keyboard.press('Control+Shift+L');
  const options = palette(page).getByRole('option');
  await expect(options).toHaveCount(2);
  const texts = (await options.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  expect(new Set(texts).size, `picker options: ${JSON.stringify(texts)}`).toBe(2);
});

test('two people of one name: the palette\'s entries say whose they are, so the user can tell them apart', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const a = await ok(app, 'relationships:create', person('Sam Rivera', 'Account lead'));
  const b = await ok(app, 'relationships:create', person('Sam Rivera', 'Designer'));
  await ok(app, 'incidents:create', acmeIncident(a.id));
  await ok(app, 'incidents:create', acmeIncident(b.id));
  await openAt(app, '/');
  await expect(homeHeading(page)).toBeFocused();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('acme deadline');
  const entries = palette(page).getByRole('group', { name: 'Entries' }).getByRole('option');
  await expect(entries).toHaveCount(2, { timeout: 10_000 });
  const texts = (await entries.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  expect(new Set(texts).size, `entry options: ${JSON.stringify(texts)}`).toBe(2);
});

test('a person moved to the Trash on the other computer while the picker is open: no longer offered, or the choice says where they went', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const sam = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'relationships:create', person('Ana Silva'));
  await openAt(app, '/');
  await expect(homeHeading(page)).toBeFocused();
  await page.keyboard.press('Control+Shift+L');
  const box = palette(page).getByRole('combobox', { name: 'Log an incident with…' });
  await expect(box).toBeFocused();
  await page.keyboard.type('sam');
  await expect(palette(page).getByRole('option')).toHaveCount(1);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: sam.id });
  await callOk(home)('relationships:delete', { id: sam.id });
  await expect.soft(palette(page).getByRole('option', { name: /Sam Rivera/ }), 'Sam goes from the list').toHaveCount(0, { timeout: 4000 });
  await expect.soft(box, 'the picker stays, with the words typed').toHaveValue('sam');
  await page.keyboard.press('Enter');
  // Either nothing was chosen, or the screen says Sam is in the Trash: never a blank form for someone gone.
  const url = page.url();
  if (url.includes(`/r/${sam.id}`)) {
    await expect(page.getByRole('heading', { level: 1, name: /Sam Rivera is in the Trash/ })).toBeVisible({ timeout: 3000 });
  } else {
    await expect(box).toBeFocused();
  }
});

test('the "?" list says what works: every Ctrl+digit goes to the screen it names, each person shortcut asks who', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, '/');
  await expect(homeHeading(page)).toBeFocused();
  await page.keyboard.press('?');
  await expect(sheet(page)).toBeVisible();
  const rows = await sheet(page).locator('dt').allInnerTexts();
  const labels = await sheet(page).locator('dd').allInnerTexts();
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toBeHidden();
  await expect.soft(homeHeading(page), 'focus back after the list').toBeFocused();
  const goTo = labels.map((l, i) => ({ keys: rows[i]!.replace(/\s+/g, ' ').trim(), label: l })).filter((r) => r.label.startsWith('Go to '));
  expect(goTo.length).toBeGreaterThanOrEqual(4);
  for (const { keys, label } of goTo) {
    const digit = keys.split(' ').at(-1)!;
    await page.keyboard.press(`Control+${digit}`);
    const screen = label.replace('Go to ', '');
    await expect.soft(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen, exact: true }), `${keys} → ${screen}`).toHaveAttribute('aria-current', 'page');
  }
  for (const label of ['Take a trust check', 'Log an incident', 'Prepare a conversation']) {
    const i = labels.indexOf(label);
    expect(i, label).toBeGreaterThanOrEqual(0);
    const keys = rows[i]!.replace(/\s+/g, ' ').trim().split(' ');
    await page.keyboard.press(`Control+Shift+${keys.at(-1)}`);
    await expect.soft(palette(page).getByRole('combobox', { name: `${label} with…` })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(palette(page)).toBeHidden();
  }
});

test('from the "?" list (which says the shortcuts work everywhere), Ctrl+K and Ctrl+2 still work', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, '/');
  await expect(homeHeading(page)).toBeFocused();
  await page.keyboard.press('?');
  await expect(sheet(page)).toBeVisible();
  await expect(sheet(page)).toContainText('They work everywhere in Mend');
  await page.keyboard.press('Control+k');
  await expect.soft(palette(page).getByRole('combobox'), 'Ctrl+K from the list opens the palette').toBeFocused({ timeout: 2000 });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(sheet(page)).toBeVisible();
  await page.keyboard.press('Control+2');
  await expect.soft(page.getByRole('heading', { level: 1, name: 'Commitments' }), 'Ctrl+2 from the list goes to Commitments').toBeVisible({ timeout: 2000 });
});

test('"Show keyboard shortcuts" chosen in the palette: the list opens, Escape gives the focus back to where it was', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, '/');
  await expect(homeHeading(page)).toBeFocused();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('keyboard');
  await page.keyboard.press('Enter');
  await expect(sheet(page)).toBeVisible();
  await expect(sheet(page).getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toBeHidden();
  await expect.soft(homeHeading(page)).toBeFocused();
});

test('Ctrl+F from a half-typed 1:1 note goes to Search; the words are there again on coming back', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const sam = await ok(app, 'relationships:create', person('Sam Rivera'));
  await openAt(app, `/r/${sam.id}`);
  await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  const note = page.getByLabel('What came up');
  await note.click();
  const typed = 'He wants to lead the Acme review';
  await page.keyboard.type(typed);
  await page.keyboard.press('Control+f');
  await expect(page.locator('#search-box')).toBeFocused();
  await page.keyboard.type('acme');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/r/${sam.id}$`));
  const noteAgain = page.getByLabel('What came up');
  if (!(await noteAgain.isVisible())) await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  await expect(noteAgain).toHaveValue(typed);
});

test('on the lock screen no shortcut shows anything of the journal; "?" types into the passphrase', async ({ openMend }) => {
  test.setTimeout(90_000);
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  const settings = new SecuritySettings(page);
  await settings.open();
  await settings.enable('quiet harbour at seven');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await new HomePage(page).open('Sam Rivera');
  await settings.lockFromSidebar();
  const lock = new LockScreen(page);
  await lock.expectShown();
  for (const key of ['Control+k', 'Control+f', 'Control+1', 'Control+2', 'Control+Shift+L', 'Control+Shift+T', '?', 'Control+Enter']) {
    await page.locator('body').press(key).catch(() => page.keyboard.press(key));
    await page.waitForTimeout(100);
    await expect.soft(palette(page), key).toHaveCount(0);
    await expect.soft(page.getByRole('heading', { level: 1, name: 'Mend is locked' }), key).toBeVisible();
    expect.soft(await page.evaluate(() => document.documentElement.outerHTML), key).not.toContain('Sam Rivera');
  }
  const pass = page.getByLabel('Passphrase');
  await pass.click();
  await page.keyboard.type('a?b');
  await expect(pass).toHaveValue('a?b');
  await expect(sheet(page)).toHaveCount(0);
  await pass.fill('');
  await lock.unlock('quiet harbour at seven');
});
