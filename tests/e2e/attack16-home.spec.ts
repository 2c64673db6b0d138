import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { MendApp, MendOptions } from './harness/launch';
import { seedTrustStory } from '../support/trust-story';
import { localDay, localIso, addDays } from '../../src/core/logic/calendar';
import { access } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Attack 16: Home and what it says is due. The clock is fixed for the core (`now`) and for the page
 * (page.clock), in a zone 13 hours from UTC (December: Pacific/Auckland is UTC+13), so a day counted in
 * UTC instead of the leader's own day shows.
 */

// The leader lives far from UTC: the core (in this process, through TZ) and the page (its context's
// zone) agree on the local day, as they do in the app on one computer. Set for this file only: TZ left
// set moved the day of every later spec run by the same worker (a year-0202 date read 11:39 later).
const ZONE = 'Pacific/Auckland';
let zoneBefore: string | undefined;
test.beforeAll(() => {
  zoneBefore = process.env.TZ;
  process.env.TZ = ZONE;
});
test.afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

const DAY = 86_400_000;
const MIN = 60_000;
/** Local Auckland moments. */
// Every date here falls in New Zealand's summer time (UTC+13), from October to December 2026: worked out
// without TZ, which is set only while this file's tests run.
const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min) - 13 * 3_600_000);
/** 2026-12-10 23:59 in Auckland is 2026-12-10 10:59 UTC; 00:01 the next day is still 2026-12-10 in UTC. */
const LATE = local(2026, 12, 10, 23, 59);
const JUST_AFTER = local(2026, 12, 11, 0, 1);

