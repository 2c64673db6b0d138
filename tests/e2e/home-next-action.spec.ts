import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { localDay } from '../../src/core/logic/calendar';

/**
 * Home shows the real next action: a conversation whose time has passed waits for its debrief, and
 * that is the one primary button; each due item appears once; nothing past is "coming up".
 */
const DAY = 86_400_000;

async function ok<T = { id: string }>(app: MendApp, channel: string, input: unknown): Promise<T> {
  const r = await app.core.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.message}`);
  return r.value as T;
}

async function seed(app: MendApp): Promise<void> {
  const now = Date.now();
  const sam = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  const ana = await ok(app, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
  const commitment = (rel: string, owner: string, text: string, days: number) =>
    ok(app, 'commitments:create', { relationshipId: rel, owner, text, dueAt: localDay(new Date(now + days * DAY)), debriefId: null });
  await commitment(sam.id, 'them', 'Send the status note.', -2);
  await commitment(sam.id, 'me', 'Book the skills session.', 0);
  await commitment(ana.id, 'them', 'Share the Q3 plan.', 3);
  // Planned for two hours ago: it has happened and waits for its debrief. Another is planned for later.
  await ok(app, 'preparations:start', { relationshipId: sam.id, incidentId: null, plannedAt: new Date(now - 2 * 3_600_000).toISOString() });
  await ok(app, 'preparations:start', { relationshipId: ana.id, incidentId: null, plannedAt: new Date(now + 2 * DAY).toISOString() });
}

test('a conversation that has passed makes "Debrief it" the primary action; each item once; nothing past coming up', async ({ openMend }, testInfo) => {
  const app = await openMend();
  await seed(app);
  const { page } = app;
  await page.reload();
  const dueNow = page.getByRole('region', { name: 'Due now' });
  await expect(dueNow.getByRole('listitem')).toHaveText([
    /Your conversation with Sam Rivera.*Debrief it/,
    /Send the status note\..*2 days past its date/,
    /Book the skills session\..*due today/,
  ]);
  // The one primary action on the screen is the debrief; "Add a person" steps back.
  const primaries = page.locator('main .button.primary');
  await expect(primaries).toHaveCount(1);
  await expect(primaries).toHaveText('Debrief it');
  await expect(page.getByRole('link', { name: 'Add a person' })).not.toHaveClass(/primary/);

  const soon = page.getByRole('region', { name: 'Coming up' });
  await expect(soon.getByRole('list', { name: 'Commitments due soon' }).getByRole('listitem')).toHaveText([/Share the Q3 plan\..*due in 3 days/]);
  await expect(soon.getByRole('list', { name: 'Planned conversations' }).getByRole('listitem')).toHaveText([/With Ana Silva.*Open the plan/]);
  await expect(soon).not.toContainText('past its date');
  await expect(soon).not.toContainText('Sam Rivera');
  const shot = testInfo.outputPath('home-next-action.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('home', { path: shot, contentType: 'image/png' });

  await primaries.click();
  // "Debrief it" goes through /debrief/from/<plan>, which starts the debrief and moves on to it at
  // once: wait for where it ends (checking the passing address raced it), then that it is the debrief.
  await expect(page).toHaveURL(/#\/r\/[^/]+\/debrief\/(?!from\/)[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'How did the conversation go?' })).toBeVisible();
});

test('by keyboard alone: Tab reaches the next action first and Enter opens the outcome dialog', async ({ openMend }) => {
  const app = await openMend();
  await seed(app);
  const { page } = app;
  await page.reload();
  await page.getByRole('heading', { name: 'Due now' }).waitFor();
  // Skip link, then the sidebar's links and lock, then Home's own header action, then "Due now".
  const reached: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    if (reached.at(-1) === 'Debrief it') break;
  }
  expect(reached.at(-1)).toBe('Debrief it');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Mark how it went');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'How did it go?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
