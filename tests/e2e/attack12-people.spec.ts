import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { appUrl, ok } from './two-computers';
import { holdNext } from './held-calls';
import { HomePage } from './pages/home-page';
import { RelationshipForm, RelationshipPage } from './pages/relationship-pages';

/**
 * Attack: a person's whole life in Mend: added, edited, archived and brought back, deleted and undone,
 * brought back from the Trash, and how Home lists them throughout. The promise: nothing typed is lost or
 * doubled, every message names the right person, and the user can always tell who is who.
 */

const person = (name: string, role = '') => ({ name, role, kind: 'direct-report' as const, started: null, notes: '' });
const undoButton = (app: MendApp, text: string) => app.page.getByRole('status').filter({ hasText: text }).getByRole('button', { name: 'Undo' });
const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
/** Opens a screen afresh (a reload), so what was written through the core behind the page is read. */
const openAt = async (app: MendApp, path: string) => {
  await app.page.goto(appUrl(path));
  await app.page.reload();
};
const sideways = (app: MendApp) => app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('two people with one name: Home, the palette and the Commitments filter each tell them apart', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const a = await ok(app, 'relationships:create', person('Sam Rivera', 'Account lead'));
  const b = await ok(app, 'relationships:create', person('Sam Rivera', 'Designer'));
  await ok(app, 'commitments:create', { relationshipId: a.id, owner: 'them', text: 'Send the Acme numbers', dueAt: null, debriefId: null });
  await ok(app, 'commitments:create', { relationshipId: b.id, owner: 'them', text: 'Share the mockups', dueAt: null, debriefId: null });
  await openAt(app, '/');
  const home = new HomePage(page);
  await expect(home.people()).toHaveCount(2);
  await expect.soft(home.people().filter({ hasText: 'Account lead' })).toHaveCount(1);
  await expect.soft(home.people().filter({ hasText: 'Designer' })).toHaveCount(1);

  // The palette: both, each with its role.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').fill('Sam');
  const options = page.getByRole('option', { name: /Sam Rivera/ });
  await expect(options).toHaveCount(2);
  const optionTexts = await options.allInnerTexts();
  expect.soft(new Set(optionTexts.map((t) => t.replace(/\s+/g, ' ').trim())).size, `palette options: ${JSON.stringify(optionTexts)}`).toBe(2);
  await page.keyboard.press('Escape');

  // The Commitments screen's person filter: two choices a user can tell apart.
  await page.goto(appUrl('/commitments'));
  const select = page.getByLabel('Person', { exact: true });
  await expect(select.locator('option')).toHaveCount(3);
  const labels = (await select.locator('option').allInnerTexts()).slice(1);
  expect.soft(new Set(labels).size, `Person filter choices: ${JSON.stringify(labels)}`).toBe(2);
});

test('two people with one name, both deleted: the Trash tells them apart, and each comes back as who they were', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const a = await ok(app, 'relationships:create', person('Sam Rivera', 'Account lead'));
  const b = await ok(app, 'relationships:create', person('Sam Rivera', 'Designer'));
  for (const id of [a.id, b.id]) {
    await page.goto(appUrl(`/r/${id}`));
    await new RelationshipPage(page).delete();
  }
  await page.goto(appUrl('/trash'));
  const buttons = page.getByRole('button', { name: /Bring back/ });
  await expect(buttons).toHaveCount(2);
  // Each button's name (what a screen reader says) and each row's visible text are not the same twice.
  const names = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent));
  expect.soft(new Set(names).size, `Bring back buttons: ${JSON.stringify(names)}`).toBe(2);
  const rows = await page.locator('.trash-item').allInnerTexts();
  expect.soft(new Set(rows).size, `Trash rows: ${JSON.stringify(rows)}`).toBe(2);
  expect.soft(rows.some((r) => r.includes('Designer')) || names.some((n) => n?.includes('Designer')), 'the Trash shows the role that tells them apart').toBe(true);
  for (let i = 0; i < 2; i++) {
    await page.goto(appUrl('/trash'));
    await page.getByRole('button', { name: /Bring back/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  }
  const back = await ok(app, 'relationships:list', {});
  expect(back.map((p) => [p.name, p.role]).sort()).toEqual([['Sam Rivera', 'Account lead'], ['Sam Rivera', 'Designer']]);
});