async function ok<T = { id: string }>(app: MendApp, channel: string, input: unknown): Promise<T> {
  const r = await app.core.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.message}`);
  return r.value as T;
}

/** Opens Mend with both clocks at `at`, on Home. */
async function openAt(openMend: (o?: MendOptions) => Promise<MendApp>, at: Date, more: MendOptions = {}): Promise<MendApp> {
  const app = await openMend({ now: () => new Date(at.getTime()), timezoneId: ZONE, ...more });
  await app.page.clock.setFixedTime(at);
  await app.page.reload();
  return app;
}

async function restartAt(app: MendApp, at: Date): Promise<MendApp> {
  const again = await app.restart({ now: () => new Date(at.getTime()) });
  await again.page.clock.setFixedTime(at);
  await again.page.reload();
  return again;
}

const person = (app: MendApp, name: string, kind = 'direct-report') =>
  ok(app, 'relationships:create', { name, role: '', kind, started: null, notes: '' });

const incident = (app: MendApp, rel: string, at: Date, domains: string[] = ['reliability']) =>
  ok(app, 'incidents:create', {
    relationshipId: rel, title: 'The report was late', occurredAt: localIso(at), facts: 'It arrived on Friday.', impact: '',
    domains, causes: [{ cause: 'stretched-too-thin', confidence: 'medium' }],
    baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: 3, status: 'repairing',
  });

const check = (app: MendApp, rel: string, at: Date, focus = 4) =>
  ok(app, 'checks:create', {
    relationshipId: rel, at: localIso(at),
    ratings: { reliability: focus, competence: 5, sincerity: 6, care: 4, reliance: focus },
    evidence: 'The weekly update arrived.', interpretation: '', activation: 1, emotion: 'Calm', source: 'The week itself.', debriefId: null,
  });

const commitment = (app: MendApp, rel: string, owner: 'them' | 'me', text: string, dueAt: string | null) =>
  ok(app, 'commitments:create', { relationshipId: rel, owner, text, dueAt, debriefId: null });

const dueNow = (page: Page) => page.getByRole('region', { name: 'Due now' });
const soonList = (page: Page) => page.getByRole('list', { name: 'Commitments due soon' });
const card = (page: Page, name: string) => page.getByRole('list', { name: 'People' }).getByRole('listitem').filter({ hasText: name });

async function homeReady(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'People' }).getByRole('listitem').first()).toBeVisible();
}

/** A finished debrief held at `heldAt`: its follow-ups (1, 3, 6 weeks) are planned. */
async function conversationHeld(app: MendApp, rel: string, heldAt: Date): Promise<void> {
  const draft = await ok<Record<string, unknown> & { id: string }>(app, 'debriefs:start', { relationshipId: rel, preparationId: null, incidentId: null });
  const { id, preparationId: _p, incidentId: _i, status: _s, createdAt: _c, updatedAt: _u, ...fields } = draft;
  await ok(app, 'debriefs:save', { relationshipId: rel, id, ...fields, heldAt: localIso(heldAt),
    commitmentDrafts: [
      { key: 'them', owner: 'them', text: 'Flag a slipping deadline early.', dueAt: null },
      { key: 'me', owner: 'me', text: 'Keep stand-ups calm.', dueAt: null },
    ],
  });
  await ok(app, 'debriefs:finish', { relationshipId: rel, id });
}

test('the page and the core live in the same far-from-UTC zone (premise of the tests below)', async ({ openMend }) => {
  const app = await openAt(openMend, LATE);
  expect(await app.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Pacific/Auckland');
  expect(await app.page.evaluate(() => new Date().getDate())).toBe(10);
  expect(localDay(LATE)).toBe('2026-12-10');
  expect(LATE.toISOString().slice(0, 10)).toBe('2026-12-10');
  expect(JUST_AFTER.toISOString().slice(0, 10)).toBe('2026-12-10');
});

test('a commitment due today reads "due today" at 23:59 and "1 day past its date" at 00:01; tomorrow\'s moves into Due now', async ({ openMend }) => {
  let app = await openAt(openMend, LATE);
  const sam = await person(app, 'Sam Rivera');
  await commitment(app, sam.id, 'them', 'Send the status note.', '2026-12-10');
  await commitment(app, sam.id, 'me', 'Book the skills session.', '2026-12-11');
  await app.page.reload();
  await homeReady(app.page);
  await expect(dueNow(app.page).getByRole('listitem')).toHaveText([/Send the status note\..*due today/]);
  await expect(soonList(app.page).getByRole('listitem')).toHaveText([/Book the skills session\..*due tomorrow/]);

  app = await restartAt(app, JUST_AFTER);
  await homeReady(app.page);
  await expect.soft(dueNow(app.page).getByRole('listitem')).toHaveText([
    /Send the status note\..*1 day past its date/,
    /Book the skills session\..*due today/,
  ]);
  await expect.soft(soonList(app.page)).toHaveCount(0);
  // Each item once on the whole screen.
  for (const text of ['Send the status note.', 'Book the skills session.']) {
    await expect.soft(app.page.locator('main').getByText(text, { exact: true })).toHaveCount(1);
  }
});

test('trust check reminders: none at 6 days, "due" at 7, "overdue" at 21, once in Due now and on the card', async ({ openMend }) => {
  const start = local(2026, 11, 1, 10, 0);
  let app = await openAt(openMend, start);
  const kim = await person(app, 'Kim Okafor');
  await incident(app, kim.id, local(2026, 10, 20, 9, 0));
  await check(app, kim.id, start);

  app = await restartAt(app, new Date(start.getTime() + 6 * DAY + 60 * MIN));
  await homeReady(app.page);
  await expect.soft(dueNow(app.page)).toHaveCount(0);
  await expect.soft(card(app.page, 'Kim Okafor').locator('.home-nudge')).toHaveCount(0);

  app = await restartAt(app, new Date(start.getTime() + 7 * DAY + 60 * MIN));
  await homeReady(app.page);
  await expect.soft(dueNow(app.page).getByRole('listitem')).toHaveText([/Time for a trust check.*With Kim Okafor: no check for 7 days.*Take a trust check/]);
  await expect.soft(card(app.page, 'Kim Okafor').locator('.home-nudge')).toHaveText(/A trust check is due\./);

  app = await restartAt(app, new Date(start.getTime() + 21 * DAY + 60 * MIN));
  await homeReady(app.page);
  await expect.soft(dueNow(app.page).getByRole('listitem')).toHaveText([/A trust check is overdue.*no check for 21 days/]);
  await expect.soft(card(app.page, 'Kim Okafor').locator('.home-nudge')).toHaveText(/No trust check for 21 days\./);
});

test('a conversation planned for 23:59 is coming up at 23:58 and waits for its debrief at 00:01, never in both places', async ({ openMend }) => {
  let app = await openAt(openMend, new Date(LATE.getTime() - MIN));
  const ana = await person(app, 'Ana Silva', 'peer');
  await ok(app, 'preparations:start', { relationshipId: ana.id, incidentId: null, plannedAt: localIso(LATE) });
  await app.page.reload();
  await homeReady(app.page);
  await expect.soft(dueNow(app.page)).toHaveCount(0);
  await expect.soft(app.page.getByRole('list', { name: 'Planned conversations' }).getByRole('listitem')).toHaveText([/With Ana Silva.*plan in draft.*Open the plan/]);

  app = await restartAt(app, JUST_AFTER);
  await homeReady(app.page);
  await expect.soft(dueNow(app.page).getByRole('listitem')).toHaveText([/Your conversation with Ana Silva.*Debrief it/]);
  await expect.soft(app.page.getByRole('list', { name: 'Planned conversations' })).toHaveCount(0);
});

test('kept verdicts after a restart the next day, and after the clock is put back, say the same as the person page', async ({ openMend }) => {
  const now = local(2026, 12, 10, 22, 30);
  let app = await openAt(openMend, now);
  const story = await seedTrustStory((c, i) => app.core.call(c, i), now);
  await app.page.reload();
  await homeReady(app.page);
  await expect(card(app.page, 'Ana Silva').locator('.home-reason')).toHaveText(/^Declining: a newer incident 9 days ago/);
  // Let the rows be kept for the next start.
  await expect.poll(() => access(join(app.dataDir, 'devices')).then(() => true, () => false)).toBe(true);
  await app.page.waitForTimeout(500);

  const compare = async (a: MendApp, label: string) => {
    await homeReady(a.page);
    for (const [name, id] of [['Sam Rivera', story.sam], ['Ana Silva', story.ana], ['Kim Okafor', story.kim]] as const) {
      await a.page.goto(`${a.page.url().split('#')[0]}#/`);
      await homeReady(a.page);
      const homeBadge = (await card(a.page, name).locator('.verdict-badge').textContent())?.trim();
      const homeReason = (await card(a.page, name).locator('.home-reason').textContent())?.trim();
      await a.page.goto(`${a.page.url().split('#')[0]}#/r/${id}`);
      const section = a.page.getByRole('region', { name: 'Is trust coming back?' });
      await expect(section.locator('.verdict-badge')).toBeVisible();
      expect.soft((await section.locator('.verdict-badge').textContent())?.trim(), `${label}: ${name}'s badge`).toBe(homeBadge);
      expect.soft((await section.locator('.verdict-reason').textContent())?.trim(), `${label}: ${name}'s reason`).toBe(homeReason);
    }
  };

  // Two hours later: past midnight, a new day.
  app = await restartAt(app, new Date(now.getTime() + 2 * 3_600_000));
  await homeReady(app.page);
  await expect.soft(card(app.page, 'Ana Silva').locator('.home-reason')).toHaveText(/^Declining: a newer incident 9 days ago/);
  await compare(app, 'after midnight');

  // A day and a half later.
  app = await restartAt(app, new Date(now.getTime() + 1.5 * DAY));
  await homeReady(app.page);
  await expect.soft(card(app.page, 'Ana Silva').locator('.home-reason')).toHaveText(/^Declining: a newer incident 10 days ago/);
  await compare(app, 'a day and a half later');

  // The clock put back two days: the row kept from later must not be shown.
  app = await restartAt(app, new Date(now.getTime() - 2 * DAY));
  await homeReady(app.page);
  await expect.soft(card(app.page, 'Ana Silva').locator('.home-reason')).toHaveText(/^Declining: a newer incident 7 days ago/);
  await compare(app, 'clock put back');
});

