import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { openOtherComputer, WORK_LAPTOP } from './two-computers';

/**
 * Text written on two computers at once is offered both ways on the person's page. Every page where
 * that text is edited says so, and links there: before, only the incident's page did, so a leader
 * editing a 1:1 note, the notes about a person, a plan or a debrief saw one version and no hint of
 * the other. Each test here failed before (the page said nothing).
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}
const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };
const pointer = (app: MendApp) => app.page.getByRole('status').filter({ hasText: 'written on two computers at once' });

/** Follows the page's link to the person's page, where both versions are offered. */
async function followToBoth(app: MendApp, mine: string, theirs: string) {
  await pointer(app).getByRole('link', { name: 'Choose which to keep on their page' }).click();
  const offered = app.page.getByRole('region', { name: /written on two computers/i });
  await expect(offered).toContainText(mine);
  await expect(offered).toContainText(theirs);
}

test('a 1:1 note and the notes about a person, written on both computers: their edit pages point to both versions', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { id } = await ok(app, 'relationships:create', SAM);
  const at = '2026-11-20T10:00:00.000Z';
  const note = await ok(app, 'capture:note', { relationshipId: id, at, text: 'Talked about the launch.' });
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('capture:update-note', { relationshipId: id, id: note.id, at, text: 'Talked about the launch; they asked for help.' });
  await callOk(home)('relationships:update', { id, ...SAM, notes: 'Likes a heads-up before 1:1s.' });
  await ok(app, 'capture:update-note', { relationshipId: id, id: note.id, at, text: 'Talked about the launch and the budget.' });
  await ok(app, 'relationships:update', { id, ...SAM, notes: 'Prefers written updates.' });

  const work = await app.restart({ path: `/r/${id}/meeting-note/${note.id}` });
  await expect(work.page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(pointer(work)).toHaveText(/^Some of this entry was written on two computers at once/);
  await followToBoth(work, 'Talked about the launch and the budget.', 'Talked about the launch; they asked for help.');

  await work.page.goto(`http://mend.localhost/index.html#/r/${id}/edit`);
  await expect(pointer(work)).toHaveText(/^Some of these details were written on two computers at once/);
  await followToBoth(work, 'Prefers written updates.', 'Likes a heads-up before 1:1s.');
});

test('a plan and a debrief, one part written on both computers: their pages point to both versions', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { id } = await ok(app, 'relationships:create', SAM);
  const prep = await ok(app, 'preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  const debrief = await ok(app, 'debriefs:start', { relationshipId: id, preparationId: null, incidentId: null });
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: 'I told myself they had stopped caring.' } } });
  await callOk(home)('debriefs:patch', { relationshipId: id, id: debrief.id, patch: { steps: { perspective: { notes: 'They told me about the crunch.' } } } } as never);
  await ok(app, 'preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: 'Maybe the launch swallowed their week.' } } });
  await ok(app, 'debriefs:patch', { relationshipId: id, id: debrief.id, patch: { steps: { perspective: { notes: 'They had two launches at once.' } } } } as never);

  const work = await app.restart({ path: `/r/${id}/prepare/${prep.id}` });
  await expect(pointer(work)).toHaveText(/^Some of this plan was written on two computers at once/);
  await followToBoth(work, 'Maybe the launch swallowed their week.', 'I told myself they had stopped caring.');

  await work.page.goto(`http://mend.localhost/index.html#/r/${id}/debrief/${debrief.id}`);
  await expect(pointer(work)).toHaveText(/^Some of this debrief was written on two computers at once/);
  await followToBoth(work, 'They had two launches at once.', 'They told me about the crunch.');
});

test('an entry with nothing written on both computers says nothing of the kind', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { id } = await ok(app, 'relationships:create', SAM);
  const note = await ok(app, 'capture:note', { relationshipId: id, at: '2026-11-20T10:00:00.000Z', text: 'Talked about the launch.' });
  const prep = await ok(app, 'preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  for (const path of [`/r/${id}/meeting-note/${note.id}`, `/r/${id}/edit`, `/r/${id}/prepare/${prep.id}`]) {
    await app.page.goto(`http://mend.localhost/index.html#${path}`);
    await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
    await app.page.waitForTimeout(300);
    await expect(pointer(app), path).toHaveCount(0);
  }
});
