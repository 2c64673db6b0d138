import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { HomePage } from './pages/home-page';
import { RelationshipForm, RelationshipPage } from './pages/relationship-pages';
import { RecoveryScreen } from './pages/backups-page';

/**
 * Saves go to this computer's change log; the snapshot (relationships/<id>.json) is rewritten only when
 * that log is folded into it (every 256 lines), and only then is the snapshot before it kept as an
 * earlier version. A journal in use for a while has been folded twice: the rewrites here stand for that.
 */
async function useForAWhile(app: MendApp, relationshipId: string, notes: string, saves: number): Promise<void> {
  const base = { name: 'Sam Rivera', role: 'Account lead', kind: 'peer' as const, started: null };
  for (let i = 0; i < saves; i++) {
    const r = await app.core.call('relationships:update', { id: relationshipId, ...base, notes: `${notes} (${i % 2 === 0 ? 'draft' : 'final'})` });
    expect(r.ok, JSON.stringify(r)).toBe(true);
  }
  await app.core.settled?.();
}

/** Adds entries through the real core, as the entry screens would (each one a save, so a backup). */
async function logEntries(app: MendApp, relationshipId: string): Promise<void> {
  const results = [
    await app.core.call('incidents:create', {
      relationshipId, title: 'Missed the Acme renewal deadline', occurredAt: '2026-02-03T15:30:00.000Z',
      facts: 'The deck was not sent by Friday noon.', impact: '', domains: ['reliability'], causes: [],
      baseline: { reliability: 6, competence: 6, sincerity: 7, care: 6, reliance: 5 }, stability: 3, status: 'open',
    }),
    await app.core.call('monitoring-notes:create', { relationshipId, at: '2026-02-05T09:00:00.000Z', kind: 'took-work-back', note: 'Took the deck back.' }),
    await app.core.call('commitments:create', { relationshipId, owner: 'them', text: 'Flag a slipping deadline two days ahead', dueAt: '2026-02-20', debriefId: null }),
  ];
  for (const r of results) expect(r.ok, JSON.stringify(r)).toBe(true);
}

test('a damaged journal opens to recovery; the newest good version comes back with its entries', async ({ openMend }) => {
  const app = await openMend();
  const form = new RelationshipForm(app.page);
  await form.add({ name: 'Sam Rivera', role: 'Account lead', notes: 'Owns the Acme account.' });
  const samId = app.page.url().split('/r/')[1]!;
  await logEntries(app, samId);
  // Two folds of the change log: the first snapshot with the entries becomes an earlier version. A fold
  // waits for saving to pause, so each stretch of use ends with one (useForAWhile waits for it).
  await useForAWhile(app, samId, 'Owns the Acme account.', 260);
  await useForAWhile(app, samId, 'Owns the Acme account.', 260);
  await new HomePage(app.page).goto();
  await form.add({ name: 'Ana Silva' });
  await new HomePage(app.page).goto();
  await new HomePage(app.page).open('Sam Rivera');
  await new RelationshipPage(app.page).edit({ notes: 'Owns the Acme account. Prefers mornings.' }); // the save that gets damaged

  const file = join(app.dataDir, 'relationships', `${samId}.json`);
  const damaged = Buffer.from(await readFile(file));
  // The snapshot holds what was folded into it; the newest edit lives in the log.
  const at = damaged.indexOf('Owns the Acme account.');
  expect(at).toBeGreaterThan(0);
  damaged[at] = damaged[at]! ^ 0x01; // one bit inside a text field: only the checksum can tell
  await writeFile(file, damaged);

  const again = await app.restart();
  const home = new HomePage(again.page);
  await again.page.getByRole('link', { name: /Sam Rivera/ }).click(); // Home still lists them
  const recovery = new RecoveryScreen(again.page);
  await recovery.expectFor('Sam Rivera');
  await expect(recovery.problem()).toContainText(`relationships/${samId}.json`);
  await expect(recovery.problem()).toContainText('checksum does not match');
  await expect(recovery.versions().first()).toContainText('3 entries');
  // Each Restore button says which version it is, even for versions saved within the same minute.
  const names = await recovery.versions().getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  expect(names.length).toBeGreaterThan(1);
  expect(new Set(names).size).toBe(names.length);

  // Everything else keeps working meanwhile.
  await home.goto();
  await home.open('Ana Silva');
  await home.goto();
  await again.page.getByRole('link', { name: /Sam Rivera/ }).click();
  await recovery.expectFor('Sam Rivera');

  await recovery.restoreNewest();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(again.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeFocused(); // the page that came back, not nowhere
  const timeline = again.page.getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText('Missed the Acme renewal deadline');
  await expect(timeline).toContainText('Took work back');
  await expect(timeline).toContainText('Flag a slipping deadline two days ahead');
  // The version came back with the edit saved after its fold (it was in the log), and nothing is offered
  // as "also written" although the log was trimmed past that version.
  await expect(again.page.getByRole('region', { name: 'Notes' })).toContainText('Owns the Acme account. Prefers mornings.');
  await expect(again.page.getByText(/Also written on/)).toHaveCount(0);

  const aside = await readdir(join(again.dataDir, 'damaged'));
  expect(aside).toHaveLength(1);
  expect(Buffer.compare(await readFile(join(again.dataDir, 'damaged', aside[0]!)), damaged)).toBe(0);
});
