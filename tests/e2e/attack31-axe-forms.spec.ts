import AxeBuilder from '@axe-core/playwright';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { callOk } from '../support/typed-call';
import { seedTrustStory } from '../support/trust-story';
import { PreparationPage } from './pages/prepare-pages';
import { DebriefPage, TrustCheckForm } from './pages/follow-up-pages';
import { LockScreen, SecuritySettings } from './pages/security-pages';
import { RelationshipForm } from './pages/relationship-pages';

/**
 * Attack 31: axe on the forms and dialogs daily-axe and find-axe do not reach: every step of the
 * preparation (with the blame coach showing a finding and a suggestion), the debrief with an error by a
 * commitment's date, the trust check and incident forms with an error, Edit details, the quick forms on
 * a person page, the outcome dialog on Commitments, the Trash, the recovery screen, Settings with what
 * Mend found while reading the folder, the lock screen after a wrong passphrase, the palette and the
 * shortcut sheet. Same rules and report as daily-axe (every rule; serious or critical fails).
 */

const url = (path: string) => `http://mend.localhost/index.html#${path}`;

/** Serious or critical violations on the page (or inside `include`), each as "screen (scheme) — id: targets". */
async function serious(page: Page, screen: string, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen} — ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe in light and then dark (the page is left in light); findings are added to `found`. */
async function both(page: Page, found: string[], screen: string, include?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await serious(page, `${screen} (${colorScheme})`, include)));
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function go(page: Page, path: string): Promise<void> {
  await page.goto(url(path));
}

