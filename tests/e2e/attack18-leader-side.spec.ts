import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { appUrl, ok, SAM } from './two-computers';
import { localInput, value } from './pages/leader-side-pages';
import type { Journal } from '../../src/core/model/journal';

/**
 * Attack 18: the leader's own side (product.md §5b): the apology plan, predictions checked against
 * what came, repair attempts and how they landed, and the estimate of their trust in me. The promise:
 * no words lost or doubled, figures that follow every edit and removal, kind words, keyboard alone.
 */

const DAY = 864e5;
const entry = (app: MendApp, text: string) => app.page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: text });
/** A timeline entry, opened (entries show only their summary until opened). */
async function opened(app: MendApp, text: string) {
  const e = entry(app, text);
  const details = e.locator('details').first();
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await e.locator('summary').first().click();
  return e;
}
const undoButton = (app: MendApp, text: string) => app.page.getByRole('status').filter({ hasText: text }).getByRole('button', { name: 'Undo' });
const RELIABILITY = /^I do what I say I will/;

async function sam(app: MendApp): Promise<string> {
  return (await ok(app, 'relationships:create', SAM)).id;
}

async function bid(app: MendApp, rel: string, b: Partial<{ at: string; by: 'me' | 'them'; what: string; received: 'well' | 'partly' | 'not-yet' | 'unsure'; note: string }>) {
  return value(app, 'repair-bids:create', { relationshipId: rel, at: new Date().toISOString(), by: 'them', what: 'Flagged the risk early', received: 'unsure', note: '', ...b });
}

async function estimate(app: MendApp, rel: string, at: string, n: number, evidence = 'They brought me the risk early.') {
  return value(app, 'their-trust:create', { relationshipId: rel, at, ratings: { reliability: n, competence: n, sincerity: n, care: n, reliance: n }, evidence, interpretation: '' });
}

async function check(app: MendApp, rel: string, at: string, n: number) {
  return value(app, 'checks:create', {
    relationshipId: rel, at, ratings: { reliability: n, competence: n, sincerity: n, care: n, reliance: n },
    evidence: 'The status note came on time.', interpretation: '', activation: 0, emotion: 'calm', source: '', debriefId: null,
  });
}

const journal = (app: MendApp, rel: string) => value<Journal>(app, 'journals:get', { relationshipId: rel });

/** A finished plan expecting defensiveness, and a finished debrief where openness came instead. */
async function predictionChecked(app: MendApp, rel: string): Promise<string> {
  const prep = (await value(app, 'preparations:start', { relationshipId: rel, incidentId: null, plannedAt: null })).id;
  await value(app, 'preparations:save-draft', { relationshipId: rel, id: prep, patch: { plan: { expect: { reactions: ['defensive'], words: 'They will say the scope changed.' } } } });
  await value(app, 'preparations:finish', { relationshipId: rel, id: prep });
  const draft = await value<Journal['debriefs'][number]>(app, 'debriefs:start', { relationshipId: rel, preparationId: prep, incidentId: null });
  const { id, preparationId: _p, incidentId: _i, status: _s, createdAt: _c, updatedAt: _u, ...fields } = draft;
  await value(app, 'debriefs:save', {
    relationshipId: rel, id, ...fields, heldAt: new Date(Date.now() - 3600e3).toISOString(),
    ownSide: { ...fields.ownSide, happened: ['open'], happenedWords: 'Quiet, then open.' },
    commitmentDrafts: [
      { key: 'them', owner: 'them', text: 'Flag a slipping deadline two days ahead.', dueAt: null },
      { key: 'me', owner: 'me', text: 'Keep stand-ups calm.', dueAt: null },
    ],
  });
  await value(app, 'debriefs:finish', { relationshipId: rel, id });
  return id;
}