test('a name typed with spaces around it is saved trimmed; only spaces is refused and the other fields stay', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await page.getByRole('link', { name: 'Add a person' }).first().click();
  const form = new RelationshipForm(page);
  await form.fill({ name: '    ', role: 'Analyst', notes: 'Joined from Acme.' });
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('Give them a name, even just a first name.')).toBeVisible();
  await expect.soft(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Role')).toHaveValue('Analyst');
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Joined from Acme.');
  await form.fill({ name: '   Kim Lee   ' });
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kim Lee' })).toBeVisible();
  const people = await ok(app, 'relationships:list', {});
  expect(people.map((p) => p.name)).toEqual(['Kim Lee']);
  // Adding "kim lee " again warns of the namesake before saving.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: 'Add a person' }).first().click();
  await form.fill({ name: 'kim lee ' });
  await expect(page.getByText('You already have someone called Kim Lee')).toBeVisible();
});

test('names in emoji, Arabic and markup show exactly as typed on the page, Home and the Trash', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const names = ['Zoë 🌻 Park', 'سارة أحمد', '<b>Bold</b> & "Quoted"'];
  const form = new RelationshipForm(page);
  for (const name of names) {
    await form.add({ name });
    await new HomePage(page).goto();
  }
  for (const name of names) await expect.soft(new HomePage(page).people().filter({ hasText: name })).toHaveCount(1);
  await expect(page.locator('main b')).toHaveCount(0);
  await new HomePage(page).open('<b>Bold</b>');
  await new RelationshipPage(page).delete();
  await page.goto(appUrl('/trash'));
  await expect(page.getByRole('button', { name: 'Bring back <b>Bold</b> & "Quoted"' })).toBeVisible();
  await page.getByRole('button', { name: 'Bring back <b>Bold</b> & "Quoted"' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '<b>Bold</b> & "Quoted"' })).toBeVisible();
});

