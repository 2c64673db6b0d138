import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { MendApp } from './harness/launch';
import { appUrl, ok } from './two-computers';
import { localDay, localIso } from '../../src/core/logic/calendar';

/**
 * Attack: the verdict (Home, the person page), Insights, the lag flag and the Commitments screen, on
 * constructed histories and after edits, removals, Undo, a person trashed and restored, a narrow window
 * and the keyboard alone. Product rules: /work/shared/product.md §3 and §5.
 */

const DAY = 86_400_000;
const ago = (days: number) => localIso(new Date(Date.now() - days * DAY));
const dayAgo = (days: number) => localDay(new Date(Date.now() - days * DAY));
const person = (name: string) => ({ name, role: '', kind: 'direct-report' as const, started: null, notes: '' });

async function incident(app: MendApp, rel: string, daysAgo: number, domains: ('reliability' | 'competence' | 'sincerity' | 'care')[] = ['reliability']) {
  return ok(app, 'incidents:create', {
    relationshipId: rel, title: 'The report came late', occurredAt: ago(daysAgo), facts: 'It arrived on Monday.', impact: '',
    domains, causes: [{ cause: 'skill-gap', confidence: 'medium' }],
    baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: 3, status: 'repairing',
  });
}

/** A check rating reliability and reliance at `score`; hot when activated with no source. */
async function check(app: MendApp, rel: string, at: string, score: number, hot = false) {
  return ok(app, 'checks:create', {
    relationshipId: rel, at,
    ratings: { reliability: score, competence: 5, sincerity: 5, care: 5, reliance: score },
    evidence: 'The weekly update arrived.', interpretation: '', activation: hot ? 3 : 0, emotion: hot ? 'Angry' : '',
    source: '', debriefId: null,
  });
}

async function kept(app: MendApp, rel: string, owner: 'them' | 'me', dueDaysAgo: number, status: 'kept' | 'missed' | 'late' | 'renegotiated' = 'kept') {
  const c = await ok(app, 'commitments:create', { relationshipId: rel, owner, text: `Promise due ${dueDaysAgo} days ago`, dueAt: dayAgo(dueDaysAgo), debriefId: null });
  await ok(app, 'commitments:resolve', { relationshipId: rel, id: c.id, status, note: '', resolvedAt: ago(dueDaysAgo) });
  return c;
}

const homeCard = (page: Page, name: string) => page.getByRole('list', { name: 'People' }).getByRole('listitem').filter({ hasText: name });
const trustRegion = (page: Page) => page.getByRole('region', { name: 'Is trust coming back?' });
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The badge and short reason on the person page, read as the user sees them; Home's card for the same
 * person is then held to the very same words (product.md §3: the same verdict from the same data).
 */
async function verdictsOf(app: MendApp, name: string, id: string) {
  const { page } = app;
  await page.goto(appUrl(`/r/${id}`));
  const badge = trustRegion(page).locator('.verdict-badge');
  const reason = trustRegion(page).locator('.verdict-reason');
  await expect(badge).toHaveText(/\S/);
  await expect(reason).toHaveText(/\S/);
  const mine = { label: ((await badge.textContent()) ?? "").trim(), reason: ((await reason.textContent()) ?? "").trim() };
  // Entries were written through the core behind the page's back: open Home afresh, as at a start.
  await page.goto(appUrl('/'));
  await page.reload();
  const card = homeCard(page, name);
  await expect.soft(card.locator('.verdict-badge'), 'Home’s badge').toHaveText(mine.label);
  await expect.soft(card.locator('.home-reason'), 'Home’s reason').toHaveText(mine.reason);
  return { home: mine, page: mine };
}

/** A history that is "Steady — stalled" with the lag flag up: flat checks, every promise kept, more monitoring lately. */
async function lagStory(app: MendApp) {
  const { id } = await ok(app, 'relationships:create', person('Lee Park'));
  await incident(app, id, 50);
  for (const d of [45, 35, 25, 15, 5]) await check(app, id, ago(d), 4);
  for (const d of [40, 30, 20, 10]) await kept(app, id, 'them', d);
  await ok(app, 'monitoring-notes:create', { relationshipId: id, at: ago(40), kind: 'extra-check-in', note: '' });
  const a = await ok(app, 'monitoring-notes:create', { relationshipId: id, at: ago(10), kind: 'extra-check-in', note: '' });
  await ok(app, 'monitoring-notes:create', { relationshipId: id, at: ago(3), kind: 'took-work-back', note: '' });
  return { id, recentNote: a.id };
}

