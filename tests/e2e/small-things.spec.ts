import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Locator } from '@playwright/test';

/** Small things a user notices: table wording, where confirmations appear, toasts off primary buttons, outcome notes. */
async function ok<T = { id: string }>(app: MendApp, channel: string, input: unknown): Promise<T> {
  const r = await app.core.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.message}`);
  return r.value as T;
}

const box = async (l: Locator) => (await l.boundingBox())!;
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the chart table says "Their commitment" and "Your commitment"', async ({ openMend }) => {
  const { page } = await openMend({ path: '/example' });
  await page.getByRole('button', { name: 'Show as a table' }).click();
  const events = page.getByRole('table', { name: 'Incidents and commitment outcomes' });
  await expect(events).toContainText('Their commitment: kept');
  await expect(events).toContainText('Your commitment: kept');
  await expect(events).not.toContainText(/Theirs commitment|Yours commitment/);
});

test('the export confirmation appears beside the Export button', async ({ openMend }) => {
  const app = await openMend();
  const sam = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });
  await app.page.goto(`http://mend.localhost/index.html#/r/${sam.id}`);
  const button = app.page.getByRole('button', { name: 'Export to Markdown…' });
  await button.click();
  const said = app.page.locator('.page-foot').getByRole('status');
  await expect(said).toHaveText(/^Exported “Sam Rivera.md” to /);
  const b = await box(button);
  const s = await box(said);
  expect(Math.abs(s.y + s.height / 2 - (b.y + b.height / 2))).toBeLessThan(40);
  expect(s.x - (b.x + b.width)).toBeLessThan(40);
});

test('a toast moves off a primary button instead of covering it', async ({ openMend }) => {
  const app = await openMend();
  const sam = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });
  const { page } = app;
  await page.setViewportSize({ width: 900, height: 640 });
  await page.goto(`http://mend.localhost/index.html#/r/${sam.id}`);
  await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  await page.getByLabel('What came up').fill('A short 1:1 about the roadmap.');
  // Scroll so the form's Save sits low in the window, then save a first note: the toast must avoid it.
  const notes = page.getByRole('button', { name: 'Write a 1:1 note' });
  await page.getByRole('button', { name: 'Save the note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
  await notes.click();
  await page.getByLabel('What came up').fill('And one more thing.');
  const save = page.getByRole('button', { name: 'Save the note' });
  await save.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await page.waitForTimeout(100);
  const toast = page.locator('.notices');
  for (const primary of await page.locator('.button.primary').all()) {
    if (!(await primary.isVisible())) continue;
    expect(overlap(await box(toast), await box(primary)), 'toast over a primary button').toBe(false);
  }
  // A primary button fixed in the bottom-right corner, where toasts go by default: the toast goes elsewhere.
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.className = 'button primary';
    b.textContent = 'Save';
    Object.assign(b.style, { position: 'fixed', right: '16px', bottom: '16px', zIndex: '5', width: '220px', height: '60px' });
    document.body.append(b);
  });
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Note saved.' }).first()).toBeVisible();
  await page.waitForTimeout(100);
  expect(overlap(await box(toast), await box(page.locator('body > .button.primary')))).toBe(false);
});

test('Commitments shows how each settled one went, with its note', async ({ openMend }) => {
  const app = await openMend();
  const sam = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });
  const c = await ok(app, 'capture:commitment', { relationshipId: sam.id, owner: 'them', text: 'Send the status note.', dueAt: null });
  await ok(app, 'commitments:resolve', { relationshipId: sam.id, id: c.id, status: 'renegotiated', note: 'Asked for two more days, a week ahead.', resolvedAt: null });
  await app.page.goto('http://mend.localhost/index.html#/commitments');
  const settled = app.page.getByRole('list', { name: 'Settled lately' }).getByRole('listitem');
  await expect(settled).toHaveCount(1);
  await expect(settled).toContainText('Renegotiated early');
  await expect(settled).toContainText('Asked for two more days, a week ahead.');
});

test('a repair attempt saved empty puts the focus on the line that says why; an edit is not thanked as a new one', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await app.core.call('relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  if (!rel.ok) throw new Error(rel.message);
  await page.reload();
  await page.getByRole('link', { name: /Sam Rivera/ }).first().click();
  await page.getByRole('link', { name: 'Log a repair attempt' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  const what = page.getByLabel('What happened, in a line');
  await expect(what).toHaveAttribute('aria-invalid', 'true');
  await expect(what).toBeFocused();
  await page.keyboard.type('They flagged the risk on Tuesday.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Noted. Small repairs add up.' })).toBeVisible();
  await page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'They flagged the risk' }).locator('summary').click();
  await page.getByRole('link', { name: 'Edit, or say how it landed' }).click();
  await page.getByRole('radio', { name: 'It landed' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Repair attempt updated.' })).toBeVisible();
  // Back where the edit began: the attempt, open, with the focus.
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'They flagged the risk' }).locator('summary')).toBeFocused();
});

