import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { PreparationPage } from './pages/prepare-pages';
import { ApologyPanel, localInput, logRepairBid, value } from './pages/leader-side-pages';
import type { Journal } from '../../src/core/model/journal';

const DAY = 864e5;

/**
 * The leader's own side, over six weeks: Dana overreacted when Sam missed a deadline. She prepares
 * while heated, plans an apology (the empty plan is refused beside its field), expects Sam to be
 * defensive, holds the talk the next day, and debriefs: the apology landed, Sam was open instead.
 * Over the following weeks she logs two repair attempts and both kinds of trust estimate; Home, the
 * follow-ups, the chart and Insights show it, and all of it survives a restart.
 */
test('a leader who overreacted plans an apology, checks a prediction and follows up over six weeks', async ({ openMend }, testInfo) => {
  const start = new Date(Date.now() - 44 * DAY);
  start.setHours(9, 0, 0, 0);
  let clock = start;
  const app = await openMend({ now: () => clock });
  const setDay = async (a: MendApp, days: number, hour = 10) => {
    clock = new Date(start.getTime() + days * DAY);
    clock.setHours(hour, 0, 0, 0);
    await a.page.clock.setFixedTime(clock);
  };
  await setDay(app, 0, 9);
  const rel = (await value(app, 'relationships:create', { name: 'Sam Rivera', role: 'Account lead', kind: 'direct-report', started: null, notes: '' })).id;
  const incident = await value(app, 'incidents:create', {
    relationshipId: rel, title: 'Missed the Acme deadline', occurredAt: new Date(start.getTime() - DAY).toISOString(),
    facts: 'The report was due Friday and arrived Monday.', impact: 'I raised my voice in the stand-up.',
    domains: ['reliability'], causes: [{ cause: 'stretched-too-thin', confidence: 'medium' }],
    baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 5 }, stability: 3, status: 'open',
  });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${rel}`);

  // Before: heated, a prediction, and the one gentle offer of an apology.
  const prep = new PreparationPage(page);
  await prep.start();
  await page.getByRole('radio', { name: /Heated/ }).check();
  await prep.fill({ 'What are you feeling?': 'Ashamed of how I spoke' });
  await prep.next('Facts and story');
  await prep.next('What might be going on');
  await prep.next('Their perspective');
  await page.getByRole('group', { name: 'How do you expect them to react?' }).getByRole('checkbox', { name: 'Defensive' }).check();
  await prep.next('Ask to share yours');
  await prep.next('Share your experience');
  const apology = new ApologyPanel(page);
  await expect(apology.offer()).toContainText('This stirred you up.');
  await apology.offer().getByRole('button', { name: 'Plan an apology' }).click();
  await expect(apology.part('What I did')).toBeVisible();
  await prep.next('The way forward');
  await prep.next('One commitment each');
  await page.getByRole('button', { name: 'Finish and see the cue card' }).click();
  // The empty plan is refused: back at its screen, the message beside the first part.
  await expect(prep.heading()).toHaveText('Share your experience');
  await expect(page.getByText('Your apology plan is still empty.')).toBeVisible();
  await expect(apology.part('What I did')).toHaveAttribute('aria-invalid', 'true');
  await testInfo.attach('prep-apology-refused', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await apology.part('What I did').fill('I raised my voice at you in the stand-up on Monday.');
  await apology.part('Owning it').fill('That was on me, not on you.');
  await apology.part('A question about what would help').fill('What would help from my side next time?');
  await expect(page.getByText('Your apology plan is still empty.')).toHaveCount(0);
  await prep.next('The way forward');
  await prep.next('One commitment each');
  await prep.finish();
  const card = page.getByRole('article');
  await expect(card.getByRole('region', { name: 'My apology' })).toContainText('I raised my voice at you in the stand-up on Monday.');
  await expect(card.getByRole('region', { name: 'What I expect' })).toContainText('I expect they may be defensive.');

  // The next day: the talk, then the debrief (steps seeded; the leader's own side by hand).
  await setDay(app, 1, 11);
  const j0 = await value<Journal>(app, 'journals:get', { relationshipId: rel });
  const prepId = j0.preparations[0]!.id;
  const draft = await value<Journal['debriefs'][number]>(app, 'debriefs:start', { relationshipId: rel, preparationId: prepId, incidentId: null });
  const { id: debriefId, preparationId: _p, incidentId: _i, status: _s, createdAt: _c, updatedAt: _u, ...fields } = draft;
  await value(app, 'debriefs:save', {
    relationshipId: rel, id: debriefId, ...fields, heldAt: new Date(clock.getTime() - 3600e3).toISOString(),
    diagnosis: { ...fields.diagnosis, outcome: 'confirmed' },
    commitmentDrafts: [
      { key: 'them', owner: 'them', text: 'Flag a slipping deadline two days ahead.', dueAt: null },
      { key: 'me', owner: 'me', text: 'Keep stand-ups calm; talk one to one.', dueAt: null },
    ],
  });
  await page.goto(`http://mend.localhost/index.html#/r/${rel}/debrief/${debriefId}`);
  const own = page.getByRole('region', { name: 'Your side of it' });
  await expect(own).toContainText('You expected them to be defensive.');
  await own.getByRole('radio', { name: '1 · Stirred' }).check();
  await own.getByRole('group', { name: 'Did you apologise?' }).getByRole('radio', { name: 'Yes' }).check();
  await own.getByRole('group', { name: 'How was it received?' }).getByRole('radio', { name: 'It landed' }).check();
  await own.getByLabel('In your own words (optional)').fill('Quiet at first, then open about the two launches.');
  await page.getByRole('button', { name: 'Finish debrief' }).click();
  // What happened, written without a reaction picked: refused beside the field, words kept.
  await expect(own.getByRole('group', { name: 'How did they actually react?' })).toContainText('Pick at least one reaction that came');
  await expect(own.getByLabel('In your own words (optional)')).toHaveValue('Quiet at first, then open about the two launches.');
  await own.getByRole('group', { name: 'How did they actually react?' }).getByRole('checkbox', { name: 'Open' }).check();
  await page.getByRole('button', { name: 'Finish debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trust check' })).toBeVisible();

  // Week 1: the first follow-up is due on Home; a repair attempt and their trust, by hand.
  await setDay(app, 8);
  await page.goto('http://mend.localhost/index.html#/');
  // Due today: listed once, under "Due now" with its actions, and not again under Follow-ups.
  const dueNow = page.getByRole('region', { name: 'Due now' });
  await expect(dueNow).toContainText('Sam Rivera · 1 week after your conversation');
  await expect(page.getByText('1 week after your conversation')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Follow-ups due' })).toHaveCount(0);
  await expect(dueNow).not.toContainText('trust check is overdue');
  await expect(dueNow.getByRole('link', { name: 'Take a trust check' })).toHaveClass(/primary/);
  await dueNow.getByRole('listitem').first().getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('1 week after your conversation')).toHaveCount(0);
  await value(app, 'checks:create', {
    relationshipId: rel, at: clock.toISOString(), ratings: { reliability: 4, competence: 6, sincerity: 6, care: 6, reliance: 4 },
    evidence: 'The status note came on Wednesday, unprompted.', interpretation: '', activation: 1, emotion: 'steady', source: 'the talk', debriefId: null,
  });
  await page.goto(`http://mend.localhost/index.html#/r/${rel}`);
  await logRepairBid(page, { by: 'They did', what: 'Flagged the Beta risk two days early', received: 'It landed', when: localInput(clock) });
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Flagged the Beta risk two days early');
  await page.getByRole('link', { name: 'Their trust in me' }).click();
  await page.getByRole('group', { name: 'I do what I say I will' }).getByRole('radio', { name: '4' }).check();
  await page.getByRole('button', { name: 'Save the estimate' }).click();
  await expect(page.getByText('An estimate needs at least one thing you saw or heard.')).toBeVisible();
  await page.getByLabel('What I saw or heard').fill('They still cc me on everything since the stand-up.');
  await page.getByRole('button', { name: 'Save the estimate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();

  // Weeks 3 to 6: a second bid (mine), more checks and a second estimate, seeded.
  await setDay(app, 22);
  await value(app, 'repair-bids:create', { relationshipId: rel, at: clock.toISOString(), by: 'me', what: 'Thanked them for the weekend fix', received: 'well', note: '' });
  await value(app, 'checks:create', {
    relationshipId: rel, at: clock.toISOString(), ratings: { reliability: 5, competence: 6, sincerity: 6, care: 6, reliance: 5 },
    evidence: 'The renewal went out a day early.', interpretation: '', activation: 0, emotion: 'calm', source: '', debriefId: null,
  });
  await setDay(app, 43);
  await value(app, 'their-trust:create', {
    relationshipId: rel, at: clock.toISOString(), ratings: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 },
    evidence: 'They brought me a problem before it was one.', interpretation: '',
  });

  const again = await app.restart();
  await setDay(again, 43);
  const p2 = again.page;
  await p2.goto('http://mend.localhost/index.html#/');
  // Both due (one waiting since week 3): each once, under "Due now".
  await expect(p2.getByRole('region', { name: 'Due now' })).toContainText('Sam Rivera · 6 weeks after your conversation');
  await expect(p2.getByRole('region', { name: 'Due now' })).toContainText('Sam Rivera · 3 weeks after your conversation');
  await expect(p2.getByText(/\d weeks? after your conversation/)).toHaveCount(2);
  await expect(p2.getByRole('list', { name: 'Follow-ups due' })).toHaveCount(0);
  await p2.goto(`http://mend.localhost/index.html#/r/${rel}`);
  const both = p2.getByRole('region', { name: 'Both sides' });
  await expect(both.getByRole('img')).toHaveAttribute('aria-label', /my estimate of their trust in me, latest 6\.0; 2 repair attempts marked/);
  await expect(p2.getByLabel('Repair attempts', { exact: true })).toHaveText('Since the incident: 2 repair attempts (they made 1, you made 1); both landed.');
  await expect(p2.getByRole('list', { name: 'Follow-ups' })).toContainText('3 weeks after your conversation');
  // Moving a follow-up before the conversation is refused beside the date; the day typed stays.
  const third = p2.getByRole('list', { name: 'Follow-ups' }).getByRole('listitem').filter({ hasText: '3 weeks' });
  await third.getByRole('button', { name: 'Move' }).click();
  const tooEarly = localInput(new Date(start.getTime() - 3 * DAY)).slice(0, 10);
  await third.getByLabel('New day').fill(tooEarly);
  await third.getByRole('button', { name: 'Save the day' }).click();
  await expect(third.getByRole('alert')).toContainText('A follow-up comes after the conversation.');
  await expect(third.getByLabel('New day')).toHaveValue(tooEarly);
  await expect(third.getByLabel('New day')).toHaveAttribute('aria-invalid', 'true');
  await p2.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expect(p2.getByText('You expected defensiveness once; it didn’t come.')).toBeVisible();
  await expect(p2.getByText('You never expected openness; it came once.')).toBeVisible();
  await expect(p2.getByText('You apologised once; it landed.')).toBeVisible();
  await expect(p2.getByText('Repair attempts: you made 1 (it landed); they made 1 (it landed).')).toBeVisible();
  await expect(p2.getByText('You waited at least 12 hours before talking in 1 of 1 conversation you prepared while stirred up.')).toBeVisible();
  await expect(p2.getByText('When you were stirred up, it was most often about a missed commitment (once).')).toBeVisible();
  void incident;
});

