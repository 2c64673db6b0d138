import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { CommitmentsScreen, DebriefPage, Timeline, TrustCheckForm, dayFromToday } from './pages/follow-up-pages';

function value<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}

/** The earlier chapters of the missed-deadline story: Sam, the incident, and a finished plan guessing "skill gap". */
async function seedStory(app: MendApp): Promise<{ rel: string; prep: string }> {
  const rel = (await value(app, 'relationships:create', { name: 'Sam Rivera', role: 'Account lead', kind: 'direct-report', started: null, notes: '' })).id;
  const incident = await value(app, 'incidents:create', {
    relationshipId: rel, title: 'Missed the Acme report deadline', occurredAt: new Date(Date.now() - 7 * 864e5).toISOString(),
    facts: 'The report was due Friday and arrived Monday.', impact: 'I called the client to apologise.',
    domains: ['reliability', 'competence'], causes: [{ cause: 'skill-gap', confidence: 'high' }],
    baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 5 }, stability: 3, status: 'open',
  });
  const prep = await value(app, 'preparations:start', { relationshipId: rel, incidentId: incident.id, plannedAt: null });
  await value(app, 'preparations:save-draft', {
    relationshipId: rel, id: prep.id,
    patch: {
      hypotheses: [{ cause: 'skill-gap', confidence: 'high', note: 'The forecasting model was new to them.' }],
      plan: {
        perspective: 'Ask how the week before the deadline went for them.',
        permission: 'Ask whether they are open to hearing how it landed for me.',
        experience: 'I called Acme on Monday and felt caught out.',
        forward: 'Ask what support would help.',
        commitment: 'One each, with dates.',
      },
      myCommitment: 'Pair on the first forecast next week.',
    },
  });
  await value(app, 'preparations:finish', { relationshipId: rel, id: prep.id });
  return { rel, prep: prep.id };
}

test('the missed-deadline story continues: debrief, commitments, trust checks, outcomes, after a restart', async ({ openMend }) => {
  const app = await openMend();
  const { rel, prep } = await seedStory(app);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${rel}`);
  await expect(page.getByRole('link', { name: 'Debrief a conversation' })).toHaveClass(/primary/);
  await page.getByRole('link', { name: 'Debrief a conversation' }).click();
  await page.getByRole('button', { name: 'Debrief this one' }).click();

  const debrief = new DebriefPage(page);
  await debrief.expectOpen();
  await expect(debrief.planBeside(1)).toContainText('Ask how the week before the deadline went for them.');
  await expect(debrief.planBeside(3)).toContainText('I called Acme on Monday');
  await expect(page.getByRole('link', { name: 'Open the whole plan' })).toHaveAttribute('href', `#/r/${rel}/prepare/${prep}`);
  await debrief.step(1, 'Yes', 'They walked me through the week: three launches landed at once.');
  await debrief.theirView('They felt they could not say no to the other two launches.');
  await debrief.step(2, 'Yes', 'They said yes, go ahead.');
  await debrief.step(3, 'Partly', 'I rushed this part.');
  await debrief.step(4, 'Yes', 'We moved the Beta report to Ana.');
  await debrief.step(5, 'Yes', 'One each.');
  await expect(page.getByText('Going in, you suspected')).toContainText('a skill gap');
  await debrief.reviseDiagnosis('Stretched too thin');
  await expect(debrief.commitment('Your')).toHaveValue('Pair on the first forecast next week.');
  await debrief.commitment('Their').fill('Flag a slipping date at least two days ahead.');
  await debrief.dueBy('Their', dayFromToday(14));
  await debrief.commitment('Your').fill('Take the Beta report off their plate.');
  await debrief.dueBy('Your', dayFromToday(3));
  await debrief.waitSaved();
  await debrief.finish();

  const check = new TrustCheckForm(page);
  await check.expectOpen();
  await check.activation(2);
  await check.feeling('Still stung', '');
  await expect(check.hotNote()).toBeVisible();
  await check.rate('Reliability', 3);
  await check.rate('Reliance', 2);
  await check.evidence('The report arrived three days late.', 'I still expect the next one to slip.');
  await check.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();

  await page.getByRole('link', { name: 'Trust check', exact: true }).click();
  await check.expectOpen();
  await check.activation(1);
  await check.feeling('Uneasy', 'The Acme renewal call on Thursday.');
  await expect(check.hotNote()).toBeHidden();
  await check.rate('Reliability', 5);
  await check.rate('Competence', 6);
  await check.evidence('Tuesday status arrived at 9:00 as agreed.');
  await check.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();

  const commitments = new CommitmentsScreen(page);
  await commitments.goto();
  await expect(commitments.open('Flag a slipping date')).toContainText('Theirs');
  await expect(commitments.open('Flag a slipping date')).toContainText('Sam Rivera');
  await expect(commitments.open('Take the Beta report')).toContainText('Mine');
  await commitments.mark('Flag a slipping date', 'Kept', 'Flagged the Gamma date on Monday.');
  await commitments.mark('Take the Beta report', 'Renegotiated early', 'Ana needs another week; told Sam on Tuesday.');
  await expect(page.getByRole('heading', { name: 'Nothing open right now' })).toBeVisible();

  const again = await app.restart({ path: '/commitments' });
  const after = new CommitmentsScreen(again.page);
  await expect(after.settled('Flag a slipping date')).toContainText('Kept');
  await expect(after.settled('Flag a slipping date')).toContainText('Theirs');
  await expect(after.settled('Take the Beta report')).toContainText('Renegotiated early');
  await expect(after.settled('Take the Beta report')).toContainText('Mine');

  await again.page.goto(`http://mend.localhost/index.html#/r/${rel}`);
  const timeline = new Timeline(again.page);
  const debriefed = timeline.entry('Debrief', 'Conversation debriefed');
  await timeline.openEntry(debriefed);
  await expect(debriefed).toContainText('First guess: a skill gap. It turned out to be stretched too thin.');
  await expect(debriefed.getByRole('link', { name: 'Open the plan' })).toHaveAttribute('href', `#/r/${rel}/prepare/${prep}`);
  await expect(timeline.entry('Commitment', 'Theirs: Flag a slipping date')).toContainText('Kept');
  await expect(timeline.entry('Commitment', 'Mine: Take the Beta report')).toContainText('Renegotiated early');
  const hot = timeline.entry('Trust check', 'Reliability 3 · Reliance 2');
  await expect(hot.locator('.badge')).toHaveText('Hot');
  await timeline.openEntry(hot);
  await expect(hot).toContainText('Hot check. It was taken while feeling strongly, with no source named.');
  await expect(hot).toContainText('The report arrived three days late.');
  const cool = timeline.entry('Trust check', 'Reliability 5 · Competence 6');
  await expect(cool).toBeVisible();
  await expect(cool.locator('.badge')).toHaveCount(0);

  await debriefed.getByRole('link', { name: 'Open the debrief' }).click();
  await new DebriefPage(again.page).expectOpen();
  await expect(again.page.getByLabel('What was it, then?')).toHaveValue('stretched-too-thin');
  await expect(again.page.getByText('Take the Beta report off their plate.')).toBeVisible();
});

