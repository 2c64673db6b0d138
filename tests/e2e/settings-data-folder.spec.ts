import AxeBuilder from '@axe-core/playwright';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Settings → Your data → "Use another folder…", in the page with main's real look at the folder
 * (src/main/folder-look.ts). The picker and main's confirmation are answered by the harness; the restart
 * itself, and the copy it makes, run on the desktop shell's stand-in (tests/shell/data-folder.spec.ts).
 */

async function openData(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  return page.getByRole('region', { name: 'Your data' });
}

const SAM = { name: 'Sam Rivera', role: 'Engineer', kind: 'direct-report' as const, started: null, notes: '' };

test('an empty folder: main asks to move the journal there, naming both folders, and the page says Mend is restarting', async ({ openMend }) => {
  const app = await openMend();
  const empty = await mkdtemp(join(tmpdir(), 'mend-e2e-sync-'));
  await writeFile(join(empty, '.DS_Store'), '');
  app.dialogs.dataFolder = empty;
  const data = await openData(app.page);
  await expect(data.getByLabel('Data folder')).toHaveText(app.dataDir);
  await data.getByRole('button', { name: 'Use another folder…' }).click();
  await expect(data.getByRole('status')).toHaveText('Saving, then restarting to move your journal…');
  expect(app.dialogs.confirmations.map((c) => c.kind)).toEqual(['move-journal']);
  expect(app.dialogs.confirmations[0]!.detail).toContain(empty);
  expect(app.dialogs.confirmations[0]!.detail).toContain(app.dataDir);
  expect(app.dialogs.folderUses).toEqual([{ folder: empty, how: 'move' }]);
  // Nothing is written before the restart: the folder picked holds what it held.
  expect(await readdir(empty)).toEqual(['.DS_Store']);
  // One restart at a time.
  await expect(data.getByRole('button', { name: 'Use another folder…' })).toBeDisabled();
  expect(app.errors).toEqual([]);
});

test('a folder holding a Mend journal (the other computer’s, through a sync tool) is opened, not written over', async ({ openMend }) => {
  const other = await openMend();
  await other.core.call('relationships:create', SAM);
  await other.close();
  const app = await openMend();
  app.dialogs.dataFolder = other.dataDir;
  const data = await openData(app.page);
  await data.getByRole('button', { name: 'Use another folder…' }).click();
  await expect(data.getByRole('status')).toHaveText('Saving, then restarting on that journal…');
  expect(app.dialogs.confirmations.map((c) => c.kind)).toEqual(['open-journal']);
  expect(app.dialogs.folderUses).toEqual([{ folder: other.dataDir, how: 'open' }]);
});

test('folders that will not do are refused in words, with nothing asked or changed; cancelling changes nothing', async ({ openMend }) => {
  const app = await openMend();
  const data = await openData(app.page);
  const button = data.getByRole('button', { name: 'Use another folder…' });
  const cases: { folder: string; says: RegExp }[] = [];
  const busy = await mkdtemp(join(tmpdir(), 'mend-e2e-busy-'));
  await writeFile(join(busy, 'taxes-2025.pdf'), 'x');
  cases.push({ folder: busy, says: /already holds other files/ });
  cases.push({ folder: app.dataDir, says: /already keeps your journal in that folder/ });
  const inside = join(app.dataDir, 'inner');
  await mkdir(inside);
  cases.push({ folder: inside, says: /holds the one Mend uses now, or lies inside it/ });
  const newer = await mkdtemp(join(tmpdir(), 'mend-e2e-newer-'));
  await writeFile(join(newer, 'mend-folder.json'), JSON.stringify({ mend: 'folder', format: 99 }));
  cases.push({ folder: newer, says: /newer version of Mend/ });
  cases.push({ folder: join(busy, 'taxes-2025.pdf'), says: /cannot use that folder: it is a file, not a folder/ });
  // The button says it is busy while main looks; each try waits for the one before to end.
  const settled = () => expect(button).toHaveAttribute('aria-busy', 'false');
  for (const c of cases) {
    app.dialogs.dataFolder = c.folder;
    await button.click();
    await expect(data.getByRole('status')).toHaveText(c.says);
    await settled();
  }
  app.dialogs.dataFolder = null;
  await button.click();
  await settled();
  // Cancelling the picker clears the last refusal and says nothing more (the empty box is not shown).
  await expect(data.locator('[role="status"]')).toHaveText('');
  // A "no" to main's question changes nothing either.
  app.dialogs.dataFolder = await mkdtemp(join(tmpdir(), 'mend-e2e-empty-'));
  app.dialogs.confirmAnswer = false;
  await button.click();
  await expect.poll(() => app.dialogs.confirmations.length).toBe(1);
  await settled();
  await expect(button).toBeEnabled();
  await expect(data.locator('[role="status"]')).toHaveText('');
  expect(app.dialogs.folderUses).toEqual([]);
  expect(app.dialogs.confirmations.map((c) => c.kind)).toEqual(['move-journal']);
  expect(app.errors).toEqual([]);
});