test('an archived person\'s commitments, conversation, follow-ups and check reminder leave Home, and come back with them', async ({ openMend }) => {
  const now = local(2026, 12, 10, 12, 0);
  const held = new Date(now.getTime() - 8 * DAY);
  const before = await openAt(openMend, held);
  const lee = await person(before, 'Lee Chen');
  await conversationHeld(before, lee.id, held);
  const app = await restartAt(before, now);
  const { page } = app;
  const ana = await person(app, 'Ana Silva', 'peer');
  await incident(app, lee.id, new Date(now.getTime() - 40 * DAY));
  await commitment(app, lee.id, 'them', 'Lee sends the plan.', '2026-12-09');
  await commitment(app, lee.id, 'me', 'I review the plan.', '2026-12-13');
  await ok(app, 'preparations:start', { relationshipId: lee.id, incidentId: null, plannedAt: localIso(new Date(now.getTime() - 3_600_000)) });
  await ok(app, 'preparations:start', { relationshipId: lee.id, incidentId: null, plannedAt: localIso(new Date(now.getTime() + 2 * DAY)) });
  await commitment(app, ana.id, 'them', 'Ana shares the deck.', '2026-12-10');
  await page.reload();
  await homeReady(page);
  await expect(page.locator('main')).toContainText('Lee sends the plan.');
  await expect(dueNow(page)).toContainText('Lee Chen');
  await expect(dueNow(page).getByRole('button', { name: 'Done' })).toHaveCount(1);

  await ok(app, 'relationships:archive', { id: lee.id, archived: true });
  await page.reload();
  await homeReady(page);
  await expect.soft(dueNow(page).getByRole('listitem')).toHaveText([/Ana shares the deck\..*due today/]);
  const above = page.locator('main section.page > :not(.home-people):not(.cards)');
  for (const text of ['Lee sends the plan.', 'I review the plan.', 'Lee Chen']) {
    await expect.soft(dueNow(page)).not.toContainText(text);
    await expect.soft(page.getByRole('region', { name: 'Coming up' })).toHaveCount(0);
  }
  await expect.soft(above.filter({ hasText: 'Lee Chen' })).toHaveCount(0);
  await expect.soft(card(page, 'Lee Chen')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show archived (1)' }).click();
  const archivedCard = page.getByRole('list', { name: 'Archived people' }).getByRole('listitem').filter({ hasText: 'Lee Chen' });
  await expect.soft(archivedCard).toContainText('Archived');
  await expect.soft(archivedCard.locator('.home-nudge')).toHaveCount(0);

  await ok(app, 'relationships:archive', { id: lee.id, archived: false });
  await page.reload();
  await homeReady(page);
  await expect.soft(dueNow(page)).toContainText('Lee sends the plan.');
  await expect.soft(dueNow(page)).toContainText('Your conversation with Lee Chen');
  await expect.soft(soonList(page)).toContainText('I review the plan.');
  await expect.soft(dueNow(page).getByRole('button', { name: 'Done' })).toHaveCount(1);
});

test('34 people with items: Due now counts each once, oldest date first, "Show all" shows the rest, nothing twice', async ({ openMend }) => {
  const now = local(2026, 12, 10, 12, 0);
  const app = await openAt(openMend, now);
  const { page } = app;
  const texts: { text: string; due: string }[] = [];
  for (let n = 0; n < 34; n++) {
    const p = await person(app, `Person ${String(n).padStart(2, '0')}`);
    const due = addDays('2026-12-10', (n % 12) - 4);
    const text = `Item ${n} for the week.`;
    await commitment(app, p.id, n % 2 ? 'me' : 'them', text, due);
    texts.push({ text, due });
  }
  await page.reload();
  await homeReady(page);
  const dueCount = texts.filter((t) => t.due <= '2026-12-10').length;
  const soonCount = texts.filter((t) => t.due > '2026-12-10' && t.due <= '2026-12-17').length;
  const region = dueNow(page);
  await expect(region.getByRole('listitem')).toHaveCount(6);
  await region.getByRole('button', { name: `Show all ${dueCount}` }).click();
  await expect(region.getByRole('listitem')).toHaveCount(dueCount);
  await expect.soft(soonList(page).getByRole('listitem')).toHaveCount(soonCount);
  const shown = await region.getByRole('listitem').allTextContents();
  const lateness = shown.map((s) => (/(\d+) days? past its date/.exec(s)?.[1] ? Number(/(\d+) days? past/.exec(s)![1]) : 0));
  expect.soft(lateness, 'oldest first').toEqual([...lateness].sort((a, b) => b - a));
  const mainText = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  for (const { text, due } of texts) {
    const expected = due <= '2026-12-17' ? 1 : 0;
    expect.soft(mainText.split(text).length - 1, text).toBe(expected);
  }
  await expect.soft(page.getByRole('list', { name: 'People' }).getByRole('listitem').first()).toHaveAttribute('aria-setsize', '34');
});

test('by keyboard alone: mark a commitment kept from Due now; Home updates at once and focus goes to the next one due', async ({ openMend }) => {
  const now = local(2026, 12, 10, 12, 0);
  const app = await openAt(openMend, now);
  const { page } = app;
  const sam = await person(app, 'Sam Rivera');
  await commitment(app, sam.id, 'them', 'Send the status note.', '2026-12-08');
  await commitment(app, sam.id, 'me', 'Book the skills session.', '2026-12-10');
  await page.reload();
  await homeReady(page);
  const first = dueNow(page).getByRole('button', { name: 'Mark how it went' }).first();
  await expect(first).toBeVisible();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await first.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'How did it go?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Send the status note.');
  // The first outcome choice by Tab, then arrows to "Kept".
  await page.keyboard.press('Tab');
  let label = '';
  for (let i = 0; i < 8; i++) {
    label = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('label')?.textContent?.trim() ?? '');
    if (label) break;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 6 && label !== 'Kept'; i++) {
    await page.keyboard.press('ArrowRight');
    label = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('label')?.textContent?.trim() ?? '');
  }
  expect(label).toBe('Kept');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Marked as kept.')).toBeVisible();
  await expect.soft(dueNow(page).getByRole('listitem')).toHaveText([/Book the skills session\..*due today/]);
  await expect.soft(dueNow(page).getByRole('button', { name: 'Mark how it went' })).toBeFocused();
  const journal = await ok<{ commitments: { text: string; status: string }[] }>(app, 'journals:get', { relationshipId: sam.id });
  expect.soft(journal.commitments.find((c) => c.text === 'Send the status note.')?.status).toBe('kept');
});

