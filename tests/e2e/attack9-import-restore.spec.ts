import { mkdtemp, open, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { callOk } from '../support/typed-call';
import { countCalls } from './held-calls';
import { decodeBackup, encodeBackup } from '../../src/core/store/backup-file';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';
import { BackupsSettings, RecoveryScreen } from './pages/backups-page';

/**
 * Attack 9: importing a backup, exports, and the recovery screen for a damaged journal.
 */

const SECRET = 'He cried in the stairwell after the Acme review';

async function person(app: MendApp, name: string, notes = '') {
  return callOk(app.core)('relationships:create', { name, role: 'Account lead', kind: 'peer', started: null, notes });
}

async function note(app: MendApp, relationshipId: string, text: string) {
  return callOk(app.core)('monitoring-notes:create', { relationshipId, at: '2026-02-05T09:00:00.000Z', kind: 'other', note: text });
}

/** Saves a backup through the core (the export picker answers app.dialogs.exportFolder) and returns its path. */
async function backupOf(app: MendApp): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'mend-atk9-'));
  app.dialogs.exportFolder = folder;
  const done = await callOk(app.core)('exports:backup', {});
  if (done.cancelled) throw new Error('backup cancelled');
  return done.files[0]!;
}

async function checkImport(app: MendApp, file: string): Promise<BackupsSettings> {
  app.dialogs.importFile = file;
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  await settings.checkImport();
  return settings;
}

async function peopleNames(app: MendApp): Promise<string[]> {
  return (await callOk(app.core)('relationships:list', {})).map((r) => r.name).sort();
}

test('import: a double click on Import imports once, reports success, and shows no refusal', async ({ openMend }) => {
  const there = await openMend();
  const sam = await person(there, 'Sam Rivera');
  await note(there, sam.id, 'Took the deck back.');
  const file = await backupOf(there);

  const app = await openMend();
  const applies = countCalls(app, 'imports:apply');
  const settings = await checkImport(app, file);
  await expect(settings.review()).toContainText('1 to add');
  await settings.review().getByRole('button', { name: 'Import' }).dblclick();
  await expect(settings.status()).toContainText('Imported. 1 person added.');
  await app.page.waitForTimeout(500);
  expect.soft(applies(), 'imports:apply calls').toBe(1);
  expect.soft(app.dialogs.confirmations.filter((c) => c.kind === 'import'), 'import confirmations').toHaveLength(1);
  await expect.soft(settings.error(), 'no refusal beside the success').toHaveCount(0);
  expect(await peopleNames(app)).toEqual(['Sam Rivera']);
});

test('import: the same backup imported twice adds nobody twice and says it is already here', async ({ openMend }) => {
  const there = await openMend();
  const sam = await person(there, 'Sam Rivera', 'Owns the Acme account.');
  await note(there, sam.id, 'Took the deck back.');
  await person(there, 'Ana Silva');
  const file = await backupOf(there);

  const app = await openMend();
  let settings = await checkImport(app, file);
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('Imported. 2 people added.');
  settings = await checkImport(app, file);
  await expect(settings.review()).toContainText('2 already here');
  await expect.soft(settings.review().getByRole('button', { name: 'Import' })).toHaveCount(0);
  await settings.review().getByRole('button', { name: 'Close' }).click();
  await expect(settings.review()).toBeHidden();
  expect(await peopleNames(app)).toEqual(['Ana Silva', 'Sam Rivera']);
  const journal = await callOk(app.core)('journals:get', { relationshipId: sam.id });
  expect(journal.monitoringNotes.map((n) => n.note)).toEqual(['Took the deck back.']);
  await new HomePage(app.page).goto();
  await expect(new HomePage(app.page).people()).toHaveCount(2);
});

test('import: an entry removed since the backup was saved does not come back', async ({ openMend }) => {
  const app = await openMend();
  const sam = await person(app, 'Sam Rivera');
  await note(app, sam.id, 'Kept note.');
  const gone = await note(app, sam.id, 'Note removed later.');
  const file = await backupOf(app);
  await callOk(app.core)('monitoring-notes:delete', { relationshipId: sam.id, id: gone.id });

  const settings = await checkImport(app, file);
  const item = settings.reviewItems().filter({ hasText: 'Sam Rivera' });
  await expect(item).toBeVisible();
  await expect.soft(item).toContainText('stays removed');
  const importButton = settings.review().getByRole('button', { name: 'Import' });
  if (await importButton.count()) {
    await importButton.click();
    await expect(settings.status()).toContainText('Imported.');
  }
  const journal = await callOk(app.core)('journals:get', { relationshipId: sam.id });
  expect(journal.monitoringNotes.map((n) => n.note)).toEqual(['Kept note.']);
});

