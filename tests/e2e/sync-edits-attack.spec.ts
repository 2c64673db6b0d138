import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { appUrl, arrived, keepAsDraft, ok, openOtherComputer, SAM, WORK_LAPTOP } from './two-computers';

/**
 * A helper's attacks on 4f01f1a (correcting a trust check keeps the other computer's changes), edded7e
 * (kept drafts), 1b7a3ed (the "written on two computers" pointer) and f6698b3 (the live cue card).
 * Seven failed on c620539: the one-word feeling and role, the check's and the estimate's ratings, the
 * pointer, and the kept activation and rating (the last test was added with the fix). The others hold
 * behaviour that was checked and found right.
 */
const CHECK = {
  at: '2026-11-20T10:00:00.000Z', ratings: { reliability: 3, competence: 6, sincerity: 6, care: 6, reliance: 4 },
  evidence: 'The report came in two days late.', interpretation: '', activation: 0 as const, emotion: 'calm', source: '', debriefId: null,
};

test('correcting a check, a one-word feeling rewritten on both computers is not silently written over', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  const emotion = page.getByLabel('What are you feeling?');
  await expect(emotion).toHaveValue('calm');
  await emotion.fill('uneasy');

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, emotion: 'hopeful' });
  await arrived(app, id, (j) => j.checks[0]!.emotion === 'hopeful');
  await page.getByRole('button', { name: 'Save changes' }).click();
  // The feeling is free text ("A word or two"), like the evidence: rewritten on both, both go on screen
  // first. It was taken for "a date or a choice" (no space in it), and Save wrote "uneasy" over "hopeful".
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' }).or(page.getByText('Your other computer changed these words too'))).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.emotion, 'the other computer’s word is not lost').toContain('hopeful');
  await expect(emotion).toHaveValue(/hopeful.*uneasy/);
});

test('correcting a check, a rating the other computer changed meanwhile survives Save of another rating changed here', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByLabel('Evidence: what did you see or hear?')).toHaveValue(CHECK.evidence);
  await page.getByRole('group', { name: /^Reliability/ }).getByRole('radio', { name: '5', exact: true }).check();

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, ratings: { ...CHECK.ratings, care: 2 } });
  await arrived(app, id, (j) => j.checks[0]!.ratings.care === 2);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  // The ratings were laid back as one field: the other computer's care rating (2) went back to 6, unsaid.
  expect(after.ratings).toEqual({ ...CHECK.ratings, reliability: 5, care: 2 });
});

test('correcting a check whose evidence was written on two computers at once points to both versions', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, evidence: 'The report reached the client on Monday.' });
  await ok(app, 'checks:update', { relationshipId: id, id: made.id, ...CHECK, evidence: 'Late by two days, after I asked twice.' });

  const work = await app.restart({ path: `/r/${id}` });
  await expect.poll(async () => (await ok(work, 'alternatives:list', { relationshipId: id })).filter((a) => a.recordId === made.id).length).toBeGreaterThan(0);
  await work.page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(work.page.getByRole('heading', { level: 1, name: 'Correct the trust check' })).toBeVisible();
  await expect(work.page.getByLabel('Evidence: what did you see or hear?')).not.toHaveValue('');
  // "Every page where text written on two computers at once is edited says so": the correction page did not.
  await expect(work.page.getByRole('status').filter({ hasText: 'written on two computers at once' })).toBeVisible({ timeout: 3000 });
});

test('correcting a check removed on the other computer meanwhile says it was removed and keeps the words', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  const evidence = page.getByLabel('Evidence: what did you see or hear?');
  await expect(evidence).toHaveValue(CHECK.evidence);
  const mine = 'Late by two days, after I asked twice.';
  await evidence.fill(mine);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:delete', { relationshipId: id, id: made.id });
  await arrived(app, id, (j) => j.checks.length === 0);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('button', { name: 'Save as a new trust check' })).toBeVisible();
  await expect(evidence).toHaveValue(mine);
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks).toHaveLength(0);
});

