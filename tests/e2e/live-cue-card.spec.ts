import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { openOtherComputer, WORK_LAPTOP } from './two-computers';

/**
 * The cue card is read just before a meeting, often after the plan was finished on the other computer.
 * Open here, it shows the plan as it is now, within 2 s of the change, with no blank in between. Failed
 * before: the card kept the words it opened with until it was opened again.
 */
const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: '' };

test('a cue card open here shows the plan the other computer changed, within 2 s', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const ok = callOk(app.core);
  const { id } = await ok('relationships:create', SAM);
  const prep = await ok('preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  await ok('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { plan: { perspective: 'Ask how the launch week went for them.' } } });
  await app.page.goto(`http://mend.localhost/index.html#/r/${id}/prepare/${prep.id}/cue-card`);
  const card = app.page.getByRole('article', { name: 'Talking with Sam Rivera' });
  await expect(card).toContainText('Ask how the launch week went for them.');

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { plan: { perspective: 'Ask what the launch week cost them, then listen.' } } });
  await expect(card).toContainText('Ask what the launch week cost them, then listen.', { timeout: 2000 });
  await expect(card).not.toContainText('Ask how the launch week went for them.');
  await expect(app.page.getByRole('heading', { level: 1, name: 'Talking with Sam Rivera' })).toBeVisible();
});

test('a cue card open here while the other computer discards the plan says so, and keeps the plan on screen', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const ok = callOk(app.core);
  const { id } = await ok('relationships:create', SAM);
  const prep = await ok('preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  await ok('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { plan: { perspective: 'Ask how the launch week went for them.' } } });
  await app.page.goto(`http://mend.localhost/index.html#/r/${id}/prepare/${prep.id}/cue-card`);
  const card = app.page.getByRole('article', { name: 'Talking with Sam Rivera' });
  await expect(card).toContainText('Ask how the launch week went for them.');
  await expect(card.getByRole('status')).toHaveCount(0);

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('preparations:discard', { relationshipId: id, id: prep.id });
  // Failed before: the card went on looking like a plan in use, with nothing said.
  await expect(card.getByRole('status')).toHaveText('This plan is in the Discarded list. Bring it back from Sam Rivera’s page to use it.', { timeout: 2000 });
  await expect(card).toContainText('Ask how the launch week went for them.');
});