test('import: a person removed since the backup was saved stays removed', async ({ openMend }) => {
  const app = await openMend();
  const sam = await person(app, 'Sam Rivera');
  await note(app, sam.id, 'A note.');
  await person(app, 'Ana Silva');
  const file = await backupOf(app);
  await callOk(app.core)('relationships:delete', { id: sam.id });

  const settings = await checkImport(app, file);
  const item = settings.reviewItems().filter({ hasText: 'Sam Rivera' });
  await expect(item).toContainText('stay removed');
  const importButton = settings.review().getByRole('button', { name: 'Import' });
  if (await importButton.count()) {
    await importButton.click();
    await expect(settings.status()).toContainText('Imported.');
  }
  expect(await peopleNames(app)).toEqual(['Ana Silva']);
});

test('import: broken, foreign, newer and impossible backups are refused kindly, changing nothing and quoting no journal text', async ({ openMend }) => {
  const app = await openMend();
  const sam = await person(app, 'Sam Rivera');
  await note(app, sam.id, SECRET);
  const good = await backupOf(app);
  const bytes = await readFile(good);
  const text = bytes.toString('utf8');
  const contents = decodeBackup(new Uint8Array(bytes));
  const dir = await mkdtemp(join(tmpdir(), 'mend-atk9-bad-'));
  const journal = contents.journals[0]!;
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty.json', '', /the file is empty/],
    ['cut.json', text.slice(0, text.length - 40), /cut short or damaged/],
    ['array.json', '[]', /not a Mend backup/],
    ['shape.json', JSON.stringify({ format: 'mend-backup', version: 1, exportedAt: 'x', journalVersion: 1, checksum: 'crc32:0', data: { journals: 'no' } }), /Mend cannot import shape\.json/],
    ['newer.json', text.replace('"version": 1', '"version": 7'), /newer Mend/],
    ['twice.json', encodeBackup({ exportedAt: contents.exportedAt, journals: [journal, structuredClone(journal)] }), /same person twice/],
    ['shared-ids.json', encodeBackup({
      exportedAt: contents.exportedAt,
      journals: [{ ...journal, monitoringNotes: [journal.monitoringNotes[0]!, { ...journal.monitoringNotes[0]!, note: `${SECRET} (copy)` }] }],
    }), /share one id/],
    ['bad-field.json', encodeBackup({
      exportedAt: contents.exportedAt,
      journals: [{ ...journal, monitoringNotes: [{ ...journal.monitoringNotes[0]!, kind: SECRET as never }] }],
    }), /does not match what Mend expects/],
  ];
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  const before = await readdir(join(app.dataDir, 'relationships'));
  for (const [name, body, said] of cases) {
    const path = join(dir, name);
    await writeFile(path, body);
    app.dialogs.importFile = path;
    await settings.checkImport();
    await expect.soft(settings.error(), name).toHaveText(said);
    await expect.soft(settings.error(), name).toContainText('Nothing was changed.');
    await expect.soft(settings.error(), `${name} quotes no journal text`).not.toContainText('stairwell');
    await expect.soft(settings.review(), name).toBeHidden();
  }
  expect(await readdir(join(app.dataDir, 'relationships'))).toEqual(before);
  expect(await peopleNames(app)).toEqual(['Sam Rivera']);
  expect((await callOk(app.core)('journals:get', { relationshipId: sam.id })).monitoringNotes.map((n) => n.note)).toEqual([SECRET]);
});

test('import: a file far larger than any backup is refused at once, and the buttons work again', async ({ openMend }) => {
  const app = await openMend();
  await person(app, 'Sam Rivera');
  const dir = await mkdtemp(join(tmpdir(), 'mend-atk9-huge-'));
  const huge = join(dir, 'huge.json');
  const handle = await open(huge, 'w');
  await handle.truncate(300 * 1024 * 1024); // sparse: costs no disk
  await handle.close();
  const settings = await checkImport(app, huge);
  await expect(settings.error()).toHaveText('Mend cannot import huge.json: it is far larger than any Mend backup. Nothing was changed.');
  await expect(settings.section().getByRole('button', { name: 'Import a backup…' })).toBeEnabled();
  await expect(settings.section().getByRole('button', { name: 'Save a backup file…' })).toBeEnabled();
});

