import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { appUrl, ok, openOtherComputer } from './two-computers';
import { callOk } from '../support/typed-call';
import { localDay } from '../../src/core/logic/calendar';
import { TrustSection } from './pages/trust-pages';
import { RelationshipPage } from './pages/relationship-pages';

/**
 * Attack: the first run's example person (always marked, never counted, never saved, never back unasked),
 * Home's "no check for a long time" and "planned conversations" lists, and the trust chart on a person's
 * page (hot checks hollow, focus strong, outcomes and incidents marked, edits and Undo, same day, one
 * check, its words matching the picture, narrow and dark).
 */

const DAY = 86_400_000;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
const day = (days: number) => localDay(new Date(now.getTime() - days * DAY));
const person = (name: string) => ({ name, role: '', kind: 'direct-report' as const, started: null, notes: '' });
const incident = (relationshipId: string, daysAgo: number, title = 'The Acme report was late', status: 'open' | 'repairing' | 'closed' = 'repairing') => ({
  relationshipId, title, occurredAt: ago(daysAgo), facts: 'It came on Monday.', impact: '', domains: ['reliability' as const],
  causes: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: 3, status,
});
const check = (relationshipId: string, at: string, reliability: number, hot = false) => ({
  relationshipId, at, ratings: { reliability, competence: 5, sincerity: 6, care: 5, reliance: reliability },
  evidence: 'The update arrived.', interpretation: '', activation: (hot ? 3 : 1) as 0 | 1 | 2 | 3, emotion: hot ? 'Angry' : 'Calm', source: hot ? '' : 'The week itself.', debriefId: null,
});
const openAt = async (app: MendApp, path: string) => {
  await app.page.goto(appUrl(path));
  await app.page.reload();
};
const sidebar = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
const chart = (page: Page) => new TrustSection(page).chart();

// ---------------------------------------------------------------- the example