test('by keyboard alone: the button is reached with Tab and Enter opens the picker', async ({ openMend }) => {
  const app = await openMend({ path: '/settings' });
  const data = app.page.getByRole('region', { name: 'Your data' });
  const button = data.getByRole('button', { name: 'Use another folder…' });
  await expect(button).toBeVisible();
  await app.page.getByRole('heading', { level: 1, name: 'Settings' }).focus();
  for (let i = 0; i < 6 && !(await button.evaluate((el) => el === document.activeElement)); i++) await app.page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  const busy = await mkdtemp(join(tmpdir(), 'mend-e2e-busy-'));
  await writeFile(join(busy, 'notes.txt'), 'x');
  app.dialogs.dataFolder = busy;
  await app.page.keyboard.press('Enter');
  await expect(data.getByRole('status')).toHaveText(/already holds other files/);
  await expect(button).toBeFocused();
});

test('started with MEND_DATA_DIR: Settings says the folder is fixed and how to choose one, with no button', async ({ openMend }) => {
  const app = await openMend();
  app.dialogs.folderSetAtStart = true;
  const data = await openData(app.page);
  await expect(data.getByLabel('Data folder')).toHaveText(app.dataDir);
  await expect(data.getByText('Mend was started with the setting MEND_DATA_DIR, which fixes this folder.')).toBeVisible();
  await expect(data.getByRole('button', { name: 'Use another folder…' })).toHaveCount(0);
  // A page that calls the channel anyway is refused in words, and nothing is asked.
  const refused = await app.page.evaluate(() => (window as unknown as { mend: { invoke(c: string, i: unknown): Promise<{ ok: boolean; message?: string }> } }).mend.invoke('app:change-folder', {}));
  expect(refused).toMatchObject({ ok: false });
  expect(refused.message).toContain('MEND_DATA_DIR');
  expect(app.dialogs.confirmations).toEqual([]);
});

test('axe finds nothing serious in Your data, with a refusal and then the restart shown, light and dark', async ({ openMend }) => {
  const app = await openMend({ path: '/settings' });
  const data = app.page.getByRole('region', { name: 'Your data' });
  const found: string[] = [];
  const scan = async (what: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme });
      const result = await new AxeBuilder({ page: app.page }).include('section[aria-labelledby="data-title"]').analyze();
      for (const v of result.violations) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${what}, ${scheme}: ${v.id}`);
    }
  };
  const busy = await mkdtemp(join(tmpdir(), 'mend-e2e-busy-'));
  await writeFile(join(busy, 'notes.txt'), 'x');
  app.dialogs.dataFolder = busy;
  await data.getByRole('button', { name: 'Use another folder…' }).click();
  await expect(data.getByRole('status')).toHaveText(/already holds other files/);
  await scan('refused');
  app.dialogs.dataFolder = await mkdtemp(join(tmpdir(), 'mend-e2e-empty-'));
  await data.getByRole('button', { name: 'Use another folder…' }).click();
  await expect(data.getByRole('status')).toHaveText(/restarting/);
  await scan('restarting');
  expect(found).toEqual([]);
});