test('a follow-up marked done from Due now leaves it at once and is not also under the follow-ups list', async ({ openMend }) => {
  const now = local(2026, 12, 10, 12, 0);
  // The conversation was debriefed the day it was held, 8 days ago; its 1-week follow-up is now waiting.
  const held = new Date(now.getTime() - 8 * DAY);
  const before = await openAt(openMend, held);
  const lee = await person(before, 'Lee Chen');
  await conversationHeld(before, lee.id, held);
  const app = await restartAt(before, now);
  const { page } = app;
  await homeReady(page);
  const row = dueNow(page).getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Lee Chen');
  // Once: the due follow-up is not also listed with the later ones.
  await expect.soft(page.locator('main').getByText(/1 week after your conversation/)).toHaveCount(1);
  await row.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('Marked done.')).toBeVisible();
  await expect.soft(dueNow(page)).toHaveCount(0);
  await expect.soft(page.locator('main').getByText(/1 week after your conversation/)).toHaveCount(0);
  // No check reminder appears in its place: the follow-ups still govern.
  await expect.soft(card(page, 'Lee Chen').locator('.home-nudge')).toHaveCount(0);
});

test('verdicts for people with no checks, one check, or only old checks are warm, concrete and never judge them', async ({ openMend }) => {
  const now = local(2026, 12, 10, 12, 0);
  const app = await openAt(openMend, now);
  const { page } = app;
  const none = await person(app, 'Nora None');
  await person(app, 'Quinn Quiet');
  const one = await person(app, 'Omar One');
  const old = await person(app, 'Olga Old', 'peer');
  await incident(app, none.id, new Date(now.getTime() - 5 * DAY));
  await incident(app, one.id, new Date(now.getTime() - 5 * DAY));
  await check(app, one.id, new Date(now.getTime() - 2 * DAY), 3);
  for (const days of [400, 380, 360]) await check(app, old.id, new Date(now.getTime() - days * DAY), 5);
  await page.reload();
  await homeReady(page);
  const judging = /\b(unreliable|lazy|careless|bad|fail(s|ed|ing)?|untrustworthy|dishonest|incompetent|blame)\b/i;
  for (const name of ['Nora None', 'Quinn Quiet', 'Omar One', 'Olga Old']) {
    const c = card(page, name);
    const badge = (await c.locator('.verdict-badge').textContent())?.trim() ?? '';
    const reason = (await c.locator('.home-reason').textContent())?.trim() ?? '';
    expect.soft(badge, `${name}: badge`).not.toBe('');
    expect.soft(reason.length, `${name}: a reason`).toBeGreaterThan(10);
    expect.soft(reason, `${name}: never judging`).not.toMatch(judging);
    expect.soft(reason, `${name}: no NaN/undefined`).not.toMatch(/NaN|undefined|null|Infinity/);
  }
  // Under repair, with nothing yet: not a judgement, too early.
  await expect.soft(card(page, 'Nora None').locator('.verdict-badge')).toHaveText(/Too early to tell/);
  await expect.soft(card(page, 'Omar One').locator('.verdict-badge')).toHaveText(/Too early to tell/);
  // Checks only a year ago: Home must not present a year-old level as where trust stands now without saying so.
  const oldReason = (await card(page, 'Olga Old').locator('.home-reason').textContent()) ?? '';
  const oldWhy = (await card(page, 'Olga Old').locator('details.verdict-why p').textContent()) ?? '';
  expect.soft(`${oldReason} ${oldWhy}`, 'says the checks are old').toMatch(/no (calm |recent )?checks? in the last|ago|months|year|since/i);
  await expect.soft(page.locator('.home-perception')).toHaveCount(1);
});