test('import: answering No to the confirmation changes nothing, and Import works when pressed again', async ({ openMend }) => {
  const there = await openMend();
  await person(there, 'Sam Rivera');
  const file = await backupOf(there);
  const app = await openMend();
  const settings = await checkImport(app, file);
  app.dialogs.confirmAnswer = false;
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.section().getByText('You chose not to go ahead, so nothing was changed.')).toBeVisible();
  expect(await peopleNames(app)).toEqual([]);
  app.dialogs.confirmAnswer = true;
  await expect(settings.review()).toBeVisible();
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('Imported. 1 person added.');
  await expect.soft(settings.error()).toHaveCount(0);
  expect(await peopleNames(app)).toEqual(['Sam Rivera']);
});

test('import: when Mend changed since the check, the stale summary does not stay offering an Import that cannot work', async ({ openMend }) => {
  const there = await openMend();
  const sam = await person(there, 'Sam Rivera');
  await note(there, sam.id, 'First note.');
  const first = await backupOf(there);
  const app = await openMend();
  app.dialogs.importFile = first;
  const check = await callOk(app.core)('imports:check', {});
  if (check.cancelled) throw new Error('cancelled');
  await callOk(app.core)('imports:apply', { token: check.token });
  await note(there, sam.id, 'Second note, only in the later backup.');
  const later = await backupOf(there);

  const settings = await checkImport(app, later);
  await expect(settings.review()).toContainText('1 to merge');
  // Meanwhile Sam is removed in Mend (on this computer or another): the summary is no longer true.
  await callOk(app.core)('relationships:delete', { id: sam.id });
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.error()).toContainText('Something in Mend changed since you checked this backup');
  expect(await peopleNames(app)).toEqual([]);
  // The person is told to check again; the summary they saw should not still offer Import.
  await expect.soft(settings.review().getByRole('button', { name: 'Import' }), 'a stale summary still offering Import').toHaveCount(0);
});

test('import: words typed in another person’s form are still there after an import', async ({ openMend }) => {
  const there = await openMend();
  await person(there, 'Ana Silva');
  const file = await backupOf(there);
  const app = await openMend();
  const form = new RelationshipForm(app.page);
  await form.add({ name: 'Sam Rivera', notes: 'Owns Acme.' });
  await app.page.getByRole('link', { name: 'Edit details' }).click();
  const notes = app.page.getByRole('textbox', { name: 'Notes' });
  await notes.fill('Owns Acme. Typed but not saved yet.');
  const settings = await checkImport(app, file);
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('Imported. 1 person added.');
  await new HomePage(app.page).goto();
  await new HomePage(app.page).open('Sam Rivera');
  const edit = app.page.getByRole('link', { name: 'Edit details' });
  if (await edit.isVisible()) await edit.click();
  await expect(app.page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Owns Acme. Typed but not saved yet.');
});

test('export: a cancelled folder picker says nothing and writes nothing; a folder that is a file is named as the problem', async ({ openMend }) => {
  const app = await openMend();
  await person(app, 'Sam Rivera', SECRET);
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  const folder = app.dialogs.exportFolder!;
  app.dialogs.exportFolder = null;
  await settings.saveBackup();
  await settings.exportMarkdown();
  await expect(settings.section().getByRole('button', { name: 'Export to Markdown…' })).toBeEnabled();
  await expect.soft(settings.section().getByText(/^(Saved|Exported)/)).toHaveCount(0);
  await expect.soft(settings.error()).toHaveCount(0);
  expect(await readdir(folder)).toEqual([]);
  expect((await callOk(app.core)('copies:list', {})).length, 'no export listed as written').toBe(0);

  const notAFolder = join(folder, 'plain-file');
  await writeFile(notAFolder, 'x');
  app.dialogs.exportFolder = notAFolder;
  await settings.saveBackup();
  await expect(settings.error()).toContainText(`Could not save the export in ${notAFolder}`);
  await expect.soft(settings.error()).not.toContainText('stairwell');
  await expect.soft(settings.section().getByText(/^(Saved|Exported)/)).toHaveCount(0);
  expect(await readdir(folder)).toEqual(['plain-file']);
});

/** A journal file replaced by garbage while Mend was closed; the log still holds every change. */
async function damaged(openMend: () => Promise<MendApp>) {
  const app = await openMend();
  const form = new RelationshipForm(app.page);
  await form.add({ name: 'Sam Rivera', notes: `Owns Acme. ${SECRET}` });
  const samId = app.page.url().split('/r/')[1]!;
  await note(app, samId, 'Took the deck back.');
  await new HomePage(app.page).goto();
  await form.add({ name: 'Ana Silva' });
  await app.core.settled?.();
  const file = join(app.dataDir, 'relationships', `${samId}.json`);
  const garbage = Buffer.from(`{"mend":"journal","version":1, garbage ${SECRET} \u0000\u0001 not json`);
  await writeFile(file, garbage);
  const again = await app.restart();
  return { app: again, samId, garbage };
}

test('recovery: a journal file full of garbage opens to recovery, says so kindly, and gives the words back without losing the damaged file', async ({ openMend }) => {
  const { app, samId, garbage } = await damaged(openMend);
  await app.page.getByRole('link', { name: /Sam Rivera/ }).click();
  const recovery = new RecoveryScreen(app.page);
  await recovery.expectFor('Sam Rivera');
  await expect(app.page.getByText('Nothing has been deleted.')).toBeVisible();
  await expect.soft(recovery.problem()).not.toContainText('stairwell');
  await expect.soft(recovery.problem()).not.toContainText('garbage');
  await expect(recovery.versions().first()).toBeVisible();
  // The damaged file is not touched by merely looking.
  expect(Buffer.compare(await readFile(join(app.dataDir, 'relationships', `${samId}.json`)), garbage)).toBe(0);
  await recovery.restoreNewest();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(app.page.getByRole('region', { name: 'Notes' })).toContainText(SECRET);
  expect((await callOk(app.core)('journals:get', { relationshipId: samId })).monitoringNotes.map((n) => n.note)).toEqual(['Took the deck back.']);
  const aside = (await readdir(join(app.dataDir, 'damaged'))).filter((n) => n.startsWith(samId));
  expect(aside).toHaveLength(1);
  expect(Buffer.compare(await readFile(join(app.dataDir, 'damaged', aside[0]!)), garbage)).toBe(0);
  // And after another restart it still opens normally.
  const again = await app.restart();
  await again.page.getByRole('link', { name: /Sam Rivera/ }).click();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await callOk(again.core)('journals:get', { relationshipId: samId })).monitoringNotes.map((n) => n.note)).toEqual(['Took the deck back.']);
});