test('on the Commitments screen each group of outcome buttons is named by its commitment, so "Kept" is never heard without it', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  for (const text of ['Send the draft by Thursday', 'Book the skills session']) {
    await ok(app, 'commitments:create', { relationshipId: rel.id, owner: 'them', text, dueAt: null, debriefId: null });
  }
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).click();
  for (const text of ['Send the draft by Thursday', 'Book the skills session']) {
    const group = page.getByRole('group', { name: `How did it go: ${text}` });
    await expect(group.getByRole('button', { name: 'Kept' })).toBeVisible();
  }
});

test('"Both sides" draws a single estimate as a point, dates its span, and shows an attempt that partly landed as partly', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  const ago = (days: number) => new Date(Date.now() - days * 864e5).toISOString();
  for (const [days, r] of [[20, 3], [5, 4]] as const) {
    await ok(app, 'checks:create', { relationshipId: rel.id, at: ago(days), ratings: { reliability: r, competence: null, sincerity: null, care: null, reliance: null }, evidence: 'Seen.', interpretation: '', activation: 1, emotion: '', source: '', debriefId: null });
  }
  await ok(app, 'their-trust:create', { relationshipId: rel.id, at: ago(2), ratings: { reliability: 2, competence: null, sincerity: null, care: null, reliance: null }, evidence: 'He asked me to pair on the review.', interpretation: '' });
  await ok(app, 'repair-bids:create', { relationshipId: rel.id, at: ago(3), by: 'me', what: 'Thanked him', received: 'partly', note: '' });
  await page.reload();
  await page.getByRole('link', { name: /Sam Rivera/ }).first().click();
  const chart = page.getByRole('region', { name: 'Both sides' });
  await expect(chart.locator('.theirs-pt')).toHaveCount(1);
  await expect(chart.locator('.mine-pt')).toHaveCount(2);
  await expect(chart.locator('.bid.partly')).toHaveCount(1);
  await expect(chart.locator('text.day')).toHaveCount(2);
  await expect(chart).toContainText('◐ partly');
  if (process.env['SHOT']) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 620, height: 800 });
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: process.env['SHOT'] });
  }
});

test('a toast covers no button at all when a corner is free, and stays while the pointer rests on it', async ({ openMend }) => {
  const app = await openMend();
  const sam = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });
  const { page } = app;
  await page.setViewportSize({ width: 900, height: 640 });
  await page.goto(`http://mend.localhost/index.html#/r/${sam.id}`);
  // A plain button (not a primary one) where toasts go by default, such as a timeline entry's Remove.
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.className = 'button small';
    b.id = 'plain-corner';
    b.textContent = 'Remove';
    Object.assign(b.style, { position: 'fixed', right: '16px', bottom: '16px', zIndex: '5', width: '220px', height: '60px' });
    document.body.append(b);
  });
  await page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  await page.getByLabel('What came up').fill('A short 1:1 about the roadmap.');
  await page.getByRole('button', { name: 'Save the note' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Note saved.' });
  await expect(saved).toBeVisible();
  await page.waitForTimeout(100);
  const toast = page.locator('.notices');
  expect(overlap(await box(toast), await box(page.locator('#plain-corner'))), 'toast over a plain button').toBe(false);

  // The pointer on the toast: it outlives its four seconds, and goes soon after the pointer leaves.
  await page.locator('.notice').first().hover();
  await page.waitForTimeout(5000);
  await expect(saved).toBeVisible();
  await page.mouse.move(450, 200);
  await expect(saved).toBeHidden({ timeout: 3000 });
});

test('a toast closed by keyboard gives the focus back where it was, and the other toast still leaves in its time', async ({ openMend }) => {
  const app = await openMend();
  const sam = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${sam.id}`);
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Sam Rivera is archived.')).toBeVisible();
  await page.getByRole('button', { name: 'Bring back from archive' }).click();
  await expect(page.getByText('Sam Rivera is back on Home.')).toBeVisible();
  const from = page.getByRole('button', { name: 'Archive' });
  await from.focus();
  await page.locator('.notice').filter({ hasText: 'is archived' }).getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Sam Rivera is archived.')).toBeHidden();
  await expect(from).toBeFocused();
  await expect(page.getByText('Sam Rivera is back on Home.')).toBeHidden({ timeout: 8000 });
});

test('a toast that appears under a resting pointer still leaves in its time; the Undo bar stays while the focus is on it', async ({ openMend }) => {
  const app = await openMend();
  const sam = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });
  await ok(app, 'monitoring-notes:create', { relationshipId: sam.id, at: '2026-11-20T10:00:00.000Z', kind: 'other', note: 'Checked the deck twice.' });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${sam.id}`);
  await page.mouse.move(1270, 710); // resting in the corner where toasts go
  await page.getByRole('button', { name: 'Archive' }).focus();
  await page.keyboard.press('Enter');
  const toast = page.getByRole('status').filter({ hasText: 'Sam Rivera is archived.' });
  await expect(toast).toBeVisible();
  await expect(toast).toBeHidden({ timeout: 8000 });

  // Remove a check-in, reach Undo by keyboard and rest there past its ten seconds.
  await page.getByRole('button', { name: 'Bring back from archive' }).click();
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'My check-in' });
  await item.locator('summary').click();
  await item.getByRole('button', { name: 'Remove this check-in' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  const undo = page.locator('.undo-bar').getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.waitForTimeout(11_000);
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused(); // not the page, once the bar is gone
});
