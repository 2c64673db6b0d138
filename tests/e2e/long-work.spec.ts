import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { nodeFs, type FsSeam } from '../../src/main/storage/fs-seam';
import { callOk } from '../support/typed-call';
import type { Core } from '../../src/core/open-core';
import { BackupsSettings } from './pages/backups-page';
import { folderFiles } from '../support/folder-files';

/**
 * Long work shows progress: turning encryption on over hundreds of journals and checking a large
 * backup show a bar with a count that moves, the window answers meanwhile, and checking a backup can be
 * stopped with nothing changed.
 */
const PASSPHRASE = 'river stones at dusk';

/**
 * Journal files (and, by reading them, sealing) take `delay.ms` each, one read at a time: a slow disk, to
 * watch long work. One at a time, so that the search index's read-ahead (which starts 1.5 s after the
 * window opens and keeps what it read) shares the disk with the work watched instead of racing it: on a
 * loaded machine it used to read every journal before an import check began, and the check then ended
 * before its bar could be seen.
 */
function slowJournals(delay: { ms: number }): FsSeam {
  let disk: Promise<unknown> = Promise.resolve();
  return {
    ...nodeFs,
    readFile: async (path) => {
      if (delay.ms > 0 && path.includes('relationships')) {
        const turn = disk.then(() => (delay.ms > 0 ? new Promise((r) => setTimeout(r, delay.ms)) : undefined));
        disk = turn;
        await turn;
      }
      return nodeFs.readFile(path);
    },
  };
}

async function seedPeople(core: Core, count: number): Promise<void> {
  const call = callOk(core);
  for (let n = 0; n < count; n++) {
    await call('relationships:create', { name: `Person ${String(n).padStart(3, '0')}`, role: 'Engineer', kind: 'peer', started: null, notes: `Private note ${n}.` });
  }
}

async function serious(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Settings → Passphrase and lock, up to the last click that starts sealing. */
async function startEncryption(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Turn on encryption' });
  await form.getByLabel('Passphrase').fill(PASSPHRASE);
  await form.getByLabel('Type it again').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();
  await expect(page.getByLabel('Recovery key', { exact: true })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'I have saved it: turn on encryption' }).click();
}

/** The "12 of 300" beside the bar, as numbers. */
async function countOf(page: Page): Promise<number> {
  const text = (await page.locator('.progress-count').first().textContent({ timeout: 20_000 })) ?? '';
  const done = /^([\d,]+) of/.exec(text.trim())?.[1];
  if (done === undefined) throw new Error(`no count in "${text}"`);
  return Number(done.replace(/,/g, ''));
}