test('a prediction checked in a finished debrief, then the answer changed in the debrief: Insights follows the new answer', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  const debriefId = await predictionChecked(app, rel);
  await page.goto(appUrl('/insights'));
  await expect(page.getByText('You expected defensiveness once; it didn’t come.')).toBeVisible();
  await expect(page.getByText('You never expected openness; it came once.')).toBeVisible();

  await page.goto(appUrl(`/r/${rel}/debrief/${debriefId}`));
  const own = page.getByRole('region', { name: 'Your side of it' });
  const happened = own.getByRole('group', { name: 'How did they actually react?' });
  await expect(happened.getByRole('checkbox', { name: 'Open' })).toBeChecked();
  await happened.getByRole('checkbox', { name: 'Defensive' }).check();
  await happened.getByRole('checkbox', { name: 'Open' }).uncheck();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await expect.poll(async () => (await journal(app, rel)).debriefs[0]!.ownSide.happened).toEqual(['defensive']);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expect.soft(page.getByText('You expected defensiveness once; it came.')).toBeVisible();
  await expect.soft(page.getByText(/openness/)).toHaveCount(0);
  await expect.soft(page.getByText('it didn’t come')).toHaveCount(0);
});

test('a finished debrief: clearing every reaction that came is not saved as a wrong guess, and the words stay', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  const debriefId = await predictionChecked(app, rel);
  await page.goto(appUrl(`/r/${rel}/debrief/${debriefId}`));
  const own = page.getByRole('region', { name: 'Your side of it' });
  await own.getByRole('group', { name: 'How did they actually react?' }).getByRole('checkbox', { name: 'Open' }).uncheck();
  await page.waitForTimeout(1500);
  await expect(own.getByLabel('In your own words (optional)')).toHaveValue('Quiet, then open.');
  // Whatever is stored, Insights never reads an unanswered check as a wrong guess.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByText('it didn’t come')).toHaveCount(0);
  expect((await journal(app, rel)).debriefs[0]!.ownSide.happenedWords).toBe('Quiet, then open.');
});

test('a repair attempt\'s "how it landed" changed twice from the timeline: badge, line under the verdict and Insights follow each time', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  await bid(app, rel, { what: 'Flagged the Beta risk two days early', received: 'unsure', at: new Date(Date.now() - DAY).toISOString() });
  const line = page.getByLabel('Repair attempts', { exact: true });
  for (const [pick, words] of [['Partly', 'So far: 1 repair attempt (they made 1, you made 0); it partly landed.'], ['It landed', 'So far: 1 repair attempt (they made 1, you made 0); it landed.']] as const) {
    await page.goto(appUrl(`/r/${rel}`));
    const e = await opened(app, 'Flagged the Beta risk two days early');
    await e.getByRole('link', { name: 'Edit, or say how it landed' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'A repair attempt' })).toBeVisible();
    await page.getByRole('radio', { name: pick, exact: true }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
    await expect.soft(e).toContainText(pick);
    await expect.soft(line).toHaveText(words);
  }
  const j = await journal(app, rel);
  expect(j.repairBids).toHaveLength(1);
  expect(j.repairBids[0]!.received).toBe('well');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByText('Repair attempts: you made none; they made 1 (it landed).')).toBeVisible();
});

