import AxeBuilder from '@axe-core/playwright';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { encodeEnvelope, type EnvelopeSpec } from '../../src/core/store/envelope';
import { callOk } from '../support/typed-call';
import { countCalls, holdNext, REFUSED } from './held-calls';
import { nextMillisecond, ok, openOtherComputer } from './two-computers';
import { BackupsSettings } from './pages/backups-page';
import { LockScreen, SecuritySettings } from './pages/security-pages';

/**
 * Attack 26: Settings beyond attack 7 — the data folder as shown, the theme, this computer's name as the
 * others show it, forgetting a computer whose lines are still in the logs, the page by keyboard alone,
 * and the backup buttons pressed while a backup is held or the app is locked.
 * Found (failing when written, 5 tests): a blank computer name is listed blank with a bare "Forget"
 * button; a long unbroken name pushes Settings sideways at 480 px; names are cut by UTF-16 units, so an
 * emoji at the cut shows as "�" in Computers (record, 200) and in "Also written on …" (100); "Your data"
 * says the journal stays "on this computer" even when other computers share the folder.
 * There is no control to rename this computer: its name is the host name, kept in user-data.
 */

const PASS = 'quiet harbour at seven';
const SAM = { name: 'Sam Rivera', role: 'Engineer', kind: 'direct-report' as const, started: null, notes: 'First notes.' };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/;

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

async function oldComputer(dataDir: string, id: string, name: string, lastSeen: string): Promise<void> {
  const spec = { kind: 'settings', version: 1, schema: { parse: (v: unknown) => v }, migrations: {} } as unknown as EnvelopeSpec<object>;
  await mkdir(join(dataDir, 'devices'), { recursive: true });
  await writeFile(join(dataDir, 'devices', `${id}.json`), encodeEnvelope(spec, { name, lastSeen, folded: {}, forgotten: {} }));
}

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);

/** Sam's notes rewritten on `other` and then here, so this computer offers the other's words back. */
async function notesOnBoth(app: MendApp, other: { id: string; name: string }): Promise<string> {
  const { id } = await ok(app, 'relationships:create', SAM);
  const home = await openOtherComputer(app.dataDir, other);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:update', { id, ...SAM, notes: 'Notes from the other computer.' });
  await nextMillisecond();
  await ok(app, 'relationships:update', { id, ...SAM, notes: 'Notes from this computer.' });
  return id;
}

// ---------------------------------------------------------------- the data folder

test('data folder: the exact folder in use is shown, labelled, whole, and does not push the page sideways at 480 px', async ({ openMend }) => {
  const base = await mkdtemp(join(tmpdir(), 'mend-e2e-'));
  const dataDir = join(base, 'Sync folder with a rather long name', 'Ünïcödé journals ✓', 'mend');
  await mkdir(dataDir, { recursive: true });
  const app = await openMend({ dataDir });
  await openSettings(app.page);
  const shown = app.page.getByLabel('Data folder');
  await expect(shown).toHaveText(dataDir);
  await app.page.setViewportSize({ width: 480, height: 800 });
  await expect.soft(shown).toBeVisible();
  expect.soft(await noSideScroll(app.page), 'no sideways scroll at 480 px').toBe(true);
  // The whole path stays readable (wrapped, not clipped).
  const clipped = await shown.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect.soft(clipped, 'the path is not clipped').toBe(false);
});

test('data folder: in a synced folder with another computer, Settings does not say the journal is only on this computer', async ({ openMend }) => {
  // README "Two computers, one journal": the user moves the folder into a synced one; Settings → Your data is where they check.
  const app = await openMend();
  const other = await openOtherComputer(app.dataDir, { id: 'bbbbbbbbbbbbbbb2', name: 'Home laptop' });
  await callOk(other)('relationships:create', SAM);
  const again = await app.restart();
  await openSettings(again.page);
  const data = again.page.getByRole('region', { name: 'Your data' });
  await expect(again.page.getByRole('region', { name: 'Computers' }).getByText('Home laptop')).toBeVisible();
  await expect.soft(data, 'the folder is shared with Home laptop; "stays … on this computer" is not true').not.toContainText('on this computer');
});

