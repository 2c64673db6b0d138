import { test, expect } from './fixtures';
import { RelationshipForm, RelationshipPage } from './pages/relationship-pages';
import { TrustCheckForm } from './pages/follow-up-pages';
import { PreparationPage, openTimelineEntry } from './pages/prepare-pages';
import { value } from './pages/leader-side-pages';

test('a trust check can be corrected, or removed with a confirmation and brought back with Undo', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await page.clock.install();
  await page.reload();
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  await page.getByRole('link', { name: 'Trust check', exact: true }).click();
  const check = new TrustCheckForm(page);
  await check.activation(1);
  await check.rate('Reliability', 2);
  await check.evidence('The weekly numbers came in on Tuesday.');
  await check.save();

  // A mis-click: the 2 was meant to be a 6.
  let entry = await openTimelineEntry(page, 'Reliability 2');
  await entry.getByRole('link', { name: 'Edit this check' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Correct the trust check' })).toBeVisible();
  await expect(page.getByLabel('Evidence: what did you see or hear?')).toHaveValue('The weekly numbers came in on Tuesday.');
  await check.rate('Reliability', 6);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  // The corrected check opens in place, with the focus: the edit began there, maybe far down the timeline.
  entry = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Reliability 6' });
  await expect(entry.locator('summary')).toBeFocused();
  await expect(entry.locator('details')).toHaveAttribute('open', '');

  await entry.getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(entry).toBeVisible();
  await entry.getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Reliability 6')).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Trust check removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Reliability 6')).toBeVisible();

  // Undo lasts ten seconds.
  entry = await openTimelineEntry(page, 'Reliability 6');
  await entry.getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.clock.fastForward(10_500);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  const again = await app.restart();
  await again.page.getByRole('link', { name: /Sam Rivera/ }).first().click();
  await expect(again.page.getByRole('list', { name: 'Timeline' }).getByText('Reliability 6')).toHaveCount(0);
});

test('a deleted person comes back with Undo, and from the Trash after the ten seconds', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await page.clock.install();
  await page.reload();
  await new RelationshipForm(page).add({ name: 'Lee Park', notes: 'Leads the Oslo team.' });
  await new RelationshipPage(page).delete();
  await page.getByRole('status').filter({ hasText: 'Lee Park’s journal is in the Trash.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lee Park' })).toBeVisible();
  await expect(page.getByText('Leads the Oslo team.')).toBeVisible();

  await new RelationshipPage(page).delete();
  await page.clock.fastForward(10_500);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Open the Trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  await page.getByRole('button', { name: 'Bring back Lee Park' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lee Park' })).toBeVisible();
  await expect(page.getByText('Leads the Oslo team.')).toBeVisible();

  const again = await app.restart();
  await expect(again.page.getByRole('link', { name: /Lee Park/ })).toBeVisible();
  await again.page.goto(`${again.page.url().split('#')[0]}#/trash`);
  await expect(again.page.getByText('The Trash is empty.')).toBeVisible();
});

test('adding a second person with a name already in Mend warns, and still lets you', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: 'Add a person' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('sam rivera ');
  await expect(page.getByText('You already have someone called Sam Rivera.')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Sam Rivers');
  await expect(page.getByText('You already have someone called')).toHaveCount(0);
  await page.getByLabel('Name', { exact: true }).fill('Sam Rivera');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
});

test('a discarded preparation comes back with Undo, where you left it', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  const prep = new PreparationPage(page);
  await prep.start();
  await prep.fill({ 'What are you feeling?': 'Tired, and a bit let down' });
  await page.getByRole('button', { name: 'Discard…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await page.getByRole('status').filter({ hasText: 'Preparation discarded.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('What are you feeling?')).toHaveValue('Tired, and a bit let down');
});

