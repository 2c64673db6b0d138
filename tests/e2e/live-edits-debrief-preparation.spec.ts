import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { openOtherComputer, WORK_LAPTOP } from './two-computers';

/**
 * Found by an attack (tests/e2e/_attack-live-editors.spec.ts); each test here failed before the fix.
 * The other computer changes a debrief or a preparation while it is open here: what it wrote must not
 * be written over by this screen's older copy, and it shows here in the fields nobody touched here,
 * never in a field the person is typing in.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}
const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };
const url = (path: string) => `http://mend.localhost/index.html#${path}`;

/** Waits until this computer's core has merged what the other computer wrote (the watch ran). */
async function arrived(app: MendApp, id: string, check: (j: Value<'journals:get'>) => boolean) {
  await expect.poll(async () => check(await ok(app, 'journals:get', { relationshipId: id })), { timeout: 3000 }).toBe(true);
}

/** A debrief open here with "What I learned" half typed, and the other computer writing "What surprised me". */
async function debriefWrittenOnBoth(app: MendApp) {
  const { id } = await ok(app, 'relationships:create', SAM);
  const d = await ok(app, 'debriefs:start', { relationshipId: id, preparationId: null, incidentId: null });
  await app.page.goto(url(`/r/${id}/debrief/${d.id}`));
  const learned = app.page.getByLabel('What I learned');
  await learned.fill('They want');
  const home = await openOtherComputer(app.dataDir);
  const there = (await callOk(home)('journals:get', { relationshipId: id })).debriefs[0]!;
  const { id: _i, createdAt: _c, updatedAt: _u, status: _s, preparationId: _p, incidentId: _n, ...fields } = there;
  const HOME = 'Written at home: they were surprised I asked first.';
  await callOk(home)('debriefs:save', { relationshipId: id, id: d.id, ...fields, surprised: HOME });
  await arrived(app, id, (j) => j.debriefs[0]!.surprised === HOME);
  return { id, learned, HOME };
}

test('debrief: words the other computer wrote in another field survive typing here', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id, learned, HOME } = await debriefWrittenOnBoth(app);
  // The person goes on typing here, in their own field.
  await learned.press('End');
  await app.page.keyboard.type(' more say in the plan.');
  await expect(app.page.getByText(/^Saved/).first()).toBeVisible({ timeout: 5000 }).catch(() => undefined);
  await app.page.waitForTimeout(1500);
  const after = (await ok(app, 'journals:get', { relationshipId: id })).debriefs[0]!;
  expect(after.learned).toBe('They want more say in the plan.');
  expect(after.surprised, 'not written over by this screen’s older, empty copy').toBe(HOME);
});

test('debrief: words the other computer wrote show in their field here; the field being typed in keeps its words', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { learned, HOME } = await debriefWrittenOnBoth(app);
  await expect(app.page.getByLabel('What surprised me')).toHaveValue(HOME, { timeout: 2000 });
  await expect(learned).toHaveValue('They want');
  await expect(learned).toBeFocused();
});

test('preparation: a step the other computer filled in shows its words when the person moves to it here', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  const prep = await ok(app, 'preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  await app.page.goto(url(`/r/${id}/prepare/${prep.id}`));
  const source = app.page.getByLabel('Where is it coming from?');
  await source.fill('The client call');

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const HOME = 'Written at home: the report came in on Monday, two days late.';
  await callOk(home)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { camera: HOME } } });
  await arrived(app, id, (j) => j.preparations[0]!.facts.camera === HOME);
  await app.page.waitForTimeout(2000);
  await expect(source).toHaveValue('The client call');
  await expect(source).toBeFocused();

  await app.page.getByRole('button', { name: /^Next:/ }).click();
  const camera = app.page.getByLabel('What would a camera have recorded?');
  await expect(camera).toBeVisible();
  await expect(camera).toHaveValue(HOME);
  // Moving on stored what was typed here, beside the other computer's words.
  const after = (await ok(app, 'journals:get', { relationshipId: id })).preparations[0]!;
  expect({ source: after.coolDown.source, camera: after.facts.camera }).toEqual({ source: 'The client call', camera: HOME });
});