test('a repair attempt: Save pressed twice fast makes one entry, and one thank-you', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  await page.goto(appUrl(`/r/${rel}`));
  await page.getByRole('link', { name: 'Log a repair attempt' }).click();
  await page.getByRole('radio', { name: 'I did' }).check();
  await page.getByLabel('What happened, in a line').fill('Thanked them for the weekend fix');
  await page.getByRole('radio', { name: 'It landed' }).check();
  await page.getByRole('button', { name: 'Save' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await page.waitForTimeout(500);
  expect((await journal(app, rel)).repairBids).toHaveLength(1);
  await expect.soft(entry(app, 'Thanked them for the weekend fix')).toHaveCount(1);
  await expect.soft(page.getByLabel('Repair attempts', { exact: true })).toHaveText('So far: 1 repair attempt (they made 0, you made 1); it landed.');
});

test('a repair attempt half written, left by the sidebar and after a restart: every word and choice kept', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  await page.goto(appUrl(`/r/${rel}`));
  await page.getByRole('link', { name: 'Log a repair attempt' }).click();
  await page.getByRole('radio', { name: 'I did' }).check();
  await page.getByLabel('What happened, in a line').fill('Asked how the launch weekend went');
  await page.getByRole('radio', { name: 'Partly' }).check();
  await page.getByLabel('Anything to add? (optional)').fill('They smiled, then went back to the ticket.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await page.goto(appUrl(`/r/${rel}`));
  await page.getByRole('link', { name: 'Log a repair attempt' }).click();
  await expect.soft(page.getByLabel('What happened, in a line')).toHaveValue('Asked how the launch weekend went');
  await expect.soft(page.getByLabel('Anything to add? (optional)')).toHaveValue('They smiled, then went back to the ticket.');
  await expect.soft(page.getByRole('radio', { name: 'I did' })).toBeChecked();
  await expect.soft(page.getByRole('radio', { name: 'Partly' })).toBeChecked();
  await page.waitForTimeout(1500);
  const again = await app.restart();
  await again.page.goto(appUrl(`/r/${rel}`));
  await again.page.getByRole('link', { name: 'Log a repair attempt' }).click();
  await expect.soft(again.page.getByLabel('What happened, in a line')).toHaveValue('Asked how the launch weekend went');
  await expect.soft(again.page.getByLabel('Anything to add? (optional)')).toHaveValue('They smiled, then went back to the ticket.');
  await expect.soft(again.page.getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect.soft(again.page.getByRole('radio', { name: 'I did' })).toBeChecked();
});

test('a repair attempt removed from the timeline, then Undo: back once, and the line under the verdict counts it again', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  await bid(app, rel, { what: 'Brought coffee to the retro', by: 'me', received: 'well', at: new Date(Date.now() - 2 * DAY).toISOString() });
  await bid(app, rel, { what: 'Flagged the Beta risk', by: 'them', received: 'partly', at: new Date(Date.now() - DAY).toISOString() });
  await page.goto(appUrl(`/r/${rel}`));
  const line = page.getByLabel('Repair attempts', { exact: true });
  await expect(line).toHaveText('So far: 2 repair attempts (they made 1, you made 1); 1 of 2 landed, 1 partly.');
  await (await opened(app, 'Flagged the Beta risk')).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(line).toHaveText('So far: 1 repair attempt (they made 0, you made 1); it landed.');
  await undoButton(app, 'Repair attempt removed.').click();
  await expect(page.getByRole('status').filter({ hasText: 'The repair attempt is back.' })).toBeVisible();
  await expect.soft(line).toHaveText('So far: 2 repair attempts (they made 1, you made 1); 1 of 2 landed, 1 partly.');
  await expect.soft(entry(app, 'Flagged the Beta risk')).toHaveCount(1);
  expect((await journal(app, rel)).repairBids).toHaveLength(2);
});

test('a repair attempt\'s date moved from the timeline to before the open incident: the line counts only attempts since it', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  await value(app, 'incidents:create', {
    relationshipId: rel, title: 'Missed the Acme deadline', occurredAt: new Date(Date.now() - 5 * DAY).toISOString(),
    facts: 'Due Friday, came Monday.', impact: '', domains: ['reliability'], causes: [], baseline: { reliability: 5, competence: 6, sincerity: 6, care: 6, reliance: 5 }, stability: 3, status: 'open',
  });
  await bid(app, rel, { what: 'Flagged the Beta risk', received: 'well', at: new Date(Date.now() - DAY).toISOString() });
  await page.goto(appUrl(`/r/${rel}`));
  const line = page.getByLabel('Repair attempts', { exact: true });
  await expect(line).toHaveText('Since the incident: 1 repair attempt (they made 1, you made 0); it landed.');
  await (await opened(app, 'Flagged the Beta risk')).getByRole('link', { name: 'Edit, or say how it landed' }).click();
  const when = localInput(new Date(Date.now() - 9 * DAY));
  await page.getByLabel('When').fill(when);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect.soft(line).toHaveCount(0);
  const j = await journal(app, rel);
  expect(localInput(new Date(j.repairBids[0]!.at))).toBe(when);
});

