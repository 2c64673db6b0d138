/**
 * Screenshots of the backup, export, import and recovery screens, light and dark, for looking at by eye.
 *   npx electron-vite build --outDir .tmp/out-t7 && MEND_RENDERER_DIR=.tmp/out-t7/renderer npx tsx scripts/shots-backups.ts
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MendApp } from '../tests/e2e/harness/launch';
import { BASE, DARK, LIGHT, SAM, addPerson, outDir, runShots } from './shots-harness';

const out = outDir('.tmp/shots-backups');
const person = (name: string, notes = '') => ({ ...SAM, name, started: '2024-02-01', notes });
const idOf = (app: MendApp, name: string) => addPerson(app, person(name, 'Owns the **Acme** account.'));

async function settingsShots(app: MendApp, scheme: string): Promise<void> {
  const { page } = app;
  await page.goto(`${BASE}/settings`);
  const section = page.getByRole('region', { name: 'Backups and export' });
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${scheme}-settings.png`, fullPage: true });
  await section.getByRole('button', { name: 'Save a backup file…' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await page.screenshot({ path: `${out}/${scheme}-saved.png`, fullPage: true });
  const [file] = await readdir(app.dialogs.exportFolder!);
  // An import into the same Mend after changes: one person new again, one changed since, one the same.
  const list = await app.core.call('relationships:list', {});
  const ana = list.ok ? (list.value as { id: string; name: string }[]).find((r) => r.name === 'Ana Silva') : undefined;
  if (ana) await app.core.call('relationships:delete', { id: ana.id });
  await app.core.call('relationships:create', person('Kim Lee'));
  await app.core.call('relationships:create', person('Noor Haddad'));
  const bytes = await readFile(join(app.dialogs.exportFolder!, file!));
  app.dialogs.importFile = join(app.dialogs.exportFolder!, file!);
  await section.getByRole('button', { name: 'Import a backup…' }).click();
  await page.getByRole('region', { name: 'Check before importing' }).waitFor();
  await page.screenshot({ path: `${out}/${scheme}-import-review.png`, fullPage: true });
  await page.getByRole('button', { name: 'Close' }).or(page.getByRole('button', { name: 'Cancel' })).first().click();
  await writeFile(join(app.dialogs.exportFolder!, 'cut.json'), bytes.subarray(0, 300));
  app.dialogs.importFile = join(app.dialogs.exportFolder!, 'cut.json');
  await section.getByRole('button', { name: 'Import a backup…' }).click();
  await section.getByRole('alert').waitFor();
  await page.screenshot({ path: `${out}/${scheme}-import-refused.png`, fullPage: true });
}

async function recoveryShot(app: MendApp, scheme: string, id: string): Promise<void> {
  for (const notes of ['Second version.', 'Third version.']) {
    await app.core.call('relationships:update', { id, ...person('Sam Rivera', notes) });
  }
  const file = join(app.dataDir, 'relationships', `${id}.json`);
  await writeFile(file, (await readFile(file)).subarray(0, 200));
  const again = await app.restart();
  await again.page.goto(`${BASE}/r/${id}`);
  await again.page.getByRole('button', { name: 'Restore the newest good version' }).waitFor();
  await again.page.screenshot({ path: `${out}/${scheme}-recovery.png`, fullPage: true });
}

await runShots({ out, looks: [LIGHT, DARK] }, async ({ app, look: { name: scheme }, png }) => {
  const sam = await idOf(app, 'Sam Rivera');
  await idOf(app, 'Ana Silva');
  await app.page.goto(`${BASE}/r/${sam}`);
  await app.page.getByRole('button', { name: 'Export to Markdown…' }).click();
  await app.page.getByText(/^Exported/).waitFor();
  await app.page.screenshot({ path: png('person-export'), fullPage: true });
  await settingsShots(app, scheme);
  await recoveryShot(app, scheme, sam);
});