test('the example is marked as made up, and a shortcut pressed on it writes nothing anywhere', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await page.getByRole('link', { name: 'Explore an example' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan (example)' })).toBeVisible();
  await expect.soft(page.getByRole('note')).toContainText('Made up');
  await expect.soft(page.locator('.eyebrow')).toContainText('An example');
  await expect(chart(page)).toBeVisible();
  // The leader tries to write into it: a trust check, an incident, by shortcut.
  for (const key of ['Control+Shift+T', 'Control+Shift+L', 'Control+Shift+P']) {
    await page.keyboard.press(key);
    await page.keyboard.press('Escape');
  }
  // Whatever opened, it must not be a form that writes for "Jordan (example)".
  await expect(page.getByText('Jordan (example)').and(page.getByRole('combobox'))).toHaveCount(0);
  expect(await ok(app, 'relationships:list', { includeArchived: true })).toEqual([]);
  // The example's Timeline offers nothing to open or change, and it has no "Take a trust check" link.
  await expect(page.getByRole('link', { name: 'Take a trust check' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Remove|Edit|Delete/ })).toHaveCount(0);
});

test('after visiting the example, search, palette, Commitments, Insights and export know nothing of it', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await page.getByRole('link', { name: 'Explore an example' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan (example)' })).toBeVisible();
  // Search (the core) finds nothing from the example.
  for (const q of ['Jordan', 'client report', 'skills session']) {
    const found = await ok(app, 'search:query', { query: q });
    expect.soft(JSON.stringify(found), `search "${q}"`).not.toContain('Jordan');
    expect.soft(JSON.stringify(found), `search "${q}"`).not.toContain('example-');
  }
  // The palette offers no person "Jordan".
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').fill('Jordan');
  await expect.soft(page.getByRole('option', { name: /Jordan/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  // Commitments: the example's open commitment ("Book a skills session") is not there.
  await sidebar(page, 'Commitments');
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
  await expect.soft(page.getByText('Book a skills session on estimates.')).toHaveCount(0);
  // Insights: no checks, no keeping rate, no guesses.
  await sidebar(page, 'Insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect.soft(page.getByText('No trust checks yet.')).toBeVisible();
  await expect.soft(page.getByRole('meter')).toHaveCount(2);
  await expect.soft(page.getByRole('meter', { name: /^(You|Them): Nothing resolved yet$/ })).toHaveCount(2);
  await expect.soft(page.getByText(/stretched too thin/i)).toHaveCount(0);
  const insights = await ok(app, 'insights:get', {});
  expect.soft(JSON.stringify(insights)).not.toMatch(/Jordan|example-/);
  // Export and backup.
  const exported = await app.core.call('exports:markdown', {});
  expect.soft(JSON.stringify(exported)).not.toMatch(/Jordan|client report went out/);
});

test('once a person exists Home no longer offers the example, and it does not come back after a restart', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await page.getByRole('link', { name: 'Explore an example' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan (example)' })).toBeVisible();
  await page.getByRole('link', { name: 'Add your first person' }).click();
  await page.getByLabel('Name', { exact: false }).first().fill('Sam Rivera');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await sidebar(page, 'Home');
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await expect.soft(page.getByRole('link', { name: 'Explore an example' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'People' }).getByRole('listitem')).toHaveText([/Sam Rivera/]);
  const again = await app.restart({ path: '/' });
  await expect(again.page.getByRole('list', { name: 'People' }).getByRole('listitem')).toHaveText([/Sam Rivera/]);
  await expect.soft(again.page.getByText(/Jordan/)).toHaveCount(0);
  expect((await ok(again, 'relationships:list', { includeArchived: true })).map((p) => p.name)).toEqual(['Sam Rivera']);
});

test('on a second computer sharing the folder, the example never appears as a person, and a person added there replaces the first run', async ({ openMend }) => {
  const app = await openMend({ watchEveryMs: 200 });
  const { page } = app;
  await page.getByRole('link', { name: 'Explore an example' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan (example)' })).toBeVisible();
  const other = await openOtherComputer(app.dataDir);
  expect(await callOk(other)('relationships:list', { includeArchived: true })).toEqual([]);
  await callOk(other)('relationships:create', person('Ana Silva'));
  await sidebar(page, 'Home');
  await expect(page.getByRole('list', { name: 'People' }).getByRole('listitem')).toHaveText([/Ana Silva/], { timeout: 5000 });
  await expect.soft(page.getByRole('link', { name: 'Explore an example' })).toHaveCount(0);
  expect((await callOk(other)('relationships:list', { includeArchived: true })).map((p) => p.name)).toEqual(['Ana Silva']);
});

test("the example's chart says in words what it draws: 6 calm checks and 1 hot one, hollow", async ({ openMend }) => {
  const app = await openMend({ path: '/example' });
  const { page } = app;
  await expect(chart(page)).toBeVisible();
  await expect.soft(chart(page)).toHaveAttribute('aria-label', /6 calm checks and 1 hot one, left out of the trend/);
  await expect.soft(chart(page)).toHaveAttribute('aria-label', /Their commitments: 3 kept and 1 renegotiated early\. Yours: 1 kept\./);
  await expect.soft(chart(page)).toHaveAttribute('aria-label', /1 incident is marked/);
  // One hollow dot per item for the one hot check.
  await expect.soft(chart(page).locator('circle.tc-point.hot')).toHaveCount(5);
  await expect.soft(chart(page).locator('.tc-incident')).toHaveCount(1);
  await expect.soft(chart(page).locator('.tc-mark')).toHaveCount(5);
  const label = await chart(page).getAttribute('aria-label');
  await expect(page.locator('figcaption.tc-summary')).toHaveText(label!.replace(/^Trust over time\. /, ''));
});

// ---------------------------------------------------------------- Home's lists

test('Home: "no trust check for N days" starts at 21 days, "due" from 7, none before; archived and closed people are not nudged', async ({ openMend }) => {
  const app = await openMend();
  const cases: Array<[string, number, RegExp | null]> = [
    ['Ana 21 days', 21, /No trust check for 21 days\./],
    ['Ben 20 days', 20, /A trust check is due\./],
    ['Cai 7 days', 7, /A trust check is due\./],
    ['Dee 6 days', 6, null],
  ];
  for (const [name, days] of cases) {
    const { id } = await ok(app, 'relationships:create', person(name));
    await ok(app, 'incidents:create', incident(id, days));
  }
  const archived = await ok(app, 'relationships:create', person('Eve archived'));
  await ok(app, 'incidents:create', incident(archived.id, 40));
  await ok(app, 'relationships:archive', { id: archived.id, archived: true });
  const closed = await ok(app, 'relationships:create', person('Fay closed'));
  await ok(app, 'incidents:create', incident(closed.id, 40, 'Old story', 'closed'));
  // A check 30 days ago then an incident 3 days ago: only 3 days since the repair began.
  const fresh = await ok(app, 'relationships:create', person('Gus fresh incident'));
  await ok(app, 'checks:create', check(fresh.id, ago(30), 5));
  await ok(app, 'incidents:create', incident(fresh.id, 3));
  const { page } = app;
  await page.reload();
  const card = (name: string) => page.getByRole('list', { name: 'People' }).getByRole('listitem').filter({ hasText: name });
  for (const [name, , nudge] of cases) {
    if (nudge) await expect.soft(card(name).locator('.home-nudge'), name).toHaveText(new RegExp(`${nudge.source}\\s*Take a trust check`));
    else await expect.soft(card(name).locator('.home-nudge'), name).toHaveCount(0);
  }
  await expect.soft(card('Fay closed').locator('.home-nudge')).toHaveCount(0);
  await expect.soft(card('Gus fresh incident').locator('.home-nudge')).toHaveCount(0);
  await expect.soft(page.getByRole('region', { name: 'Due now' })).not.toContainText('Eve archived');
  await expect.soft(page.getByRole('region', { name: 'Due now' })).not.toContainText('Fay closed');
});

test('Home: planned conversations in time order, none for an archived person; removed then Undone, the plan is back and opens', async ({ openMend }) => {
  const app = await openMend();
  const people: Record<string, string> = {};
  for (const [name, inDays] of [['Sam Rivera', 3], ['Ana Silva', 1], ['Kim Okafor', 5]] as const) {
    const { id } = await ok(app, 'relationships:create', person(name));
    people[name] = id;
    const inc = await ok(app, 'incidents:create', incident(id, 10));
    await ok(app, 'preparations:start', { relationshipId: id, incidentId: inc.id, plannedAt: ago(-inDays) });
  }
  await ok(app, 'relationships:archive', { id: people['Kim Okafor']!, archived: true });
  const { page } = app;
  await page.reload();
  const planned = page.getByRole('list', { name: 'Planned conversations' });
  await expect(planned.getByRole('listitem')).toHaveText([/With Ana Silva/, /With Sam Rivera/]);
  await openAt(app, `/r/${people['Sam Rivera']}`);
  await new RelationshipPage(page).delete();
  await expect.soft(planned.getByRole('listitem')).toHaveText([/With Ana Silva/]);
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await sidebar(page, 'Home');
  await expect(planned.getByRole('listitem')).toHaveText([/With Ana Silva/, /With Sam Rivera/]);
  await planned.getByRole('listitem').filter({ hasText: 'Sam Rivera' }).getByRole('link', { name: 'Open the plan' }).click();
  await expect(page.getByText('This journal is not available')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/not available|not found|no longer/i)).toHaveCount(0);
});

test('Home with 60 people: every overdue nudge and planned conversation is listed, once each', async ({ openMend }) => {
  test.setTimeout(60_000);
  const app = await openMend();
  for (let i = 0; i < 60; i++) {
    const { id } = await ok(app, 'relationships:create', person(`Person ${String(i).padStart(2, '0')}`));
    const inc = await ok(app, 'incidents:create', incident(id, 30));
    if (i % 10 === 0) await ok(app, 'preparations:start', { relationshipId: id, incidentId: inc.id, plannedAt: ago(-1 - i / 10) });
  }
  const { page } = app;
  await page.reload();
  const planned = page.getByRole('list', { name: 'Planned conversations' });
  await expect(planned.getByRole('listitem')).toHaveText(['00', '10', '20', '30', '40', '50'].map((n) => new RegExp(`With Person ${n}`)));
  const due = page.getByRole('region', { name: 'Due now' });
  await expect(due).toBeVisible();
  // The check reminders: each person at most once; "Show all" reveals the rest.
  const more = due.getByRole('button', { name: /^Show all \d+$/ });
  if (await more.count()) await more.click();
  const texts = await due.getByRole('listitem').allInnerTexts();
  const names = texts.flatMap((t) => t.match(/Person \d\d/g) ?? []);
  expect.soft(new Set(names).size, 'each person once').toBe(names.length);
  expect.soft(names.length, 'all 60 overdue checks listed').toBe(60);
});

// ---------------------------------------------------------------- the trust chart

async function chartPerson(app: MendApp) {
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  const inc = await ok(app, 'incidents:create', incident(id, 40));
  await ok(app, 'incidents:create', { ...incident(id, 50, 'An older, closed story', 'closed'), domains: ['care' as const] });
  for (const [days, r] of [[35, 3], [28, 3], [21, 4], [14, 4], [7, 5]] as const) await ok(app, 'checks:create', check(id, ago(days), r));
  await ok(app, 'checks:create', check(id, ago(18), 2, true));
  const outcomes = [['them', 'kept', 30], ['them', 'late', 25], ['me', 'missed', 20], ['me', 'renegotiated', 10]] as const;
  for (const [owner, status, d] of outcomes) {
    const c = await ok(app, 'commitments:create', { relationshipId: id, owner, text: `A ${status} one`, dueAt: day(d), debriefId: null });
    await ok(app, 'commitments:resolve', { relationshipId: id, id: c.id, status, note: '', resolvedAt: ago(d) });
  }
  return { id, incidentId: inc.id };
}

test('the chart: hot checks hollow, focus items strong and others faint, four outcome shapes, both incidents marked, the focus one stronger', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await chartPerson(app);
  await openAt(app, `/r/${id}`);
  const { page } = app;
  const c = chart(page);
  await expect(c).toBeVisible();
  await expect.soft(c.locator('circle.tc-point.hot')).toHaveCount(5);
  // Hollow: filled with the figure's own background, outlined in the line's colour.
  const hollow = await c.locator('circle.tc-point.hot').first().evaluate((el) => {
    const s = getComputedStyle(el);
    let bg = 'rgba(0, 0, 0, 0)';
    for (let n: Element | null = el.closest('figure'); n && bg === 'rgba(0, 0, 0, 0)'; n = n.parentElement) bg = getComputedStyle(n).backgroundColor;
    return { fill: s.fill, stroke: s.stroke, bg };
  });
  expect.soft(hollow.fill, 'hot dot filled like the background').toBe(hollow.bg);
  expect.soft(hollow.stroke).not.toBe(hollow.fill);
  await expect.soft(c.locator('.tc-series.strong')).toHaveCount(2);
  await expect.soft(c.locator('.tc-series.faint')).toHaveCount(3);
  await expect.soft(c.locator('.tc-series.item-reliability')).toHaveClass(/strong/);
  for (const status of ['kept', 'late', 'missed', 'renegotiated']) await expect.soft(c.locator(`.tc-mark.${status}`), status).toHaveCount(1);
  await expect.soft(c.locator('.tc-incident')).toHaveCount(2);
  await expect.soft(c.locator('.tc-incident.focus')).toHaveCount(1);
  await expect.soft(c).toHaveAttribute('aria-label', /5 calm checks and 1 hot one, left out of the trend\./);
  await expect.soft(c).toHaveAttribute('aria-label', /Reliability and reliance, the items in focus, went from 3\.0 to 5\.0\./);
  await expect.soft(c).toHaveAttribute('aria-label', /Their commitments: 1 kept and 1 late\. Yours: 1 renegotiated early and 1 missed\./);
  await expect.soft(c).toHaveAttribute('aria-label', /2 incidents are marked\./);
  // The table says the same.
  const rows = await new TrustSection(page).showTable();
  await expect.soft(rows).toHaveCount(6);
  await expect.soft(rows.filter({ hasText: 'Hot (left out)' })).toHaveCount(1);
});

test('the chart in words says the same as the picture: every sentence matches what is drawn', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await chartPerson(app);
  await openAt(app, `/r/${id}`);
  const { page } = app;
  const c = chart(page);
  await expect(c).toBeVisible();
  const label = (await c.getAttribute('aria-label'))!;
  const calm = Number(/(\d+) calm checks?/.exec(label)?.[1]);
  const hot = Number(/(\d+) hot ones?/.exec(label)?.[1] ?? 0);
  const reliability = c.locator('.tc-series.item-reliability circle.tc-point');
  expect.soft(await reliability.count(), 'dots drawn for reliability = checks in words').toBe(calm + hot);
  expect.soft(await c.locator('.tc-series.item-reliability circle.tc-point.hot').count()).toBe(hot);
  const incidents = Number(/(\d+) incidents? (?:is|are) marked/.exec(label)?.[1] ?? 0);
  expect.soft(await c.locator('.tc-incident').count()).toBe(incidents);
  const marks = [...label.matchAll(/(\d+) (kept|late|missed|renegotiated early)/g)].reduce((n, m) => n + Number(m[1]), 0);
  expect.soft(await c.locator('.tc-mark').count(), 'outcome marks drawn = outcomes in words').toBe(marks);
  // "Since <day>": not after the first check drawn (35 days ago).
  const since = /^Trust over time\. Since ([^:]+):/.exec(label)?.[1];
  expect.soft(Date.parse(since ?? '')).toBeLessThanOrEqual(Date.parse(ago(35)));
  await expect.soft(page.locator('figcaption.tc-summary')).toHaveText(label.replace(/^Trust over time\. /, ''));
});

test('a check moved to another day, then removed and Undone: chart, words and table follow each step, and after a restart', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'incidents:create', incident(id, 40));
  const first = await ok(app, 'checks:create', check(id, ago(30), 3));
  await ok(app, 'checks:create', check(id, ago(20), 4));
  const last = await ok(app, 'checks:create', check(id, ago(5), 6));
  // The last check corrected to an earlier day (before the second).
  const { relationshipId: _r, ...moved } = { ...check(id, ago(25), 6) };
  await ok(app, 'checks:update', { relationshipId: id, id: last.id, ...moved });
  await openAt(app, `/r/${id}`);
  const { page } = app;
  const c = chart(page);
  await expect(c).toHaveAttribute('aria-label', /3 calm checks/);
  // In time order now: 3 (30 days ago), 6 (25 days ago), 4 (20 days ago).
  await expect.soft(c).toHaveAttribute('aria-label', /went from 3\.0 to 4\.0/);
  const xs = await c.locator('.tc-series.item-reliability circle.tc-point').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('cx')), Number(e.getAttribute('cy'))]));
  expect.soft(xs.map((p) => p[0]), 'dots left to right').toEqual([...xs.map((p) => p[0])].sort((a, b) => (a ?? 0) - (b ?? 0)));
  // Remove the first check from the timeline, then Undo.
  const entry = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ has: page.locator('summary', { hasText: 'Reliability 3' }) });
  await entry.locator('summary').click();
  await entry.getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect.soft(c).toHaveAttribute('aria-label', /2 calm checks/);
  await expect.soft(c).toHaveAttribute('aria-label', /went from 6\.0 to 4\.0/);
  await page.getByRole('status').filter({ hasText: 'Trust check removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(c).toHaveAttribute('aria-label', /3 calm checks/);
  await expect.soft(c).toHaveAttribute('aria-label', /went from 3\.0 to 4\.0/);
  await expect.soft(c.locator('.tc-series.item-reliability circle.tc-point')).toHaveCount(3);
  const again = await app.restart({ path: `/r/${id}` });
  await expect(chart(again.page)).toHaveAttribute('aria-label', /3 calm checks/);
  const ids = (await ok(again, 'journals:get', { relationshipId: id })).checks.map((k) => k.id);
  expect(ids).toHaveLength(3);
  expect(ids).toContain(last.id);
  void first;
});