test('their trust: ratings without evidence are refused kindly beside the evidence, every rating and word kept', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  await page.goto(appUrl(`/r/${rel}`));
  await page.getByRole('link', { name: 'Their trust in me' }).click();
  await page.getByRole('group', { name: RELIABILITY }).getByRole('radio', { name: '3', exact: true }).check();
  await page.getByLabel('What I make of it (optional)').fill('I think the stand-up still stings.');
  await page.getByRole('button', { name: 'Save the estimate' }).click();
  const evidence = page.getByLabel('What I saw or heard');
  await expect(page.getByText('An estimate needs at least one thing you saw or heard.')).toBeVisible();
  await expect.soft(evidence).toHaveAttribute('aria-invalid', 'true');
  await expect.soft(evidence).toBeFocused();
  await expect.soft(page.getByRole('group', { name: RELIABILITY }).getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await expect.soft(page.getByLabel('What I make of it (optional)')).toHaveValue('I think the stand-up still stings.');
  expect((await journal(app, rel)).theirTrust).toHaveLength(0);
  await evidence.fill('They cc me on every email since.');
  await page.getByRole('button', { name: 'Save the estimate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const t = (await journal(app, rel)).theirTrust;
  expect(t).toHaveLength(1);
  expect(t[0]!.interpretation).toBe('I think the stand-up still stings.');
});

test('their trust beside mine: the latest figures follow an edit, a date moved earlier, a removal and its Undo', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  const t0 = Date.now() - 10 * DAY;
  await check(app, rel, new Date(t0).toISOString(), 5);
  await estimate(app, rel, new Date(t0 + DAY).toISOString(), 3, 'They checked every step with me.');
  await check(app, rel, new Date(t0 + 4 * DAY).toISOString(), 6);
  const late = await estimate(app, rel, new Date(t0 + 5 * DAY).toISOString(), 4, 'They asked me to review their plan.');
  await page.goto(appUrl(`/r/${rel}`));
  const chart = page.getByRole('region', { name: 'Both sides' }).getByRole('img');
  await expect(chart).toHaveAttribute('aria-label', /My trust in them, latest 6\.0; my estimate of their trust in me, latest 4\.0; 0 repair attempts/);

  // Edit the later estimate to 6.
  await (await opened(app, 'In me: about 4.0 of 7')).getByRole('link', { name: 'Edit this estimate' }).click();
  for (const label of ['I do what I say I will', 'I know what I’m doing', 'What I say is straight', 'I have their interests at heart', 'They’d bring me something hard, early']) {
    await page.getByRole('group', { name: label }).getByRole('radio', { name: '6', exact: true }).check();
  }
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect.soft(chart).toHaveAttribute('aria-label', /latest 6\.0; my estimate of their trust in me, latest 6\.0;/);
  await expect.soft(entry(app, 'In me: about 6.0 of 7, as I read it')).toHaveCount(1);
  await expect.soft(entry(app, 'In me: about 4.0 of 7')).toHaveCount(0);

  // Move it before the first estimate: the latest is now the 3.0 one.
  await (await opened(app, 'In me: about 6.0 of 7')).getByRole('link', { name: 'Edit this estimate' }).click();
  await page.getByLabel('When').fill(localInput(new Date(t0 + 12 * 3600e3)));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect.soft(chart).toHaveAttribute('aria-label', /their trust in me, latest 3\.0;/);

  // Remove the 3.0 one; then Undo.
  await (await opened(app, 'In me: about 3.0 of 7')).getByRole('button', { name: 'Remove this estimate' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect.soft(chart).toHaveAttribute('aria-label', /their trust in me, latest 6\.0;/);
  await undoButton(app, 'Estimate removed.').click();
  await expect(page.getByRole('status').filter({ hasText: 'The estimate is back.' })).toBeVisible();
  await expect.soft(chart).toHaveAttribute('aria-label', /their trust in me, latest 3\.0;/);
  expect((await journal(app, rel)).theirTrust.map((e) => e.id)).toContain(late.id);
  expect((await journal(app, rel)).theirTrust).toHaveLength(2);
});

test('their trust: a widening gap is raised as a question for me, never as a verdict on them', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  const t0 = Date.now() - 20 * DAY;
  await check(app, rel, new Date(t0).toISOString(), 5);
  await estimate(app, rel, new Date(t0 + DAY).toISOString(), 5);
  await check(app, rel, new Date(t0 + 10 * DAY).toISOString(), 6);
  await estimate(app, rel, new Date(t0 + 11 * DAY).toISOString(), 3);
  await page.goto(appUrl(`/r/${rel}`));
  const topic = page.getByRole('region', { name: 'Both sides' }).locator('.topic');
  await expect(topic).toContainText('You may trust them more than you think they trust you. The gap has grown from 0.0 to 3.0 points.');
  await expect(topic).toContainText('you could ask what would help from your side');
  const words = (await topic.innerText()).toLowerCase();
  for (const judging of ['they don’t', 'they do not', 'their fault', 'failed', 'untrustworthy', 'blame', 'should']) expect.soft(words).not.toContain(judging);
  // Remove the later estimate: no gap left to raise.
  await (await opened(app, 'In me: about 3.0 of 7')).getByRole('button', { name: 'Remove this estimate' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(topic).toHaveCount(0);
});

test('the apology plan typed while preparing, left by the sidebar and after a restart: every part kept', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  const prep = (await value(app, 'preparations:start', { relationshipId: rel, incidentId: null, plannedAt: null })).id;
  await value(app, 'preparations:save-draft', { relationshipId: rel, id: prep, patch: { coolDown: { activation: 3 }, step: 5 } });
  await page.goto(appUrl(`/r/${rel}/prepare/${prep}`));
  const offer = page.getByRole('group', { name: 'An apology, if it fits' });
  await offer.getByRole('button', { name: 'Plan an apology' }).click();
  await page.getByRole('textbox', { name: 'What I did', exact: true }).fill('I raised my voice at you in the stand-up.');
  await page.getByRole('textbox', { name: 'Owning it', exact: true }).fill('That was on me.');
  await page.getByRole('textbox', { name: 'A question about what would help', exact: true }).pressSequentially('What would help?', { delay: 5 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await page.goto(appUrl(`/r/${rel}/prepare/${prep}`));
  await expect.soft(page.getByRole('textbox', { name: 'What I did', exact: true })).toHaveValue('I raised my voice at you in the stand-up.');
  await expect.soft(page.getByRole('textbox', { name: 'Owning it', exact: true })).toHaveValue('That was on me.');
  await expect.soft(page.getByRole('textbox', { name: 'A question about what would help', exact: true })).toHaveValue('What would help?');
  const again = await app.restart();
  await again.page.goto(appUrl(`/r/${rel}/prepare/${prep}`));
  await expect.soft(again.page.getByRole('textbox', { name: 'What I did', exact: true })).toHaveValue('I raised my voice at you in the stand-up.');
  await expect.soft(again.page.getByRole('textbox', { name: 'A question about what would help', exact: true })).toHaveValue('What would help?');
  const plan = (await journal(again, rel)).preparations[0]!.plan.apology;
  expect({ did: plan.did, mine: plan.mine, ask: plan.ask }).toEqual({ did: 'I raised my voice at you in the stand-up.', mine: 'That was on me.', ask: 'What would help?' });
});

test('a repair attempt logged by keyboard alone', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const rel = await sam(app);
  await page.goto(appUrl(`/r/${rel}`));
  await page.getByRole('link', { name: 'Log a repair attempt' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Log a repair attempt' })).toBeVisible();
  await page.getByRole('radio', { name: 'They did' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'I did' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What happened, in a line')).toBeFocused();
  await page.keyboard.type('Said sorry for the stand-up');
  await page.keyboard.press('Tab');
  // Into "Was it received?": the group's selected radio (or its first) takes focus; arrows pick.
  const focusedName = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
  expect(focusedName).toBe('rb-received');
  await page.getByRole('radio', { name: 'It landed' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'It landed' })).toBeChecked();
  await page.getByLabel('Anything to add? (optional)').focus();
  await page.keyboard.press('Tab'); // When
  await page.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const j = await journal(app, rel);
  expect(j.repairBids).toHaveLength(1);
  expect(j.repairBids[0]).toMatchObject({ by: 'me', what: 'Said sorry for the stand-up', received: 'well' });
});

test('at 480 px: their-trust and repair-attempt forms and the Both sides chart fit without sideways scrolling', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await page.setViewportSize({ width: 480, height: 800 });
  const rel = await sam(app);
  await check(app, rel, new Date(Date.now() - 3 * DAY).toISOString(), 5);
  await estimate(app, rel, new Date(Date.now() - 2 * DAY).toISOString(), 4);
  await bid(app, rel, { what: 'Flagged the risk early', received: 'well', at: new Date(Date.now() - DAY).toISOString() });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const path of [`/r/${rel}`, `/r/${rel}/their-trust/new`, `/r/${rel}/repair-bid/new`]) {
    await page.goto(appUrl(path));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect.soft(await overflow(), path).toBeLessThanOrEqual(0);
  }
});