test('the lag flag: shown on Home and the person page, and gone from both once a recent monitoring note is removed', async ({ openMend }) => {
  const app = await openMend();
  const { id, recentNote } = await lagStory(app);
  const before = await verdictsOf(app, 'Lee Park', id);
  expect.soft(before.home.label).toMatch(/Steady — stalled$/);
  expect.soft(before.page.label).toMatch(/Steady — stalled$/);
  await expect.soft(homeCard(app.page, 'Lee Park').locator('.verdict-lag')).toContainText('Your trust may lag the evidence');
  await app.page.goto(appUrl(`/r/${id}`));
  await expect.soft(trustRegion(app.page)).toContainText('Your trust may lag the evidence');
  await app.page.goto(appUrl('/'));
  await expect.soft(homeCard(app.page, 'Lee Park').locator('.verdict-lag')).toContainText('Your trust may lag the evidence');

  await ok(app, 'monitoring-notes:delete', { relationshipId: id, id: recentNote });
  await app.page.reload();
  await expect(homeCard(app.page, 'Lee Park').locator('.verdict-badge')).toBeVisible();
  await expect.soft(homeCard(app.page, 'Lee Park').locator('.verdict-lag')).toHaveCount(0);
  await app.page.goto(appUrl(`/r/${id}`));
  await expect(trustRegion(app.page).locator('.verdict-badge')).toBeVisible();
  await expect.soft(trustRegion(app.page)).not.toContainText('Your trust may lag the evidence');
});

test('two calm checks on one day and one three weeks later: enough to judge, and Home and the person page agree', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await ok(app, 'relationships:create', person('Ana Silva'));
  await incident(app, id, 40);
  // Morning and evening of one day, then one 21 days later: three calm checks over 21 days.
  const first = new Date(Date.now() - 30 * DAY);
  first.setHours(9, 0, 0, 0);
  const evening = new Date(first);
  evening.setHours(18, 0, 0, 0);
  const last = new Date(first.getTime() + 21 * DAY + 10 * 3_600_000);
  await check(app, id, localIso(first), 3);
  await check(app, id, localIso(evening), 3);
  await check(app, id, localIso(last), 5);
  await kept(app, id, 'them', 20);
  await kept(app, id, 'them', 8);
  const v = await verdictsOf(app, 'Ana Silva', id);
  // now-level = median(3, 3, 5) = 3 = low, so not recovering; ratio (3 − 3) / (6 − 3) = 0: stalled.
  expect.soft(v.home.label).toMatch(/Steady — stalled$/);
  expect.soft(v.page.label).toMatch(/Steady — stalled$/);
  expect.soft(v.home.reason).toBe(v.page.reason);
});

test('a hot check removed from the timeline and put back with Undo: Insights and the chart follow each step', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Kim Okafor'));
  await check(app, id, ago(3), 4);
  await check(app, id, ago(2), 5);
  await check(app, id, ago(1), 2, true);
  await page.goto(appUrl('/insights'));
  const hot = page.getByRole('region', { name: 'Hot ratings' });
  await expect(hot).toContainText('1 of 3 checks (33%) was made while heated');

  await page.goto(appUrl(`/r/${id}`));
  const timeline = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
  const hotEntry = timeline.filter({ hasText: 'Reliability 2' });
  await hotEntry.locator('summary').first().click();
  await hotEntry.getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(hotEntry).toHaveCount(0);
  const chart = trustRegion(page).getByRole('img', { name: /^Trust over time\./ });
  await expect.soft(chart.locator('circle.tc-point.hot')).toHaveCount(0);
  const undo = page.getByRole('status').filter({ hasText: 'Trust check removed.' }).getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(hotEntry).toHaveCount(1);
  await expect.soft(chart.locator('circle.tc-point.hot')).toHaveCount(5);

  await page.goto(appUrl('/insights'));
  await expect.soft(hot).toContainText('1 of 3 checks (33%) was made while heated');
});