test('a 200-character name in a 480 px window: nothing scrolls sideways and every button stays reachable', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const long = 'Maximiliana-Alexandrovna-'.repeat(8);
  expect(long.length).toBe(200);
  const { id } = await ok(app, 'relationships:create', person(long, 'Principal engineer'));
  await page.setViewportSize({ width: 480, height: 800 });
  await openAt(app, '/');
  await expect(new HomePage(page).people()).toHaveCount(1);
  expect.soft(await sideways(app), 'Home scrolls sideways').toBeLessThanOrEqual(0);
  await page.goto(appUrl(`/r/${id}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(long);
  expect.soft(await sideways(app), 'person page scrolls sideways').toBeLessThanOrEqual(0);
  for (const name of ['Archive', 'Delete…']) {
    const box = await page.getByRole('button', { name }).boundingBox();
    expect.soft(box && box.x >= 0 && box.x + box.width <= 480, `${name} inside the window: ${JSON.stringify(box)}`).toBe(true);
  }
  await page.getByRole('button', { name: 'Delete…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect.soft(await sideways(app), 'delete dialog scrolls sideways').toBeLessThanOrEqual(0);
  const confirm = await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).boundingBox();
  expect.soft(confirm && confirm.x + confirm.width <= 480, `Move to trash inside the window: ${JSON.stringify(confirm)}`).toBe(true);
  await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await page.goto(appUrl('/trash'));
  await expect(page.locator('.trash-item')).toHaveCount(1);
  expect.soft(await sideways(app), 'Trash scrolls sideways').toBeLessThanOrEqual(0);
});

test('archiving someone with a promise due today takes it off Due now; bringing them back returns it', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'relationships:create', person('Ana Silva'));
  await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the Acme draft', dueAt: today(), debriefId: null });
  await openAt(app, '/');
  const dueNow = page.getByRole('region', { name: 'Due now' });
  await expect(dueNow).toContainText('Send the Acme draft');
  await new HomePage(page).open('Sam Rivera');
  await new RelationshipPage(page).archive();
  await expect(page.getByRole('status').filter({ hasText: 'Sam Rivera is archived.' })).toBeVisible();
  await new HomePage(page).goto();
  await expect(page.getByText('Send the Acme draft')).toHaveCount(0);
  await expect(new HomePage(page).people()).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Show archived (1)' })).toBeVisible();
  // Commitments leaves them out too, and the filter offers only Ana.
  await page.goto(appUrl('/commitments'));
  await expect(page.getByText('Send the Acme draft')).toHaveCount(0);
  await page.goto(appUrl(`/r/${id}`));
  await new RelationshipPage(page).unarchive();
  await new HomePage(page).goto();
  await expect(dueNow).toContainText('Send the Acme draft');
  await expect(new HomePage(page).people()).toHaveCount(2);
  await expect(page.getByRole('button', { name: /Show archived/ })).toHaveCount(0);
});

test('delete, go to another screen, then Undo: the person is back once, with their words, and the message names them', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera', 'Account lead'));
  await ok(app, 'capture:note', { relationshipId: id, at: '2026-01-20T10:00:00.000Z', text: 'Talked through the Acme timeline.' });
  await page.goto(appUrl(`/r/${id}`));
  await new RelationshipPage(page).delete();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
  await undoButton(app, 'Sam Rivera’s journal is in the Trash.').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Sam Rivera is back.' })).toBeVisible();
  await expect(page.getByText('Talked through the Acme timeline.')).toBeVisible();
  const people = await ok(app, 'relationships:list', {});
  expect(people.map((p) => p.name)).toEqual(['Sam Rivera']);
  expect(await ok(app, 'trash:list', {})).toEqual([]);
  await new HomePage(page).goto();
  await expect(new HomePage(page).people()).toHaveCount(1);
});

test('two people deleted one after the other, then Undo: the second comes back, the message said so, the first waits in the Trash', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const sam = await ok(app, 'relationships:create', person('Sam Rivera'));
  const ana = await ok(app, 'relationships:create', person('Ana Silva'));
  await ok(app, 'relationships:create', person('Kim Lee'));
  await page.goto(appUrl(`/r/${sam.id}`));
  await new RelationshipPage(page).delete();
  await page.goto(appUrl(`/r/${ana.id}`));
  await new RelationshipPage(page).delete();
  const bar = page.locator('.undo-bar');
  await expect(bar).toHaveCount(1);
  await expect(bar).toContainText('Ana Silva’s journal is in the Trash.');
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Silva' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ana Silva is back.' })).toBeVisible();
  expect((await ok(app, 'relationships:list', {})).map((p) => p.name)).toEqual(['Ana Silva', 'Kim Lee']);
  expect((await ok(app, 'trash:list', {})).map((t) => t.name)).toEqual(['Sam Rivera']);
  await new HomePage(page).goto();
  await expect(new HomePage(page).people()).toHaveCount(2);
});

test('Bring back pressed twice quickly in the Trash: the person is back once, and no error', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'relationships:delete', { id });
  await page.goto(appUrl('/trash'));
  const button = page.getByRole('button', { name: 'Bring back Sam Rivera' });
  const restore = holdNext(app, 'trash:restore');
  await button.click();
  await expect.poll(restore.held).toBe(true);
  // While the first is on its way, the button does not take a second press.
  await expect(page.getByRole('button', { name: /Bring back/ })).toBeDisabled();
  await button.click({ force: true }).catch(() => undefined);
  restore.release();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(page.locator('.notice.error')).toHaveCount(0);
  expect((await ok(app, 'relationships:list', {})).map((p) => p.name)).toEqual(['Sam Rivera']);
  expect(await ok(app, 'trash:list', {})).toEqual([]);
});

test('Bring back pressed on a Trash screen after the person was already brought back: one person, no error', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'relationships:delete', { id });
  // Brought back behind the Trash screen's back (as by Undo from the bar, or the other computer).
  await page.goto(appUrl('/trash'));
  await expect(page.getByRole('button', { name: 'Bring back Sam Rivera' })).toBeVisible();
  const [item] = await ok(app, 'trash:list', {});
  await ok(app, 'trash:restore', { file: item!.file });
  await page.getByRole('button', { name: 'Bring back Sam Rivera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(page.locator('.notice.error')).toHaveCount(0);
  expect((await ok(app, 'relationships:list', {})).map((p) => p.name)).toEqual(['Sam Rivera']);
});

test('Home order and counts follow add, archive, delete, Trash and a restart', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const ids: Record<string, string> = {};
  for (const name of ['Zed Young', 'ana silva', 'Émile Roux', 'Bo Chen']) ids[name] = (await ok(app, 'relationships:create', person(name))).id;
  await openAt(app, '/');
  const home = new HomePage(page);
  await expect(home.people()).toHaveCount(4);
  await expect(home.people().locator('.card-title')).toHaveText(['ana silva', 'Bo Chen', 'Émile Roux', 'Zed Young']);
  await home.open('Bo Chen');
  await new RelationshipPage(page).archive();
  await page.goto(appUrl(`/r/${ids['Zed Young']}`));
  await new RelationshipPage(page).delete();
  await expect(home.people()).toHaveCount(2);
  await expect(home.people().locator('.card-title')).toHaveText(['ana silva', 'Émile Roux']);
  await expect(page.getByRole('button', { name: 'Show archived (1)' })).toBeVisible();
  const again = await app.restart({ path: '/' });
  const home2 = new HomePage(again.page);
  await expect(home2.people()).toHaveCount(2);
  await expect(home2.people().locator('.card-title')).toHaveText(['ana silva', 'Émile Roux']);
  await expect(again.page.getByRole('button', { name: 'Show archived (1)' })).toBeVisible();
  await expect(again.page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await again.page.goto(appUrl('/trash'));
  await again.page.getByRole('button', { name: 'Bring back Zed Young' }).click();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Zed Young' })).toBeVisible();
  await new HomePage(again.page).goto();
  await expect(home2.people()).toHaveCount(3);
  await expect(home2.people().locator('.card-title')).toHaveText(['ana silva', 'Émile Roux', 'Zed Young']);
});

test('keyboard alone: Add person, save, the person page, Edit details, Escape or Cancel, and the focus lands sensibly', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await ok(app, 'relationships:create', person('Ana Silva'));
  await openAt(app, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  const add = page.getByRole('link', { name: 'Add a person' }).first();
  // Tab to "Add a person" from the top of the page.
  for (let i = 0; i < 30 && !(await add.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Sam Rivera');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Account lead');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  // The new page takes the focus somewhere on it (its heading or main), not nowhere.
  const where = () => page.evaluate(() => document.activeElement?.closest('main') !== null && document.activeElement !== document.body);
  await expect.poll(where, { message: 'focus inside the new person page' }).toBe(true);
  const edit = page.getByRole('link', { name: 'Edit details' });
  for (let i = 0; i < 40 && !(await edit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Sam Rivera');
  await expect(page.getByLabel('Role')).toHaveValue('Account lead');
  await page.keyboard.press('Escape');
  // Escape on a full screen may do nothing; Cancel by keyboard goes back to the person, with focus on the page.
  if (await page.getByRole('button', { name: 'Save changes' }).isVisible()) {
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  // The page puts the focus on itself once it is drawn (screen-focus.ts): asked until then, not at once
  // (in a loaded CI run the heading showed a beat before the focus moved).
  const focusInPage = () => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body && document.activeElement.closest('main') !== null);
  await expect.poll(focusInPage, { message: 'focus after leaving Edit details' }).toBe(true);
  expect((await ok(app, 'relationships:list', {})).map((p) => [p.name, p.role])).toEqual([['Ana Silva', ''], ['Sam Rivera', 'Account lead']]);
});

test('deleted while Edit details is open with words typed: Save says they are in the Trash and keeps every word', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await page.goto(appUrl(`/r/${id}/edit`));
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  await page.getByLabel('Role').fill('Account lead');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Prefers mornings, and tea.');
  // Deleted meanwhile (another window of thought: the Trash from the palette, or the other computer).
  await ok(app, 'relationships:delete', { id });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText(/Trash/);
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Prefers mornings, and tea.');
  await expect(page.getByLabel('Role')).toHaveValue('Account lead');
  expect(await ok(app, 'relationships:list', {})).toEqual([]);
  // Brought back: the words typed come back with them.
  const [item] = await ok(app, 'trash:list', {});
  await page.goto(appUrl('/trash'));
  await page.getByRole('button', { name: 'Bring back Sam Rivera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const back = (await ok(app, 'relationships:list', {}))[0]!;
  expect(item).toBeTruthy();
  await page.goto(appUrl(`/r/${back.id}/edit`));
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  await expect.poll(async () => (await page.getByRole('textbox', { name: 'Notes' }).inputValue()) === 'Prefers mornings, and tea.' || (await page.getByRole('button', { name: /Go on|Bring|Use|Restore|Keep/ }).count()) > 0).toBe(true);
});

test('an archived person deleted and brought back from the Trash comes back archived, and Home says so', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'relationships:create', person('Ana Silva'));
  await page.goto(appUrl(`/r/${id}`));
  await new RelationshipPage(page).archive();
  await new RelationshipPage(page).delete();
  await expect(page.getByRole('button', { name: /Show archived/ })).toHaveCount(0);
  await page.goto(appUrl('/trash'));
  await page.getByRole('button', { name: 'Bring back Sam Rivera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(page.getByText('This person is archived.')).toBeVisible();
  await new HomePage(page).goto();
  await expect(new HomePage(page).people()).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Show archived (1)' })).toBeVisible();
  const list = await ok(app, 'relationships:list', { includeArchived: true });
  expect(list.map((p) => [p.name, p.archived])).toEqual([['Ana Silva', false], ['Sam Rivera', true]]);
});

test('a person renamed, then deleted: the Undo bar and the Trash use the new name', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  await new RelationshipPage(page).edit({ name: 'Samantha Rivera-Ortiz' });
  await expect(page.getByRole('heading', { level: 1, name: 'Samantha Rivera-Ortiz' })).toBeVisible();
  await new RelationshipPage(page).delete();
  await expect(page.locator('.undo-bar')).toContainText('Samantha Rivera-Ortiz’s journal is in the Trash.');
  await page.goto(appUrl('/trash'));
  await expect(page.getByRole('button', { name: 'Bring back Samantha Rivera-Ortiz' })).toBeVisible();
  await expect(page.getByText('Sam Rivera', { exact: true })).toHaveCount(0);
});
