import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { callOk } from '../support/typed-call';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';
import { BackupsSettings } from './pages/backups-page';

test('a backup saved from Settings imports into an empty Mend after a summary and a confirmation', async ({ openMend }) => {
  const first = await openMend();
  const form = new RelationshipForm(first.page);
  await form.add({ name: 'Sam Rivera', role: 'Account lead', notes: 'Owns the **Acme** account.' });
  await new HomePage(first.page).goto();
  await form.add({ name: 'Ana Silva', kind: 'Peer' });
  const settings = new BackupsSettings(first.page);
  await settings.goto();
  await settings.saveBackup();
  await expect(settings.status()).toContainText('It holds 2 people and no entries.');
  const [backup] = await readdir(first.dialogs.exportFolder!);
  expect(backup).toMatch(/^Mend backup \d{4}-\d{2}-\d{2}\.json$/);

  const second = await openMend();
  second.dialogs.importFile = join(first.dialogs.exportFolder!, backup!);
  const there = new BackupsSettings(second.page);
  await there.goto();
  await there.checkImport();
  await expect(there.review()).toContainText(backup!);
  await expect(there.review()).toContainText('2 to add. Nothing has changed yet.');
  await expect(there.reviewItems()).toHaveCount(2);
  await expect(there.reviewItems().first()).toContainText('Ana Silva');
  await expect(there.reviewItems().first()).toContainText('New');
  await there.review().getByRole('button', { name: 'Cancel' }).click();
  await expect(there.review()).toBeHidden();
  await new HomePage(second.page).goto();
  await expect(second.page.getByRole('heading', { name: 'Start with one person' })).toBeVisible();

  await there.goto();
  await there.checkImport();
  await there.review().getByRole('button', { name: 'Import' }).click();
  await expect(there.status()).toContainText('Imported. 2 people added.');
  const home = new HomePage(second.page);
  await home.goto();
  await expect(home.people()).toHaveCount(2);
  await home.open('Sam Rivera');
  await expect(second.page.locator('.markdown strong')).toHaveText('Acme');
});

test('a backup that is cut short is refused, naming the problem, and nothing changes', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Kim' });
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  await settings.saveBackup();
  await expect(settings.status()).toContainText('It holds 1 person');
  const [backup] = await readdir(app.dialogs.exportFolder!);
  const good = await readFile(join(app.dialogs.exportFolder!, backup!));
  const cut = join(app.dialogs.exportFolder!, 'cut.json');
  await writeFile(cut, good.subarray(0, good.length / 2));
  app.dialogs.importFile = cut;
  const before = await readdir(join(app.dataDir, 'relationships'));
  await settings.checkImport();
  await expect(settings.error()).toHaveText('Mend cannot import cut.json: it is cut short or damaged. Nothing was changed.');
  await expect(settings.review()).toBeHidden();
  expect(await readdir(join(app.dataDir, 'relationships'))).toEqual(before);
});

test('Markdown goes to the folder picked; a folder that cannot be written is named', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Lee Park', notes: 'Joined in March.' });
  await app.page.getByRole('button', { name: 'Export to Markdown…' }).click();
  await expect(app.page.getByText(/^Exported “Lee Park.md” to /)).toBeVisible();
  const md = await readFile(join(app.dialogs.exportFolder!, 'Lee Park.md'), 'utf8');
  expect(md).toContain('# Lee Park');
  expect(md).toContain('Joined in March.');

  const gone = join(await mkdtemp(join(tmpdir(), 'mend-e2e-')), 'removed');
  app.dialogs.exportFolder = gone;
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  await settings.exportMarkdown();
  await expect(settings.error()).toHaveText(`Could not save the export in ${gone}: the folder no longer exists. Choose another folder and try again.`);
  // The button pressed keeps the focus (disabled while it worked, it had let it fall to the page), and the message is in view.
  await expect(app.page.getByRole('button', { name: 'Export to Markdown…' })).toBeFocused();
  await expect(settings.error()).toBeInViewport();
});

test('the number of versions kept is set in Settings, refused when out of range, and kept after a restart', async ({ openMend }) => {
  const app = await openMend();
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  const field = app.page.getByLabel('Earlier versions to keep of each journal');
  await expect(field).toHaveValue('10');
  await field.fill('0');
  await settings.section().getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings.section().getByRole('alert')).toHaveText('Keep at least one earlier version.');
  await expect(field).toHaveValue('0');
  await expect(field).toHaveAttribute('aria-describedby', 'keep-last-hint keep-last-error');
  await field.fill('25');
  await settings.section().getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings.section().getByText('Saved. Mend will keep that many')).toBeVisible();

  const again = await app.restart();
  const after = new BackupsSettings(again.page);
  await after.goto();
  await expect(again.page.getByLabel('Earlier versions to keep of each journal')).toHaveValue('25');
  await expect(after.section()).toContainText('the last 25 of each');
});

test('importing a backup made on another computer merges: its newer entry comes in, and the one written only here stays', async ({ openMend }) => {
  const there = await openMend();
  const sam = await callOk(there.core)('relationships:create', { name: 'Sam Rivera', role: 'Account lead', kind: 'direct-report', started: null, notes: '' });
  const note = (app: MendApp, text: string) => callOk(app.core)('monitoring-notes:create', { relationshipId: sam.id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note: text });
  const thereSettings = new BackupsSettings(there.page);
  await thereSettings.goto();
  await thereSettings.saveBackup();
  const [first] = await readdir(there.dialogs.exportFolder!);
  const here = await openMend();
  here.dialogs.importFile = join(there.dialogs.exportFolder!, first!);
  const settings = new BackupsSettings(here.page);
  await settings.goto();
  await settings.checkImport();
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('1 person added');

  // Each computer writes a note of its own; the backup from "there" comes later, as the newer copy.
  await note(here, 'Written here: he asked for the numbers early.');
  await note(there, 'Written there: the client call went well.');
  const later = await mkdtemp(join(tmpdir(), 'mend-later-'));
  there.dialogs.exportFolder = later;
  await thereSettings.saveBackup();
  await expect(thereSettings.status()).toContainText('1 person');
  here.dialogs.importFile = join(later, (await readdir(later))[0]!);
  await settings.goto();
  await settings.checkImport();
  const item = settings.reviewItems().filter({ hasText: 'Sam Rivera' });
  await expect(item).toContainText('Newer entries come in');
  await expect(item).toContainText('Everything already in Mend stays.');
  for (const scheme of ['light', 'dark'] as const) {
    await here.page.emulateMedia({ colorScheme: scheme });
    await here.page.screenshot({ path: `test-results/shots-import/merge-${scheme}.png`, fullPage: true });
  }
  await here.page.setViewportSize({ width: 420, height: 900 });
  await here.page.screenshot({ path: 'test-results/shots-import/merge-narrow.png', fullPage: true });
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('merged');
  const notes = (await callOk(here.core)('journals:get', { relationshipId: sam.id })).monitoringNotes.map((n) => n.note).sort();
  expect(notes).toEqual(['Written here: he asked for the numbers early.', 'Written there: the client call went well.']);
});