test('two checks on the same day: both in the table and the words, both drawn, no trend from one day alone', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'incidents:create', incident(id, 20));
  const base = new Date(now.getTime() - 5 * DAY);
  base.setHours(9, 0, 0, 0);
  await ok(app, 'checks:create', check(id, base.toISOString(), 3));
  base.setHours(17, 0, 0, 0);
  await ok(app, 'checks:create', check(id, base.toISOString(), 6));
  await openAt(app, `/r/${id}`);
  const { page } = app;
  const c = chart(page);
  await expect(c).toHaveAttribute('aria-label', /2 calm checks/);
  await expect.soft(c.locator('.tc-series.item-reliability circle.tc-point')).toHaveCount(2);
  // Checks on one day are never paired in the trend: no slope line drawn from one day.
  await expect.soft(c.locator('.tc-trend')).toHaveCount(0);
  const rows = await new TrustSection(page).showTable();
  await expect.soft(rows).toHaveCount(2);
  // The verdict must not claim a trend either.
  await expect.soft(new TrustSection(page).section().locator('.verdict-badge')).not.toHaveText(/Recovering|Declining/);
});

test('a chart with one check: drawn, five dots, "1 calm check", no "went from", end labels shown', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'checks:create', check(id, ago(2), 4));
  await openAt(app, `/r/${id}`);
  const c = chart(app.page);
  await expect(c).toBeVisible();
  await expect.soft(c).toHaveAttribute('aria-label', /Since [^:]+: 1 calm check\./);
  await expect.soft(c).not.toHaveAttribute('aria-label', /went from/);
  await expect.soft(c.locator('circle.tc-point')).toHaveCount(5);
  await expect.soft(c.locator('.tc-end')).toHaveCount(5);
  await expect.soft(c.locator('.tc-trend')).toHaveCount(0);
  // The lone dot sits inside the plot, not on its left or right edge.
  const cx = Number(await c.locator('circle.tc-point').first().getAttribute('cx'));
  expect.soft(cx).toBeGreaterThan(56);
  expect.soft(cx).toBeLessThan(680 - 104);
});