test('the apology offer is set aside by keyboard, stays aside, and is not made again in the debrief', async ({ openMend }) => {
  const app = await openMend();
  const rel = (await value(app, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' })).id;
  const prep = (await value(app, 'preparations:start', { relationshipId: rel, incidentId: null, plannedAt: null })).id;
  await value(app, 'preparations:save-draft', { relationshipId: rel, id: prep, patch: { coolDown: { activation: 3 }, step: 5 } });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${rel}/prepare/${prep}`);
  const apology = new ApologyPanel(page);
  await expect(apology.offer()).toBeVisible();
  // Keyboard only: from "Plan an apology", one Tab reaches "Not this time".
  await apology.offer().getByRole('button', { name: 'Plan an apology' }).focus();
  await page.keyboard.press('Tab');
  await expect(apology.offer().getByRole('button', { name: 'Not this time' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(apology.offer()).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'I’d like to plan an apology' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share your experience');
  await expect(apology.offer()).toHaveCount(0);

  // The talk ran hot too, but the offer was already set aside for this conversation.
  await value(app, 'preparations:finish', { relationshipId: rel, id: prep });
  const debrief = (await value(app, 'debriefs:start', { relationshipId: rel, preparationId: prep, incidentId: null })).id;
  await page.goto(`http://mend.localhost/index.html#/r/${rel}/debrief/${debrief}`);
  const own = page.getByRole('region', { name: 'Your side of it' });
  await own.getByRole('radio', { name: '3 · Flooded' }).check();
  await expect(own.getByRole('button', { name: 'I’d like to plan an apology' })).toBeVisible();
  await expect(apology.offer()).toHaveCount(0);
});