test('dark mode at 480 px: verdict badges and due rows are readable (contrast ≥ 4.5:1) and nothing runs off the side', async ({ openMend }, testInfo) => {
  const now = local(2026, 12, 10, 12, 0);
  const app = await openAt(openMend, now, { colorScheme: 'dark' });
  const { page } = app;
  const story = await seedTrustStory((c, i) => app.core.call(c, i), now);
  expect(story.sam).toBeTruthy();
  await page.setViewportSize({ width: 480, height: 900 });
  await page.reload();
  await homeReady(page);
  await page.screenshot({ path: testInfo.outputPath('home-dark-480.png'), fullPage: true });
  const worst = await page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const bgOf = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length >= 3 && (c[3] === undefined || c[3] > 0.5)) return c;
      }
      return [255, 255, 255];
    };
    const out: { text: string; ratio: number }[] = [];
    for (const el of document.querySelectorAll('.verdict-badge, .home-reason, .home-nudge, .home-reminders .muted, .home-reminders strong')) {
      const fg = lum(rgb(getComputedStyle(el).color));
      const bg = lum(bgOf(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      out.push({ text: (el.textContent ?? '').trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100 });
    }
    return { low: out.filter((o) => o.ratio < 4.5), count: out.length, scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth };
  });
  expect(worst.count).toBeGreaterThan(5);
  expect.soft(worst.low, 'text below 4.5:1 in dark mode').toEqual([]);
  expect.soft(worst.scroll, 'no sideways scroll at 480 px').toBeLessThanOrEqual(worst.width);
});