test('a cue card open here while the plan is discarded, then the person goes to the Trash, on the other computer', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  const prep = await ok(app, 'preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  await ok(app, 'preparations:save-draft', { relationshipId: id, id: prep.id, patch: { plan: { perspective: 'Ask how the launch week went for them.' } } });
  await app.page.goto(appUrl(`/r/${id}/prepare/${prep.id}/cue-card`));
  const card = app.page.getByRole('article', { name: 'Talking with Sam Rivera' });
  await expect(card).toContainText('Ask how the launch week went for them.');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('preparations:discard', { relationshipId: id, id: prep.id });
  await app.page.waitForTimeout(1500);
  await expect(card).toContainText('Ask how the launch week went for them.');
  await callOk(home)('relationships:delete', { id });
  await app.page.waitForTimeout(1500);
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a kept correction that changed how stirred up, the other computer changed it since: Save stops once and says so', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByLabel('Evidence: what did you see or hear?')).toHaveValue(CHECK.evidence);
  await page.getByRole('radio', { name: /^2 · Heated/ }).check();
  await keepAsDraft(app, `trust-check:${id}:${made.id}`);

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, activation: 3 });
  await arrived(app, id, (j) => j.checks[0]!.activation === 3);

  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  await expect(page.getByRole('radio', { name: /^2 · Heated/ })).toBeChecked();
  await page.getByRole('button', { name: 'Save changes' }).click();
  // A choice a kept draft changed, changed on the other computer since, stops Save once (CHOSEN_BOTH). The
  // check's choices (activation, a number; the ratings, a group) were written over silently.
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' }).or(page.getByText('Your other computer changed this too'))).toBeVisible();
  await expect(page.getByText('Your other computer changed this too')).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.activation, 'nothing saved yet').toBe(3);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.activation, 'the second Save keeps what is on screen').toBe(2);
});

test('correcting a check, feeling source and evidence rewritten on both: both versions, message beside the first, focus there', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK, source: 'The launch week.' });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  const source = page.getByLabel('Where is that feeling coming from?');
  const evidence = page.getByLabel('Evidence: what did you see or hear?');
  await expect(source).toHaveValue('The launch week.');
  await source.fill('My own deadline.');
  await evidence.fill('Late by two days, after I asked twice.');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, source: 'Old worries from last year.', evidence: 'The report reached the client on Monday.' });
  await arrived(app, id, (j) => j.checks[0]!.source === 'Old worries from last year.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(source).toHaveValue('Old worries from last year. / My own deadline.');
  await expect(evidence).toHaveValue('The report reached the client on Monday. / Late by two days, after I asked twice.');
  await expect(page.locator('#tc-source-error')).toContainText('Your other computer changed these words, and others on this page');
  await expect(source).toBeFocused();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  expect(after.source).toBe('Old worries from last year. / My own deadline.');
  expect(Date.parse(after.at), 'the same moment').toBe(Date.parse(CHECK.at));
});

test('Edit details, a one-word role rewritten on both computers is not silently written over', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', { ...SAM, role: 'Engineer' });
  await page.goto(appUrl(`/r/${id}/edit`));
  const role = page.getByLabel(/^Role/);
  await expect(role).toHaveValue('Engineer');
  await role.fill('Lead');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:update', { id, ...SAM, role: 'Designer' });
  await arrived(app, id, (j) => j.relationship.role === 'Designer');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' }).or(page.getByText('Your other computer changed these words too'))).toBeVisible();
  // As the one-word feeling: a role with no space was taken for "a date or a choice".
  expect((await ok(app, 'journals:get', { relationshipId: id })).relationship.role, 'the other computer’s role is not lost').toContain('Designer');
});

test('a kept correction of the evidence, the reading changed on the other computer since: Start over, Undo, Save keeps both changes', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  const evidence = page.getByLabel('Evidence: what did you see or hear?');
  const reading = page.getByLabel('What do you make of it?');
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(evidence).toHaveValue(CHECK.evidence);
  const mine = 'Late by two days, after I asked twice.';
  await evidence.fill(mine);
  await keepAsDraft(app, `trust-check:${id}:${made.id}`);

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const theirs = 'Probably the launch week.';
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, interpretation: theirs });
  await arrived(app, id, (j) => j.checks[0]!.interpretation === theirs);

  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  await expect(evidence).toHaveValue(mine);
  await expect(reading).toHaveValue(theirs);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(evidence).toHaveValue(CHECK.evidence);
  await expect(reading).toHaveValue(theirs);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(evidence).toHaveValue(mine);
  await expect(reading).toHaveValue(theirs);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  expect({ evidence: after.evidence, interpretation: after.interpretation }).toEqual({ evidence: mine, interpretation: theirs });
});

test('a debrief tied to a plan, one part written on both computers: its page points to both versions', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { id } = await ok(app, 'relationships:create', SAM);
  const prep = await ok(app, 'preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  await ok(app, 'preparations:save-draft', { relationshipId: id, id: prep.id, patch: { plan: { perspective: 'Ask how the launch week went.' } } });
  await ok(app, 'preparations:finish', { relationshipId: id, id: prep.id });
  const debrief = await ok(app, 'debriefs:start', { relationshipId: id, preparationId: prep.id, incidentId: null });
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('debriefs:patch', { relationshipId: id, id: debrief.id, patch: { steps: { perspective: { notes: 'They told me about the crunch.' } } } } as never);
  await ok(app, 'debriefs:patch', { relationshipId: id, id: debrief.id, patch: { steps: { perspective: { notes: 'They had two launches at once.' } } } } as never);
  const work = await app.restart({ path: `/r/${id}/debrief/${debrief.id}` });
  await expect(work.page.getByRole('status').filter({ hasText: 'written on two computers at once' })).toHaveText(/^Some of this debrief was/);
});