test('recovery: Restore pressed twice restores once, asks once, and shows no refusal', async ({ openMend }) => {
  const { app, samId } = await damaged(openMend);
  const restores = countCalls(app, 'journals:restore');
  await app.page.getByRole('link', { name: /Sam Rivera/ }).click();
  const recovery = new RecoveryScreen(app.page);
  await recovery.expectFor('Sam Rivera');
  await app.page.getByRole('button', { name: 'Restore the newest good version' }).dblclick();
  const dialog = app.page.getByRole('dialog');
  await expect(dialog).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Restore' }).dblclick();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await app.page.waitForTimeout(800);
  expect.soft(restores(), 'journals:restore calls').toBe(1);
  await expect.soft(app.page.getByRole('alert').filter({ hasNotText: /^$/ }), 'no error shown').toHaveCount(0);
  await expect.soft(app.page.getByRole('dialog')).toHaveCount(0);
  expect((await readdir(join(app.dataDir, 'damaged'))).filter((n) => n.startsWith(samId))).toHaveLength(1);
  const journal = await callOk(app.core)('journals:get', { relationshipId: samId });
  expect(journal.monitoringNotes.map((n) => n.note)).toEqual(['Took the deck back.']);
});

test('recovery: removing a person whose file is damaged keeps that file, byte for byte, in the trash folder', async ({ openMend }) => {
  const { app, samId, garbage } = await damaged(openMend);
  await app.page.getByRole('link', { name: /Sam Rivera/ }).click();
  await new RecoveryScreen(app.page).expectFor('Sam Rivera');
  await app.page.getByRole('button', { name: 'Remove Sam Rivera from Mend' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(app.page.getByRole('list', { name: 'People' })).not.toContainText('Sam Rivera');
  const held: Buffer[] = [];
  for (const folder of ['trash', 'damaged']) {
    for (const name of await readdir(join(app.dataDir, folder)).catch(() => [] as string[])) {
      if (name.startsWith(samId)) held.push(await readFile(join(app.dataDir, folder, name)));
    }
  }
  expect(held.some((b) => Buffer.compare(b, garbage) === 0), 'the damaged bytes are kept somewhere in the data folder').toBe(true);
});

test('export: with one journal damaged, a whole export names who was left out and exports the rest', async ({ openMend }) => {
  const { app } = await damaged(openMend);
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  await settings.exportMarkdown();
  await expect(settings.status()).toContainText('Exported “Ana Silva.md”');
  await expect(settings.status()).toContainText('Left out, so you know: Sam Rivera');
  await settings.saveBackup();
  await expect(settings.status()).toContainText('It holds 1 person');
  await expect(settings.status()).toContainText('Left out, so you know: Sam Rivera');
});

test('import: a backup over a damaged journal keeps the damaged file and what was written after the backup (found: the later note was lost)', async ({ openMend }) => {
  const app = await openMend();
  const sam = await person(app, 'Sam Rivera', 'Owns Acme.');
  await note(app, sam.id, 'In the backup.');
  const file = await backupOf(app);
  await note(app, sam.id, 'Written after the backup.');
  await app.core.settled?.();
  const garbage = Buffer.from('not a journal at all');
  await writeFile(join(app.dataDir, 'relationships', `${sam.id}.json`), garbage);
  const again = await app.restart();
  const settings = await checkImport(again, file);
  const item = settings.reviewItems().filter({ hasText: 'Sam Rivera' });
  // The change logs still hold every saved change: the backup is merged into those, not put in their place.
  await expect(item).toContainText('cannot be read, but every change you saved is still there');
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('One file that could not be read was put back from the changes you saved first.');
  const journal = await callOk(again.core)('journals:get', { relationshipId: sam.id });
  expect.soft(journal.monitoringNotes.map((n) => n.note).sort(), 'the note written after the backup is still there').toEqual(['In the backup.', 'Written after the backup.']);
  const aside = (await readdir(join(again.dataDir, 'damaged'))).filter((n) => n.startsWith(sam.id));
  expect(aside).toHaveLength(1);
  expect(Buffer.compare(await readFile(join(again.dataDir, 'damaged', aside[0]!)), garbage)).toBe(0);
  // And after a restart (the change logs read afresh) it is the same journal, not another.
  const third = await again.restart();
  const after = await callOk(third.core)('journals:get', { relationshipId: sam.id });
  expect.soft(after.monitoringNotes.map((n) => n.note).sort(), 'after a restart').toEqual(journal.monitoringNotes.map((n) => n.note).sort());
});

test('export: a double click on a person’s Export to Markdown writes one document', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Lee Park', notes: 'Joined in March.' });
  await app.page.getByRole('button', { name: 'Export to Markdown…' }).dblclick();
  await expect(app.page.getByText(/^Exported “Lee Park.md” to /)).toBeVisible();
  await app.page.waitForTimeout(500);
  expect(await readdir(app.dialogs.exportFolder!)).toEqual(['Lee Park.md']);
});

test('import: a double click on Import a backup… checks once and shows one summary', async ({ openMend }) => {
  const there = await openMend();
  await person(there, 'Sam Rivera');
  const file = await backupOf(there);
  const app = await openMend();
  const checks = countCalls(app, 'imports:check');
  app.dialogs.importFile = file;
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  await settings.section().getByRole('button', { name: 'Import a backup…' }).dblclick();
  await expect(settings.review()).toContainText('1 to add');
  await app.page.waitForTimeout(500);
  expect.soft(checks()).toBe(1);
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('Imported. 1 person added.');
  await expect.soft(settings.error()).toHaveCount(0);
});

test('import: typed-but-unsaved details of a person survive an import that brings newer details for that same person', async ({ openMend }) => {
  const app = await openMend();
  const form = new RelationshipForm(app.page);
  await form.add({ name: 'Sam Rivera', notes: 'Owns Acme.' });
  const samId = app.page.url().split('/r/')[1]!;
  // A copy of this journal elsewhere, with newer details (as another computer's backup would have).
  const file = await backupOf(app);
  const contents = decodeBackup(new Uint8Array(await readFile(file)));
  const j = contents.journals[0]!;
  const later = new Date(Date.now() + 60_000).toISOString();
  const newer = encodeBackup({ exportedAt: later, journals: [{ ...j, relationship: { ...j.relationship, role: 'Head of sales', updatedAt: later } }] });
  const newerFile = join(await mkdtemp(join(tmpdir(), 'mend-atk9-newer-')), 'newer.json');
  await writeFile(newerFile, newer);

  await app.page.getByRole('link', { name: 'Edit details' }).click();
  await app.page.getByRole('textbox', { name: 'Notes' }).fill('Owns Acme. Typed before the import.');
  const settings = await checkImport(app, newerFile);
  await expect(settings.reviewItems().filter({ hasText: 'Sam Rivera' })).toContainText('update their details');
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('1 person merged');
  expect((await callOk(app.core)('journals:get', { relationshipId: samId })).relationship.role).toBe('Head of sales');
  await new HomePage(app.page).goto();
  await new HomePage(app.page).open('Sam Rivera');
  const edit = app.page.getByRole('link', { name: 'Edit details' });
  if (await edit.isVisible()) await edit.click();
  await expect(app.page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Owns Acme. Typed before the import.');
});