test('turning encryption on over 300 journals shows a bar whose count moves, then Home works', async ({ openMend }, testInfo) => {
  test.setTimeout(180_000);
  const app = await openMend();
  const started = Date.now();
  await seedPeople(app.core, 300);
  console.log(`seeded 300 people in ${Date.now() - started} ms`);
  await app.page.reload();
  await startEncryption(app.page);
  const bar = app.page.getByRole('progressbar', { name: 'Encrypting your journal…' });
  await expect(bar).toBeVisible();
  await expect(app.page.getByText('This can’t be stopped halfway; with a long journal it takes about a minute.', { exact: false })).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  const first = await countOf(app.page);
  await expect.poll(() => countOf(app.page), { timeout: 30_000, intervals: [100] }).toBeGreaterThan(first);
  await app.page.screenshot({ path: testInfo.outputPath('encrypting-light.png') });
  console.log(`counts seen: first ${first}`);
  await expect(app.page.getByText('Your journal is encrypted on this computer.')).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveCount(0);
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(app.page.getByRole('link', { name: /Person 000/ }).first()).toBeVisible();
  // Sealed on disk: no journal file still holds its note in plain text.
  const sample = await readFile(join(app.dataDir, 'relationships', (await readdir(join(app.dataDir, 'relationships')))[0]!));
  expect(sample.includes(Buffer.from('Private note'))).toBe(false);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the encryption bar reads well and axe finds nothing serious, narrow window too (${colorScheme})`, async ({ openMend }, testInfo) => {
    test.setTimeout(120_000);
    const delay = { ms: 0 };
    const app = await openMend({ colorScheme, fs: slowJournals(delay) });
    await seedPeople(app.core, 30);
    await app.page.reload();
    await app.page.setViewportSize({ width: 700, height: 900 });
    delay.ms = 400; // about 25 s of sealing: time to look, run axe and come back (delay lifted after)
    await startEncryption(app.page);
    const bar = app.page.getByRole('progressbar', { name: 'Encrypting your journal…' });
    await expect(bar).toBeVisible();
    await countOf(app.page);
    await bar.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: testInfo.outputPath(`encrypting-narrow-${colorScheme}.png`) });
    expect(await serious(app.page)).toEqual([]);
    // The window answers meanwhile: another screen opens while every file is sealed.
    await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).click();
    await expect(app.page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible({ timeout: 3_000 });
    // Back in Settings, the same work is still shown until it is done.
    await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(bar).toBeVisible();
    await countOf(app.page);
    delay.ms = 0;
    await expect(app.page.getByText('Your journal is encrypted on this computer.')).toBeVisible({ timeout: 60_000 });
    await expect(bar).toHaveCount(0);
  });
}

/**
 * Every file under `dir` but the index and its earlier versions, and Home's kept rows: opening a journal
 * may rewrite its index shard, the same in meaning (the store's own healing, whatever the import does),
 * and showing Home after the restart keeps its verdicts (devices/<id>/home-rows.json, in the background,
 * with its earlier version kept as every file's is).
 */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [rel, bytes] of await folderFiles(dir)) {
    if (rel.startsWith('index/') || rel.startsWith('backups/index/') || rel.startsWith('mend.lock') || /^(backups\/)?devices\/[^/]+\/home-rows\.json($|\/)/.test(rel)) continue;
    out.set(rel, bytes.toString('base64'));
  }
  return out;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`checking a large backup shows progress, and Cancel leaves the folder as it was (${colorScheme})`, async ({ openMend }, testInfo) => {
    test.setTimeout(180_000);
    const app = await openMend({ colorScheme });
    await seedPeople(app.core, 200);
    const backup = await callOk(app.core)('exports:backup', {});
    if (backup.cancelled) throw new Error('the backup was not saved');
    // Changed since the backup: importing it would keep these and write the backup's copies to trash/.
    const people = await callOk(app.core)('relationships:list', {});
    for (const p of people.slice(0, 3)) {
      await callOk(app.core)('relationships:update', { id: p.id, name: p.name, role: 'Lead', kind: 'peer', started: null, notes: 'Changed after the backup.' });
    }
    // Slow from the restart on: reading every person's current copy takes about 16 s (lifted once Cancel
    // is pressed). Slowed only once the page was up, the search's read-ahead (1.5 s after the window
    // opens) could read every journal at full speed on a loaded CI machine before the check began, and
    // the check then ended before its bar could be seen (failed so in CI on 3 December).
    const delay = { ms: 80 };
    const again = await app.restart({ colorScheme, fs: slowJournals(delay) });
    again.dialogs.importFile = backup.files[0]!;
    const before = await filesOf(again.dataDir);
    const listBefore = await callOk(again.core)('relationships:list', {});
    const settings = new BackupsSettings(again.page);
    await settings.goto();
    await settings.checkImport();
    const bar = again.page.getByRole('progressbar', { name: 'Checking the backup…' });
    await expect(bar).toBeVisible();
    const first = await countOf(again.page);
    await expect.poll(() => countOf(again.page), { timeout: 20_000, intervals: [100] }).toBeGreaterThan(first);
    await expect(again.page.getByText('Nothing is changed while Mend checks it.')).toBeVisible();
    await bar.scrollIntoViewIfNeeded();
    await again.page.screenshot({ path: testInfo.outputPath(`import-check-${colorScheme}.png`) });
    expect(await serious(again.page)).toEqual([]);
    // The bar's own Cancel (the summary shown after a check has one too).
    await again.page.getByRole('group', { name: 'Checking the backup…' }).getByRole('button', { name: 'Cancel' }).click();
    await expect(settings.status()).toContainText('Stopped. Nothing was imported, and nothing in Mend changed.');
    await expect(bar).toHaveCount(0);
    await expect(settings.review()).toHaveCount(0);
    delay.ms = 0;
    const after = await filesOf(again.dataDir);
    // Paths only: a failure names what changed, never prints a journal.
    expect([...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k))).toEqual([]);
    expect(await callOk(again.core)('relationships:list', {})).toEqual(listBefore);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Search says how far it is while it gets ready, and searching works meanwhile (${colorScheme})`, async ({ openMend }, testInfo) => {
    test.setTimeout(120_000);
    const app = await openMend({ colorScheme });
    await seedPeople(app.core, 40);
    const delay = { ms: 0 };
    const again = await app.restart({ colorScheme, fs: slowJournals(delay) });
    delay.ms = 120; // about 5 s to read every journal for the index
    await again.page.setViewportSize({ width: 700, height: 800 });
    await again.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    const bar = again.page.getByRole('progressbar', { name: /^Getting search ready… \d+%$/ });
    await expect(bar).toBeVisible();
    const first = await countOf(again.page);
    await expect.poll(() => countOf(again.page), { timeout: 20_000, intervals: [100] }).toBeGreaterThan(first);
    await again.page.screenshot({ path: testInfo.outputPath(`search-ready-narrow-${colorScheme}.png`) });
    expect(await serious(again.page)).toEqual([]);
    await again.page.getByLabel('Search your journal').fill('Person');
    await expect(again.page.getByRole('status').filter({ hasText: /match/ })).toBeVisible();
    delay.ms = 0;
    await expect(bar).toHaveCount(0, { timeout: 30_000 });
    await again.page.getByLabel('Search your journal').fill('Private note 39');
    await expect(again.page.getByRole('heading', { level: 2, name: 'Person 039' })).toBeVisible();
  });
}