test('a chart where every check was hot: words say so, dots hollow, no trend or "went from"', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await ok(app, 'relationships:create', person('Sam Rivera'));
  await ok(app, 'incidents:create', incident(id, 20));
  await ok(app, 'checks:create', check(id, ago(10), 2, true));
  await ok(app, 'checks:create', check(id, ago(3), 1, true));
  await openAt(app, `/r/${id}`);
  const c = chart(app.page);
  await expect(c).toBeVisible();
  await expect.soft(c).toHaveAttribute('aria-label', /0 calm checks and 2 hot ones, left out of the trend/);
  await expect.soft(c.locator('circle.tc-point:not(.hot)')).toHaveCount(0);
  await expect.soft(c.locator('.tc-trend')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the chart at 480 px (${colorScheme}): fits without sideways scrolling, hot dots hollow, text readable`, async ({ openMend }, testInfo) => {
    const app = await openMend({ colorScheme });
    const { id } = await chartPerson(app);
    const { page } = app;
    await page.setViewportSize({ width: 480, height: 800 });
    await openAt(app, `/r/${id}`);
    const c = chart(page);
    await expect(c).toBeVisible();
    await c.scrollIntoViewIfNeeded();
    const box = (await c.boundingBox())!;
    expect.soft(box.x).toBeGreaterThanOrEqual(0);
    expect.soft(box.x + box.width).toBeLessThanOrEqual(480);
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);
    const look = await c.evaluate((svg) => {
      const hot = svg.querySelector('circle.tc-point.hot')!;
      const tick = svg.querySelector('.tc-tick')!;
      let bg = 'rgba(0, 0, 0, 0)';
      for (let n: Element | null = svg.closest('figure'); n && bg === 'rgba(0, 0, 0, 0)'; n = n.parentElement) bg = getComputedStyle(n).backgroundColor;
      return { hotFill: getComputedStyle(hot).fill, bg, tickFill: getComputedStyle(tick).fill, tickSize: tick.getBoundingClientRect().height };
    });
    expect.soft(look.hotFill, 'hot dot hollow').toBe(look.bg);
    expect.soft(look.tickFill, 'axis text not the background colour').not.toBe(look.bg);
    expect.soft(look.tickSize, 'axis text at least ~10 px tall on screen').toBeGreaterThanOrEqual(9);
    await page.locator('figure.tc-figure').screenshot({ path: testInfo.outputPath(`chart-480-${colorScheme}.png`) });
  });
}
