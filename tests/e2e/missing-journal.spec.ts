import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { HomePage } from './pages/home-page';
import { RelationshipForm, RelationshipPage } from './pages/relationship-pages';
import { RecoveryScreen } from './pages/backups-page';

/**
 * Journals whose snapshot is gone or damaged. Every change, the person's creation included, is also a
 * line in this computer's change log, so the log alone brings the journal back: a snapshot a kill
 * moved to the trash mid-delete is simply rebuilt; a damaged one is offered back "rebuilt from every
 * saved change". A person with no copy anywhere (no snapshot and no log) can always be removed.
 */
test('a lost snapshot is rebuilt from the change log, a damaged one is offered back rebuilt; one with no copy at all can be removed', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  const form = new RelationshipForm(app.page);
  await form.add({ name: 'Sam Rivera', role: 'Account lead', notes: 'Owns the Acme account.' });
  const samId = app.page.url().split('/r/')[1]!;
  await new RelationshipPage(app.page).edit({ notes: 'Owns the Acme account. Prefers mornings.' });
  await new HomePage(app.page).goto();
  await form.add({ name: 'Ana Silva', notes: 'Design lead.' });
  const anaId = app.page.url().split('/r/')[1]!;
  await new RelationshipPage(app.page).edit({ notes: 'Design lead. Back from leave in May.' });
  await new HomePage(app.page).goto();
  await form.add({ name: 'Lee Park', notes: 'Support.' });
  const leeId = app.page.url().split('/r/')[1]!;

  const snapshot = (id: string) => join(app.dataDir, 'relationships', `${id}.json`);
  // Sam: a kill mid-delete moved the snapshot to the trash before the removal was recorded.
  await mkdir(join(app.dataDir, 'trash'), { recursive: true });
  await rename(snapshot(samId), join(app.dataDir, 'trash', `${samId}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`));
  // Ana: the snapshot torn (a sync tool mid-transfer, a disk fault).
  const bytes = await readFile(snapshot(anaId));
  await writeFile(snapshot(anaId), bytes.subarray(0, bytes.length - 60));
  // Lee: nothing left at all, neither the snapshot nor the log.
  await rm(snapshot(leeId));
  for (const name of await readdir(join(app.dataDir, 'logs'))) if (name.startsWith(leeId)) await rm(join(app.dataDir, 'logs', name));

  const again = await app.restart();
  const home = new HomePage(again.page);
  await again.page.getByRole('link', { name: /Sam Rivera/ }).click();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(again.page.getByText('Prefers mornings.')).toBeVisible();

  await home.goto();
  const recovery = new RecoveryScreen(again.page);
  await again.page.getByRole('link', { name: /Ana Silva/ }).click();
  await recovery.expectFor('Ana Silva');
  await expect(recovery.versions().filter({ hasText: 'rebuilt from every saved change' })).toHaveCount(1);
  await again.page.screenshot({ path: 'test-results/shots-sec/damaged-rebuilt-from-log.png', fullPage: true });
  await recovery.restoreNewest();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Ana Silva' })).toBeVisible();
  await expect(again.page.getByText('Back from leave in May.')).toBeVisible();
  expect((await readdir(join(app.dataDir, 'damaged'))).some((n) => n.startsWith(anaId))).toBe(true);

  await home.goto();
  await again.page.getByRole('link', { name: /Lee Park/ }).click();
  await recovery.expectFor('Lee Park');
  await expect(recovery.problem()).toContainText('missing from the data folder');
  await expect(again.page.getByText('Mend holds no other version of this journal.')).toBeVisible();
  await again.page.screenshot({ path: 'test-results/shots-sec/missing-journal.png', fullPage: true });
  await again.page.getByRole('button', { name: 'Remove Lee Park from Mend' }).click();
  await again.page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  const people = again.page.getByRole('list', { name: 'People' });
  await expect(people).not.toContainText('Lee Park');
  await expect(people).toContainText('Sam Rivera');
  await expect(people).toContainText('Ana Silva');
});