test('a person moved to the Trash leaves Insights, and comes back into it when restored', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const sam = await ok(app, 'relationships:create', person('Sam Rivera'));
  const ana = await ok(app, 'relationships:create', person('Ana Silva'));
  await check(app, sam.id, ago(2), 4, true);
  await check(app, ana.id, ago(2), 4);
  await kept(app, sam.id, 'me', 3);
  await kept(app, ana.id, 'me', 3, 'missed');
  await page.goto(appUrl('/insights'));
  await expect(page.getByRole('region', { name: 'Hot ratings' })).toContainText('1 of 2 checks (50%)');
  await expect(page.getByRole('meter', { name: 'You: 1 of 2 kept (50%)' })).toBeVisible();

  await page.goto(appUrl(`/r/${sam.id}`));
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await page.goto(appUrl('/insights'));
  await expect.soft(page.getByRole('region', { name: 'Hot ratings' })).toContainText('Your one check was not hot');
  await expect.soft(page.getByRole('meter', { name: 'You: 0 of 1 kept (0%)' })).toBeVisible();

  await page.goto(appUrl('/trash'));
  await page.getByRole('listitem').filter({ hasText: 'Sam Rivera' }).getByRole('button', { name: /Restore|Bring back/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Sam Rivera' })).toHaveCount(0);
  await page.goto(appUrl('/insights'));
  await expect.soft(page.getByRole('region', { name: 'Hot ratings' })).toContainText('1 of 2 checks (50%)');
  await expect.soft(page.getByRole('meter', { name: 'You: 1 of 2 kept (50%)' })).toBeVisible();
});

test('my promise marked kept, then reopened from Settled lately: Insights counts it, then no longer', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'me', text: 'Review the draft within a day', dueAt: dayAgo(1), debriefId: null });
  await ok(app, 'commitments:resolve', { relationshipId: id, id: c.id, status: 'kept', note: '', resolvedAt: ago(0.1) });
  await page.goto(appUrl('/insights'));
  await expect(page.getByRole('meter', { name: 'You: 1 of 1 kept (100%)' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).click();
  const settled = page.getByRole('list', { name: 'Settled lately' }).getByRole('listitem');
  await settled.filter({ hasText: 'Review the draft' }).getByRole('button', { name: 'Reopen' }).click();
  const rows = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect.soft(page.getByRole('meter', { name: 'You: Nothing resolved yet' })).toBeVisible();
});

test('480 px wide: Insights, Commitments and a person’s trust section do not scroll sideways', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await lagStory(app);
  await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the extraordinarily-long-named-quarterly-reconciliation-spreadsheet', dueAt: dayAgo(2), debriefId: null });
  await page.setViewportSize({ width: 480, height: 800 });
  for (const path of ['/insights', '/commitments', `/r/${id}`, '/']) {
    await page.goto(appUrl(path));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    expect.soft(await sideways(page), `sideways scroll on ${path}`).toBeLessThanOrEqual(0);
  }
});

test('by keyboard alone: the verdict’s Why? and the chart’s table open from the person page', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await lagStory(app);
  await page.goto(appUrl(`/r/${id}`));
  const why = trustRegion(page).locator('details.verdict-why');
  await expect(why).toBeVisible();
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await why.locator('summary').evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Why? reachable with Tab').toBe(true);
  await page.keyboard.press('Enter');
  await expect.soft(why.locator('p')).toBeVisible();
  const table = trustRegion(page).getByRole('button', { name: 'Show as a table' });
  reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await table.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Show as a table reachable with Tab').toBe(true);
  await page.keyboard.press('Enter');
  await expect.soft(trustRegion(page).getByRole('table', { name: /^Trust checks/ }).locator('tbody tr')).toHaveCount(5);
});

test('a newer incident today on an incident with no domain named: Declining, said as today, the same on Home and the page', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await ok(app, 'relationships:create', person('Ria Chen'));
  await incident(app, id, 40, []);
  for (const d of [35, 25, 15, 5]) await check(app, id, ago(d), 5);
  for (const d of [30, 20, 10]) await kept(app, id, 'them', d);
  await incident(app, id, 2 / 24, ['reliability', 'care']);
  const v = await verdictsOf(app, 'Ria Chen', id);
  expect.soft(v.home.label).toMatch(/Declining$/);
  expect.soft(v.page.label).toMatch(/Declining$/);
  expect.soft(v.page.reason).toBe('Declining: a newer incident today touched reliability');
  expect.soft(v.home.reason).toBe(v.page.reason);
});