test('removing a trust check updates the chart and the verdict at once, and so does its Undo', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = (await value(app, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' })).id;
  const DAY = 864e5;
  for (const [daysAgo, r] of [[20, 3], [10, 5], [2, 7]] as const) {
    await value(app, 'checks:create', {
      relationshipId: rel, at: new Date(Date.now() - daysAgo * DAY).toISOString(), ratings: { reliability: r, competence: 6, sincerity: 6, care: 6, reliance: r },
      evidence: `Check from ${daysAgo} days ago.`, interpretation: '', activation: 0, emotion: '', source: '', debriefId: null,
    });
  }
  await page.goto(`http://mend.localhost/index.html#/r/${rel}`);
  const trust = page.getByRole('region', { name: 'Is trust coming back?' });
  const chart = trust.getByRole('img', { name: /Trust over time/ });
  const before = { chart: await chart.getAttribute('aria-label'), section: await trust.innerText() };
  expect(before.chart).toContain('3 calm checks');

  const entry = await openTimelineEntry(page, 'Reliability 7');
  await entry.getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Reliability 7')).toHaveCount(0);
  // Without a reload: the chart and the verdict no longer count it.
  await expect(chart).not.toHaveAttribute('aria-label', before.chart!);
  await expect(chart).toHaveAttribute('aria-label', /2 calm checks/);
  const removed = { chart: await chart.getAttribute('aria-label'), section: await trust.innerText() };
  await page.getByRole('status').filter({ hasText: 'Trust check removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Reliability 7')).toBeVisible();
  await expect(chart).toHaveAttribute('aria-label', before.chart!);
  expect(await trust.innerText()).toBe(before.section);

  // What the page showed after the removal is what a fresh page shows for the same journal.
  await value(app, 'checks:delete', { relationshipId: rel, id: (await value<{ checks: { id: string; ratings: { reliability: number } }[] }>(app, 'journals:get', { relationshipId: rel })).checks.find((c) => c.ratings.reliability === 7)!.id });
  await page.reload();
  await expect(chart).toHaveAttribute('aria-label', removed.chart!);
  expect(await trust.innerText()).toBe(removed.section);
});

test('Undo stays while it is valid wherever you go, covers no button, and restores from another screen', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = (await value(app, 'relationships:create', { name: 'Kim Lee', role: '', kind: 'peer', started: null, notes: '' })).id;
  await value(app, 'checks:create', {
    relationshipId: rel, at: new Date(Date.now() - 864e5).toISOString(), ratings: { reliability: 5, competence: 6, sincerity: 6, care: 6, reliance: 5 },
    evidence: 'Sent the numbers early.', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null,
  });
  await page.goto(`http://mend.localhost/index.html#/r/${rel}`);
  const entry = await openTimelineEntry(page, 'Reliability 5');
  await entry.getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Reliability 5')).toHaveCount(0);

  // Off to Home: the offer is still there (it is still valid), in the flow, over no button.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Home|Your people/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  const bar = page.getByRole('status').filter({ hasText: 'Trust check removed.' });
  await expect(bar).toBeVisible();
  const box = (await bar.boundingBox())!;
  for (const button of await page.locator('main a.button, main button').all()) {
    const b = await button.boundingBox();
    if (!b) continue;
    const overlaps = b.x < box.x + box.width && box.x < b.x + b.width && b.y < box.y + box.height && box.y < b.y + b.height;
    const inside = await button.evaluate((el) => !!el.closest('[role="status"]'));
    expect(overlaps && !inside, `the Undo bar covers "${await button.innerText()}"`).toBe(false);
  }
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The trust check is back.' })).toBeVisible();
  expect(page.url()).not.toContain(rel);

  // Back on the person page: the check, the chart and the timeline are as before the removal.
  await page.goto(`http://mend.localhost/index.html#/r/${rel}`);
  await expect(page.getByRole('list', { name: 'Timeline' }).getByText('Reliability 5')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Is trust coming back?' }).getByRole('img', { name: /1 calm check/ })).toBeVisible();
});

test('a repair attempt, an estimate of their trust and a 1:1 note removed by mistake come back with Undo, and focus stays on the page', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = (await value(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' })).id;
  const at = new Date(Date.now() - 864e5).toISOString();
  await value(app, 'repair-bids:create', { relationshipId: rel, at, by: 'me', what: 'Thanked them for the early heads-up', received: 'partly', note: 'They smiled.' });
  await value(app, 'their-trust:create', { relationshipId: rel, at, ratings: { reliability: 3, competence: null, sincerity: null, care: null, reliance: null }, evidence: 'They asked me to review early.', interpretation: '' });
  await value(app, 'capture:note', { relationshipId: rel, at, text: 'Talked about the Acme timeline.' });
  await page.reload();
  await page.getByRole('link', { name: /Sam Rivera/ }).first().click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  const cases: [RegExp, string, string, string][] = [
    [/Thanked them for the early heads-up/, 'Remove', 'Repair attempt removed.', 'They smiled.'],
    [/In me: about 3\.0 of 7/, 'Remove this estimate', 'Estimate removed.', 'They asked me to review early.'],
    [/Talked about the Acme timeline/, 'Remove this note', '1:1 note “Talked about the Acme timeline.” removed.', 'Talked about the Acme timeline.'],
  ];
  for (const [title, button, removed, words] of cases) {
    const entry = await openTimelineEntry(page, title);
    await entry.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('You can undo this for a few seconds.');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(timeline.getByText(title)).toHaveCount(0);
    // Focus stays on the page (the Timeline heading), not on the window's top.
    await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeFocused();
    await page.getByRole('status').filter({ hasText: removed }).getByRole('button', { name: 'Undo' }).click();
    const back = await openTimelineEntry(page, title);
    await expect(back.locator('.entry-body').getByText(words)).toBeVisible();
  }
  const again = await app.restart();
  await again.page.getByRole('link', { name: /Sam Rivera/ }).first().click();
  for (const [title] of cases) await expect(again.page.getByRole('list', { name: 'Timeline' }).getByText(title)).toBeVisible();
});