// ---------------------------------------------------------------- theme

test('theme: Dark applies at once, is checked, and is kept when the window is loaded again', async ({ openMend }) => {
  const app = await openMend({ colorScheme: 'light' });
  await openSettings(app.page);
  const bg = () => app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await app.page.getByRole('radio', { name: 'Dark' }).check();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(bg).not.toBe(light);
  await app.page.reload();
  await expect(app.page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(app.page.locator('html'), 'dark kept before Settings is opened').toHaveAttribute('data-theme', 'dark');
  await openSettings(app.page);
  await expect(app.page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('theme: "Follow my computer" follows the system both ways; Light wins over a dark system', async ({ openMend }) => {
  const app = await openMend({ colorScheme: 'dark' });
  await openSettings(app.page);
  const bg = () => app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(app.page.getByRole('radio', { name: 'Follow my computer' })).toBeChecked();
  const darkSystem = await bg();
  await app.page.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(bg).not.toBe(darkSystem);
  const lightChoice = await bg();
  await app.page.getByRole('radio', { name: 'Follow my computer' }).check();
  await expect.poll(bg).toBe(darkSystem);
  await app.page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(bg, 'system turned light: follows at once').toBe(lightChoice);
  await app.page.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(bg).toBe(darkSystem);
});

test('theme: Settings in dark mode at 480 px passes contrast and has no sideways scroll', async ({ openMend }) => {
  const app = await openMend({ colorScheme: 'light' });
  await oldComputer(app.dataDir, 'abcdefabcdef0001', 'Old laptop', '2025-01-10T09:00:00.000Z');
  const again = await app.restart();
  await openSettings(again.page);
  await again.page.getByRole('radio', { name: 'Dark' }).check();
  await again.page.setViewportSize({ width: 480, height: 900 });
  // A failed action's message is on screen too.
  again.dialogs.exportFolder = join(await mkdtemp(join(tmpdir(), 'mend-e2e-')), 'gone');
  await new BackupsSettings(again.page).exportMarkdown();
  await expect(new BackupsSettings(again.page).error()).toBeVisible();
  const axe = await new AxeBuilder({ page: again.page }).withRules(['color-contrast']).analyze();
  expect.soft(axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  expect.soft(await noSideScroll(again.page), 'no sideways scroll at 480 px').toBe(true);
});

// ---------------------------------------------------------------- this computer's name

test('computer name: an empty name is never shown as a blank computer or a "Forget " button with no name', async ({ openMend }) => {
  const app = await openMend({ device: { id: 'aaaaaaaaaaaaaaa1', name: '' } });
  await oldComputer(app.dataDir, 'abcdefabcdef0001', '', '2025-01-10T09:00:00.000Z');
  await oldComputer(app.dataDir, 'abcdefabcdef0002', '   ', '2025-01-11T09:00:00.000Z');
  const again = await app.restart();
  await openSettings(again.page);
  const items = again.page.getByRole('region', { name: 'Computers' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  for (const name of await items.locator('strong').allTextContents()) expect.soft(name.trim(), 'each computer has a name to tell it by').not.toBe('');
  for (const label of await again.page.getByRole('region', { name: 'Computers' }).getByRole('button').allTextContents()) {
    expect.soft(label.trim(), 'a Forget button names its computer').not.toBe('Forget');
  }
});

test('computer name: a 300-character name is shown without pushing the page sideways, and is kept whole on this computer', async ({ openMend }) => {
  const long = `Desk ${'w'.repeat(290)} end.`.slice(0, 300);
  const app = await openMend({ device: { id: 'aaaaaaaaaaaaaaa1', name: long } });
  await oldComputer(app.dataDir, 'abcdefabcdef0001', `Old ${'q'.repeat(195)}`, '2025-01-10T09:00:00.000Z');
  const again = await app.restart();
  await openSettings(again.page);
  const section = again.page.getByRole('region', { name: 'Computers' });
  await expect(section.getByRole('listitem').first()).toContainText('In use now');
  await again.page.setViewportSize({ width: 480, height: 900 });
  expect.soft(await noSideScroll(again.page), 'no sideways scroll at 480 px').toBe(true);
  await expect.soft(section.getByRole('button', { name: /^Forget Old q+$/ })).toBeVisible();
});

test('computer name: an emoji at the 200-character cut is not broken in half on the other computer', async ({ openMend }) => {
  const name = `${'x'.repeat(199)}💻`; // 201 UTF-16 units: the record keeps 200
  const app = await openMend({ device: { id: 'aaaaaaaaaaaaaaa1', name: 'Work laptop' } });
  const other = await openOtherComputer(app.dataDir, { id: 'bbbbbbbbbbbbbbb2', name });
  await callOk(other)('relationships:create', SAM);
  const again = await app.restart();
  await openSettings(again.page);
  const item = again.page.getByRole('region', { name: 'Computers' }).getByRole('listitem').nth(1);
  await expect(item).toContainText('xxxx');
  const shown = (await item.locator('strong').textContent()) ?? '';
  expect(shown, 'no half emoji or replacement character').not.toMatch(LONE_SURROGATE);
});

test('computer name: "also written on …" names the other computer by its emoji name, cut between characters', async ({ openMend }) => {
  const name = `${'y'.repeat(99)}💻 at home`; // the offer shortens names to 100 UTF-16 units
  const app = await openMend({ device: { id: 'aaaaaaaaaaaaaaa1', name: 'Work laptop' } });
  const id = await notesOnBoth(app, { id: 'bbbbbbbbbbbbbbb2', name });
  const work = await app.restart({ path: `/r/${id}` });
  const offered = (await ok(work, 'alternatives:list', { relationshipId: id }))[0];
  expect(offered?.other.text).toBe('Notes from the other computer.');
  const notice = work.page.getByRole('region', { name: 'Written on two computers at once' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('yyyy');
  expect((await notice.textContent()) ?? '', 'no half emoji or replacement character').not.toMatch(LONE_SURROGATE);
});

test('computer name: "also written on …" from a computer with an empty name says "another computer", not nothing', async ({ openMend }) => {
  const app = await openMend({ device: { id: 'aaaaaaaaaaaaaaa1', name: 'Work laptop' } });
  const id = await notesOnBoth(app, { id: 'bbbbbbbbbbbbbbb2', name: '' });
  const work = await app.restart({ path: `/r/${id}` });
  const notice = work.page.getByRole('region', { name: 'Written on two computers at once' });
  await expect(notice).toBeVisible();
  const text = (await notice.textContent()) ?? '';
  expect.soft(text).not.toMatch(/on\s*[.,:)]|on\s*$|from\s*[.,:)]/);
  expect.soft(text).toContain('another computer');
});

// ---------------------------------------------------------------- forgetting a computer with lines still in the logs

test('forget: a computer whose change lines were never folded here is forgotten and its words stay, after a restart too', async ({ openMend }) => {
  const OLD = { id: 'ddddddddddddddd4', name: 'Old laptop' };
  const app = await openMend({ device: { id: 'aaaaaaaaaaaaaaa1', name: 'Work laptop' } });
  const { id } = await ok(app, 'relationships:create', SAM);
  const old = await openOtherComputer(app.dataDir, OLD);
  await callOk(old)('journals:get', { relationshipId: id });
  await callOk(old)('capture:note', { relationshipId: id, at: '2025-01-09T10:00:00.000Z', text: 'Written on the old laptop, long ago.' });
  await old.settled?.();
  // It has not opened the folder since January 2025 (its record says so), and has folded nothing.
  await oldComputer(app.dataDir, OLD.id, OLD.name, '2025-01-10T09:00:00.000Z');
  expect((await readdir(join(app.dataDir, 'logs'))).some((n) => n.includes(OLD.id))).toBe(true);

  const again = await app.restart();
  await openSettings(again.page);
  const section = again.page.getByRole('region', { name: 'Computers' });
  await section.getByRole('button', { name: 'Forget Old laptop' }).click();
  await expect(section.getByRole('status')).toHaveText('Old laptop is forgotten. Its changes stay in your journal.');
  // Writing goes on here (which may now trim logs), then a restart.
  for (let i = 0; i < 5; i++) await ok(again, 'capture:note', { relationshipId: id, at: `2026-11-2${i}T10:00:00.000Z`, text: `Here ${i}` });
  const third = await again.restart({ path: `/r/${id}` });
  const timeline = third.page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByText('Written on the old laptop, long ago.')).toBeVisible();
  await expect(timeline.getByText('Here 4')).toBeVisible();
  await openSettings(third.page);
  await expect(third.page.getByRole('region', { name: 'Computers' }).getByRole('listitem').filter({ hasText: 'Old laptop' })).toContainText('Forgotten.');
});

// ---------------------------------------------------------------- keyboard alone

test('keyboard: every control on Settings is reached by Tab, each has a name, and the theme radios move by arrows', async ({ openMend }) => {
  const app = await openMend();
  await openSettings(app.page);
  const page = app.page;
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll('main button:not([disabled]), main input:not([disabled]), main select, main textarea, main summary, main a[href]')]
      .filter((el) => (el as HTMLElement).offsetParent !== null && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  await page.locator('main h1').focus().catch(() => undefined);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const html = await page.evaluate(() => (document.activeElement?.closest('main') ? document.activeElement.outerHTML.slice(0, 80) : null));
    if (html) reached.add(html);
  }
  expect.soft(expected.filter((h) => !reached.has(h)), 'controls Tab never reached').toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).disableRules(['color-contrast']).analyze();
  expect.soft(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByRole('radio', { name: 'Follow my computer' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('keyboard: Escape in the "turn off encryption" dialog cancels it and gives the focus back to the button', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  const settings = new SecuritySettings(app.page);
  await settings.open();
  await settings.enable(PASS);
  const page = app.page;
  await page.locator('summary', { hasText: 'Turn off encryption' }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Turn off encryption' });
  await form.getByLabel('Passphrase').fill(PASS);
  const button = form.getByRole('button', { name: 'Turn off encryption' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.soft(button, 'focus back on the button that opened the dialog').toBeFocused();
  await expect.soft(form.getByLabel('Passphrase')).toHaveValue(PASS);
  expect((await ok(app, 'security:status', {})).encrypted).toBe(true);
});

// ---------------------------------------------------------------- backup buttons while held or locked

test('backup held: the other buttons wait, a second press does nothing, and the one answer is reported', async ({ openMend }) => {
  const app = await openMend();
  await ok(app, 'relationships:create', SAM);
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  const backups = countCalls(app, 'exports:backup');
  const markdowns = countCalls(app, 'exports:markdown');
  const hold = holdNext(app, 'exports:backup');
  await settings.saveBackup();
  await expect.poll(() => hold.held()).toBe(true);
  const section = settings.section();
  await expect.soft(section.getByRole('button', { name: 'Export to Markdown…' })).toBeDisabled();
  await expect.soft(section.getByRole('button', { name: 'Import a backup…' })).toBeDisabled();
  await section.getByRole('button', { name: 'Export to Markdown…' }).click({ force: true });
  await section.getByRole('button', { name: 'Save a backup file…' }).click({ force: true });
  hold.release();
  await expect(settings.status()).toContainText('It holds 1 person');
  await app.page.waitForTimeout(400);
  expect.soft(backups()).toBe(1);
  expect.soft(markdowns()).toBe(0);
  expect.soft((await readdir(app.dialogs.exportFolder!)).filter((n) => n.endsWith('.json'))).toHaveLength(1);
  await expect(settings.error()).toHaveCount(0);
});

test('backup held then refused: says so, claims nothing saved, no file left, buttons back and focus kept', async ({ openMend }) => {
  const app = await openMend();
  await ok(app, 'relationships:create', SAM);
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  const hold = holdNext(app, 'exports:backup');
  const button = settings.section().getByRole('button', { name: 'Save a backup file…' });
  await button.focus();
  await app.page.keyboard.press('Enter');
  await expect.poll(() => hold.held()).toBe(true);
  hold.release(REFUSED);
  await expect(settings.error()).toContainText('could not save');
  await expect.soft(settings.section(), 'no success claimed').not.toContainText('It holds');
  await expect.soft(button).toBeEnabled();
  await expect.soft(button).toBeFocused();
  const folder = app.dialogs.exportFolder;
  if (folder) expect.soft(await readdir(folder).catch(() => [])).toEqual([]);
});

test('backup held while the app locks: after unlocking, the outcome is told truly and nothing is doubled', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  await ok(app, 'relationships:create', SAM);
  const security = new SecuritySettings(app.page);
  await security.open();
  await security.enable(PASS);
  const settings = new BackupsSettings(app.page);
  const backups = countCalls(app, 'exports:backup');
  const hold = holdNext(app, 'exports:backup');
  await settings.saveBackup();
  await expect.poll(() => hold.held()).toBe(true);
  await security.lockFromSidebar();
  const lock = new LockScreen(app.page);
  await lock.expectShown();
  hold.release();
  await app.page.waitForTimeout(500);
  await lock.unlock(PASS);
  const files = (await readdir(app.dialogs.exportFolder!).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  expect.soft(backups(), 'one backup call').toBe(1);
  // Either it was saved (and a file exists) or it was refused while locked (and none does); never a claim without the file.
  await settings.goto();
  const said = (await settings.section().textContent()) ?? '';
  if (files.length === 0) expect.soft(said, 'no success claimed when no file was written').not.toMatch(/It holds 1 person/);
  expect.soft(files.length).toBeLessThanOrEqual(1);
});

test('locked: Settings and its backup buttons are not reachable by keyboard behind the lock screen', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  const security = new SecuritySettings(app.page);
  await security.open();
  await security.enable(PASS);
  const calls = countCalls(app, 'exports:backup');
  await security.lockFromSidebar();
  await new LockScreen(app.page).expectShown();
  const names: string[] = [];
  for (let i = 0; i < 15; i++) {
    await app.page.keyboard.press('Tab');
    names.push(await app.page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  expect.soft(names.filter((n) => /backup|Markdown|Import/.test(n))).toEqual([]);
  await expect.soft(app.page.getByRole('button', { name: 'Save a backup file…' })).toHaveCount(0);
  expect(calls()).toBe(0);
});

test('export: a folder already holding a folder named like the person’s file is not reported as a success', async ({ openMend }) => {
  const app = await openMend();
  await ok(app, 'relationships:create', { ...SAM, name: 'Lee Park' });
  const folder = await mkdtemp(join(tmpdir(), 'mend-e2e-export-'));
  await mkdir(join(folder, 'Lee Park.md'));
  app.dialogs.exportFolder = folder;
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  await settings.exportMarkdown();
  await expect(settings.section().getByRole('status').or(settings.error()).first()).not.toBeEmpty();
  const said = (await settings.section().textContent()) ?? '';
  const files = await readdir(folder);
  // Mend either wrote Lee Park under another name and says which, or says it could not.
  if (!files.some((n) => n !== 'Lee Park.md' && n.endsWith('.md'))) expect(said).not.toMatch(/Exported “Lee Park\.md”/);
  else expect(said).toContain(files.find((n) => n !== 'Lee Park.md' && n.endsWith('.md'))!);
});