test('editing an estimate of their trust, a rating the other computer changed survives Save', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const EST = { at: '2026-11-20T10:00:00.000Z', ratings: { ...CHECK.ratings }, evidence: 'They brought me the risk early.', interpretation: '' };
  const made = await ok(app, 'their-trust:create', { relationshipId: id, ...EST });
  await page.goto(appUrl(`/r/${id}/their-trust/${made.id}`));
  await expect(page.getByLabel('What I saw or heard')).toHaveValue(EST.evidence);
  await page.getByRole('group', { name: /^I do what I say I will/ }).getByRole('radio', { name: '5', exact: true }).check();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('their-trust:update', { relationshipId: id, id: made.id, ...EST, ratings: { ...EST.ratings, care: 2 } });
  await arrived(app, id, (j) => j.theirTrust[0]!.ratings.care === 2);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).theirTrust[0]!.ratings).toEqual({ ...EST.ratings, reliability: 5, care: 2 });
});

test('a kept correction that moved the check’s time, the other computer moved it since: Save stops once beside When, then keeps mine', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  const when = page.locator('#tc-at');
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByLabel('Evidence: what did you see or hear?')).toHaveValue(CHECK.evidence);
  await when.fill('2026-11-19T09:30');
  await keepAsDraft(app, `trust-check:${id}:${made.id}`);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, at: '2026-11-18T08:00:00.000Z' });
  await arrived(app, id, (j) => Date.parse(j.checks[0]!.at) === Date.parse('2026-11-18T08:00:00.000Z'));
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(when).toHaveValue('2026-11-19T09:30');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#tc-at-error')).toContainText('Your other computer changed this too');
  await expect(when).toBeFocused();
  expect(Date.parse((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.at)).toBe(Date.parse('2026-11-18T08:00:00.000Z'));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  expect(Date.parse(after.at)).toBe(await page.evaluate(() => new Date('2026-11-19T09:30').getTime()));
});

test('a new trust check, kept as a draft, Cancel, back: Save creates it as typed', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  await page.goto(appUrl(`/r/${id}/check/new`));
  await page.getByRole('radio', { name: /^1 · Stirred/ }).check();
  await page.getByLabel('What are you feeling?').fill('uneasy');
  await page.getByRole('group', { name: /^Reliability/ }).getByRole('radio', { name: '5', exact: true }).check();
  await page.getByLabel('Evidence: what did you see or hear?').fill('The report came in late.');
  await keepAsDraft(app, `trust-check:new:${id}`);
  await page.goto(appUrl(`/r/${id}/check/new`));
  await expect(page.getByLabel('Evidence: what did you see or hear?')).toHaveValue('The report came in late.');
  await page.getByRole('button', { name: 'Save check' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const [c] = (await ok(app, 'journals:get', { relationshipId: id })).checks;
  expect({ activation: c!.activation, emotion: c!.emotion, reliability: c!.ratings.reliability, evidence: c!.evidence, debriefId: c!.debriefId })
    .toEqual({ activation: 1, emotion: 'uneasy', reliability: 5, evidence: 'The report came in late.', debriefId: null });
  expect(await ok(app, 'drafts:get', { key: `trust-check:new:${id}` })).toBeNull();
});

test('a kept correction that changed one rating, the other computer changed the same rating since: Save stops once beside that rating, then keeps mine and their other rating', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByLabel('Evidence: what did you see or hear?')).toHaveValue(CHECK.evidence);
  const reliability = page.getByRole('group', { name: /^Reliability/ });
  await reliability.getByRole('radio', { name: '5', exact: true }).check();
  await keepAsDraft(app, `trust-check:${id}:${made.id}`);

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, ratings: { ...CHECK.ratings, reliability: 2, care: 3 } });
  await arrived(app, id, (j) => j.checks[0]!.ratings.reliability === 2);

  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  await expect(reliability.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  // The care rating the kept draft never touched shows the other computer's, as Save keeps it.
  await expect(page.getByRole('group', { name: /^Care/ }).getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(reliability.getByRole('alert')).toHaveText(/Your other computer changed this too/);
  // The choice on screen takes the focus (an arrow key from the first radio would have changed it).
  await expect(reliability.getByRole('radio', { name: '5', exact: true })).toBeFocused();
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.ratings.reliability, 'nothing saved yet').toBe(2);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).checks[0]!.ratings).toEqual({ ...CHECK.ratings, reliability: 5, care: 3 });
});
