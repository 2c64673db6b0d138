import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { HomePage } from './pages/home-page';
import { RelationshipForm, RelationshipPage } from './pages/relationship-pages';
import { RecoveryScreen } from './pages/backups-page';

/**
 * What a kill in the middle of a delete left behind: the journal moved to trash/ while Home still
 * lists the person. The page offers every version Mend holds, the trashed one included, and the
 * person can always be removed, even with no copy anywhere.
 */
test('a journal cut off mid-delete offers its trashed copy; one with no copy at all can be removed', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  const form = new RelationshipForm(app.page);
  await form.add({ name: 'Sam Rivera', role: 'Account lead', notes: 'Owns the Acme account.' });
  const samId = app.page.url().split('/r/')[1]!;
  await new RelationshipPage(app.page).edit({ notes: 'Owns the Acme account. Prefers mornings.' });
  await new HomePage(app.page).goto();
  await form.add({ name: 'Ana Silva', notes: 'Design lead.' });
  const anaId = app.page.url().split('/r/')[1]!;

  await mkdir(join(app.dataDir, 'trash'), { recursive: true });
  await rename(join(app.dataDir, 'relationships', `${samId}.json`), join(app.dataDir, 'trash', `${samId}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`));
  await rm(join(app.dataDir, 'relationships', `${anaId}.json`));
  await rm(join(app.dataDir, 'backups', 'relationships', `${anaId}.json`), { recursive: true, force: true });

  const again = await app.restart();
  const recovery = new RecoveryScreen(again.page);
  await again.page.getByRole('link', { name: /Sam Rivera/ }).click();
  await recovery.expectFor('Sam Rivera');
  await expect(recovery.problem()).toContainText('missing from the data folder');
  // Saves went to the change log, so no earlier snapshot exists yet: the trashed copy is what Mend offers,
  // and restoring it brings back the edit made after it (from the log).
  await expect(recovery.versions().filter({ hasText: 'in the trash folder' })).toHaveCount(1);
  await again.page.screenshot({ path: 'test-results/shots-sec/missing-journal.png', fullPage: true });
  await recovery.restoreNewest();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(again.page.getByText('Prefers mornings.')).toBeVisible();

  const home = new HomePage(again.page);
  await home.goto();
  await again.page.getByRole('link', { name: /Ana Silva/ }).click();
  await recovery.expectFor('Ana Silva');
  await expect(again.page.getByText('Mend holds no other version of this journal.')).toBeVisible();
  await again.page.getByRole('button', { name: 'Remove Ana Silva from Mend' }).click();
  await again.page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(home.people()).not.toContainText('Ana Silva');
  await expect(home.people()).toContainText('Sam Rivera');
});