/** Ana, and a debrief of a conversation held without a plan, open on screen. */
async function debriefWithoutPlan(app: MendApp): Promise<{ app: MendApp; rel: string; debrief: DebriefPage }> {
  const rel = (await value(app, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' })).id;
  await app.page.goto(`http://mend.localhost/index.html#/r/${rel}`);
  await app.page.getByRole('link', { name: 'Debrief a conversation' }).click();
  await app.page.getByRole('button', { name: 'Start without a plan' }).click();
  const debrief = new DebriefPage(app.page);
  await debrief.expectOpen();
  return { app, rel, debrief };
}

test('a debrief resumes after a restart; refusals keep every typed word and say what to fix', async ({ openMend }) => {
  const { app, rel, debrief } = await debriefWithoutPlan(await openMend());
  await debrief.step(1, 'Partly', 'We only had ten minutes.');
  await debrief.waitSaved();

  const again = await app.restart({ path: `/r/${rel}` });
  const { page } = again;
  await page.getByRole('link', { name: 'Debrief a conversation' }).click();
  await page.getByRole('link', { name: 'Continue' }).click();
  const resumed = new DebriefPage(page);
  await expect(resumed.notes(1)).toHaveValue('We only had ten minutes.');
  await page.getByRole('button', { name: 'Remove their commitment' }).click();
  await resumed.commitment('Your').fill('Send the revised brief by Friday.');
  await resumed.finish();
  const why = page.getByLabel('Why fewer than one each?');
  await expect(why).toHaveAttribute('aria-invalid', 'true');
  await expect(why).toBeFocused(); // the field to fix, not the button pressed
  await expect(page.getByRole('alert').filter({ hasText: 'say why in a line' })).toBeVisible();
  await expect(resumed.commitment('Your')).toHaveValue('Send the revised brief by Friday.');
  await why.fill('We ran out of time; we meet again Monday.');
  await resumed.finish();

  const check = new TrustCheckForm(page);
  await check.expectOpen();
  await check.activation(0);
  await check.rate('Care', 6);
  await check.evidence('   ', 'They seemed keen to help.');
  await check.save();
  await expect(page.getByRole('alert').filter({ hasText: 'saw or heard' })).toBeVisible();
  await expect(page.getByLabel('Evidence: what did you see or hear?')).toBeFocused(); // the field to fix
  await expect(check.rating('Care').getByRole('radio', { name: /^6/ })).toBeChecked();
  await expect(page.getByLabel('What do you make of it?')).toHaveValue('They seemed keen to help.');
  await check.evidence('They stayed late to fix the deck on Wednesday.');
  await check.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Silva' })).toBeVisible();

  await page.getByRole('link', { name: 'Log my own check-in' }).click();
  await page.getByRole('radio', { name: 'Took work back' }).check();
  await page.getByLabel('Anything to add?').fill('Redid the slide myself.');
  await page.getByRole('button', { name: 'Log it' }).click();
  const timeline = new Timeline(page);
  await expect(timeline.entry('My check-in', 'Took work back')).toBeVisible();
  await expect(timeline.entry('Trust check', 'Care 6')).toBeVisible();
});

test('a date the store refuses holds back only the date: every word typed beside it is saved, and survives a restart', async ({ openMend }) => {
  const { app, rel, debrief } = await debriefWithoutPlan(await openMend());
  await app.page.getByLabel('When did you talk?').fill('2030-06-01T10:00');
  await debrief.step(1, 'Partly', 'They walked me through the week.');
  await expect(app.page.getByText('The conversation has to have happened already.')).toBeVisible();
  // Saved without the date: the store holds the words (before, the whole debrief was refused).
  await expect.poll(async () => {
    const journal = await value(app, 'journals:get', { relationshipId: rel });
    return journal.debriefs[0]?.steps.perspective.notes ?? '';
  }).toBe('They walked me through the week.');
  const again = await app.restart({ path: `/r/${rel}` });
  await again.page.getByRole('link', { name: 'Debrief a conversation' }).click();
  await again.page.getByRole('link', { name: 'Continue' }).click();
  await expect(new DebriefPage(again.page).notes(1)).toHaveValue('They walked me through the week.');
});