async function story(openMend: () => Promise<MendApp>) {
  const app = await openMend();
  const ids = await seedTrustStory((c, i) => app.core.call(c, i), new Date());
  await app.page.reload();
  await expect(app.page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  return { app, page: app.page, ...ids };
}

test('axe: every step of the preparation, the coach showing a finding and a suggestion, and the cue card', async ({ openMend }) => {
  test.setTimeout(120_000);
  const { app, page, sam } = await story(openMend);
  const prep = await callOk(app.core)('preparations:start', { relationshipId: sam, incidentId: null, plannedAt: null });
  await go(page, `/r/${sam}/prepare/${prep.id}`);
  const flow = new PreparationPage(page);
  await expect(flow.heading()).toHaveText('Cool down');
  const found: string[] = [];
  await page.getByRole('radio', { name: /Heated/ }).check();
  await expect(page.getByText('You’re running hot')).toBeVisible();
  await both(page, found, '1 Cool down (running hot)');
  const steps = ['Facts and story', 'What might be going on', 'Their perspective', 'Ask to share yours', 'Share your experience', 'The way forward', 'One commitment each'];
  for (const [i, step] of steps.entries()) {
    await flow.next(step);
    if (step === 'Share your experience') {
      await page.getByLabel('My experience and its impact').fill('You never reply on time. I felt anxious when the client called twice, because I had no answer to give.');
      await expect(flow.coachFindings().first().locator('mark')).toHaveText(/never/);
      await expect(page.locator('.coach-suggestion')).toContainText('I felt anxious');
      await both(page, found, `${i + 2} ${step} (coach: finding and suggestion)`);
    } else {
      await both(page, found, `${i + 2} ${step}`);
    }
  }
  await flow.finish();
  await both(page, found, 'cue card');
  expect(found, found.join('\n')).toEqual([]);
});

test('axe: the debrief with an error beside a commitment’s date', async ({ openMend }) => {
  test.setTimeout(90_000);
  const { page, ana } = await story(openMend);
  await go(page, `/r/${ana}`);
  await page.getByRole('link', { name: 'Debrief a conversation' }).click();
  await page.getByRole('button', { name: 'Start without a plan' }).click();
  const debrief = new DebriefPage(page);
  await debrief.expectOpen();
  const found: string[] = [];
  await both(page, found, 'debrief (empty)');
  await debrief.commitment('Their').fill('Flag a slipping date early.');
  await debrief.dueBy('Their', '2150-01-01');
  await debrief.theirView('They felt stretched.');
  await expect(page.getByText('That year looks like a typing slip.')).toBeVisible();
  await both(page, found, 'debrief (error by a due date)');
  expect(found, found.join('\n')).toEqual([]);
});

test('axe: the trust check form and Log an incident, each with an error shown', async ({ openMend }) => {
  test.setTimeout(90_000);
  const { page, kim } = await story(openMend);
  const found: string[] = [];
  await go(page, `/r/${kim}/check/new`);
  const check = new TrustCheckForm(page);
  await check.expectOpen();
  await check.rate('Reliability', 6);
  await check.save();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await both(page, found, 'trust check (error)');

  await go(page, `/r/${kim}/incident/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Log an incident' })).toBeVisible();
  await page.getByLabel('What happened, in a line').fill('t'.repeat(201));
  await page.getByRole('button', { name: 'Save incident' }).click();
  await expect(page.getByRole('alert').first()).toContainText('under 200 characters');
  await both(page, found, 'Log an incident (error)');
  expect(found, found.join('\n')).toEqual([]);
});

test('axe: Edit details, and the 1:1 note and quick commitment forms open on a person page', async ({ openMend }) => {
  test.setTimeout(90_000);
  const { page, sam } = await story(openMend);
  const found: string[] = [];
  await go(page, `/r/${sam}`);
  await page.getByRole('link', { name: 'Edit details' }).click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
  await both(page, found, 'Edit details');
  await page.getByLabel('Name', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await both(page, found, 'Edit details (name left empty)');

  await go(page, `/r/${sam}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  await expect(page.getByLabel('What came up')).toBeVisible();
  await both(page, found, 'person page with the 1:1 note and commitment forms open');
  await page.getByRole('button', { name: 'Save the note' }).click();
  await page.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await both(page, found, 'person page with both quick forms showing errors');
  expect(found, found.join('\n')).toEqual([]);
});

test('axe: the “How did it go” outcome dialog on Commitments, and the Trash with a person in it', async ({ openMend }) => {
  test.setTimeout(90_000);
  const { app, page } = await story(openMend);
  const found: string[] = [];
  await go(page, '/commitments');
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
  await page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').first().getByRole('button', { name: 'Kept' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await both(page, found, 'outcome dialog on Commitments');
  // A day in the future: the dialog says so beside the date.
  await page.getByRole('dialog').getByLabel('When').fill('2099-01-01');
  await page.getByRole('dialog').getByRole('button', { name: 'Mark as kept' }).click();
  await expect(page.getByRole('dialog').locator('[aria-invalid="true"]').first()).toBeVisible();
  await both(page, found, 'outcome dialog on Commitments (error by the date)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  const gone = await callOk(app.core)('relationships:create', { name: 'Lee Park', role: '', kind: 'peer', started: null, notes: '' });
  await go(page, `/r/${gone.id}`);
  await page.reload();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await go(page, '/trash');
  await expect(page.getByRole('button', { name: 'Bring back Lee Park' })).toBeVisible();
  await both(page, found, 'Trash with a person');
  expect(found, found.join('\n')).toEqual([]);
});

test('axe: the recovery screen of a damaged journal', async ({ openMend }) => {
  test.setTimeout(90_000);
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera', notes: 'Owns the Acme account.' });
  const samId = app.page.url().split('/r/')[1]!.split('/')[0]!;
  await app.core.settled?.();
  const file = join(app.dataDir, 'relationships', `${samId}.json`);
  const bytes = Buffer.from(await readFile(file));
  const at = bytes.indexOf('Sam Rivera');
  expect(at, 'the name is in the snapshot').toBeGreaterThan(0);
  bytes[at] = bytes[at]! ^ 0x01;
  await writeFile(file, bytes);
  const again = await app.restart({ path: `/r/${samId}` });
  await expect(again.page.getByRole('heading', { level: 1, name: /journal could not be opened/ })).toBeVisible();
  const found: string[] = [];
  await both(again.page, found, 'recovery screen');
  expect(found, found.join('\n')).toEqual([]);
});

test('axe: Settings with “What Mend found while reading the folder” shown', async ({ openMend }) => {
  test.setTimeout(90_000);
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const samId = app.page.url().split('/r/')[1]!.split('/')[0]!;
  await callOk(app.core)('monitoring-notes:create', { relationshipId: samId, at: '2026-02-05T09:00:00.000Z', kind: 'other', note: 'Asked for the numbers early.' });
  await app.core.settled?.();
  const logs = (await readdir(join(app.dataDir, 'logs'))).filter((n) => n.startsWith(samId));
  const log = join(app.dataDir, 'logs', logs[0]!);
  const text = await readFile(log, 'utf8');
  const at = text.indexOf('Asked for the numbers early.');
  expect(at, 'the note is in the log').toBeGreaterThan(0);
  await writeFile(log, text.slice(0, at) + 'B' + text.slice(at + 1));
  const again = await app.restart({ path: '/settings' });
  const list = again.page.getByRole('list', { name: 'What Mend found while reading the folder' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.scrollIntoViewIfNeeded();
  const found: string[] = [];
  await both(again.page, found, 'Settings with what Mend found');
  expect(found, found.join('\n')).toEqual([]);
});

test('axe: the lock screen after a wrong passphrase', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  const settings = new SecuritySettings(page);
  await settings.open();
  await settings.enable('correct horse battery staple 31');
  await settings.lockFromSidebar();
  const lock = new LockScreen(page);
  await lock.expectShown();
  const found: string[] = [];
  await both(page, found, 'lock screen');
  await lock.tryUnlock('not the passphrase at all');
  await expect(lock.error()).not.toBeEmpty({ timeout: 30_000 });
  await both(page, found, 'lock screen (wrong passphrase)');
  expect(found, found.join('\n')).toEqual([]);
});

test('axe: the palette and the shortcut sheet open over a person page (whole page, not only the dialog)', async ({ openMend }) => {
  test.setTimeout(90_000);
  const { page, sam } = await story(openMend);
  await go(page, `/r/${sam}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const found: string[] = [];
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await both(page, found, 'palette (empty query)');
  await page.keyboard.type('sam');
  await both(page, found, 'palette (“sam”)');
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Sam Rivera' }).click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await both(page, found, 'shortcut sheet');
  expect(found, found.join('\n')).toEqual([]);
});

test('axe at 640 px: the coach step, the debrief with an error, and the incident form with an error', async ({ openMend }) => {
  test.setTimeout(120_000);
  const { app, page, sam, ana } = await story(openMend);
  await page.setViewportSize({ width: 640, height: 820 });
  const found: string[] = [];
  const prep = await callOk(app.core)('preparations:start', { relationshipId: sam, incidentId: null, plannedAt: null });
  await go(page, `/r/${sam}/prepare/${prep.id}`);
  const flow = new PreparationPage(page);
  await expect(flow.heading()).toHaveText('Cool down');
  for (const step of ['Facts and story', 'What might be going on', 'Their perspective', 'Ask to share yours', 'Share your experience']) await flow.next(step);
  await page.getByLabel('My experience and its impact').fill('You always miss deadlines.');
  await expect(page.locator('.coach-suggestion')).toContainText('[your feeling]');
  await both(page, found, 'narrow: Share your experience (coach template)');

  await go(page, `/r/${ana}`);
  await page.getByRole('link', { name: 'Debrief a conversation' }).click();
  await page.getByRole('button', { name: 'Start without a plan' }).click();
  const debrief = new DebriefPage(page);
  await debrief.expectOpen();
  await debrief.commitment('Your').fill('Send the numbers on Monday.');
  await debrief.dueBy('Your', '2150-01-01');
  await debrief.theirView('They felt stretched.');
  await expect(page.getByText('That year looks like a typing slip.')).toBeVisible();
  await both(page, found, 'narrow: debrief (error by your due date)');

  await go(page, `/r/${ana}/incident/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Log an incident' })).toBeVisible();
  await page.getByLabel('What happened, in a line').fill('Missed the handover');
  await page.getByLabel('When did it happen?').fill('2099-01-01T09:00');
  await page.getByRole('checkbox', { name: 'Stretched too thin', exact: true }).check();
  await page.getByRole('button', { name: 'Save incident' }).click();
  await expect(page.getByRole('alert').first()).toContainText('cannot be in the future');
  await both(page, found, 'narrow: Log an incident (future date, a cause ticked)');
  expect(found, found.join('\n')).toEqual([]);
});

test('axe: the Delete confirmation, a 1:1 note’s Remove confirmation and its Undo notice', async ({ openMend }) => {
  test.setTimeout(90_000);
  const { page, kim } = await story(openMend);
  await go(page, `/r/${kim}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Kim Okafor' })).toBeVisible();
  const found: string[] = [];
  await page.getByRole('button', { name: 'Delete…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await both(page, found, 'Delete confirmation');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  await page.getByLabel('What came up').fill('They want to own the Halvorsen call.');
  await page.getByRole('button', { name: 'Save the note' }).click();
  const entry = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Halvorsen' });
  await expect(entry).toBeVisible();
  await entry.locator('summary').first().click();
  await entry.getByRole('button', { name: /Remove/ }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await both(page, found, 'Remove this 1:1 note? confirmation');
  await page.getByRole('dialog').getByRole('button', { name: /Remove/ }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await both(page, found, 'person page with the Undo notice');
  expect(found, found.join('\n')).toEqual([]);
});

for (const [form, ready] of [['monitoring/new', 'monitoring note'], ['repair-bid/new', 'repair bid'], ['their-trust/new', 'their trust']] as const) {
  test(`axe: the ${ready} form, empty and after an empty save`, async ({ openMend }) => {
    test.setTimeout(60_000);
    const { page, ana } = await story(openMend);
    await go(page, `/r/${ana}/${form}`);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    const found: string[] = [];
    await both(page, found, `${ready} form`);
    await page.getByRole('main').locator('form button[type="submit"]').first().click();
    await page.waitForTimeout(500);
    await both(page, found, `${ready} form after an empty save`);
    expect(found, found.join('\n')).toEqual([]);
  });
}
