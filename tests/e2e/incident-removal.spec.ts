import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import AxeBuilder from '@axe-core/playwright';
import { ok, SAMPLE_INCIDENT } from './incident-sample';

/** An incident logged on the wrong person, or by mistake: removed from its timeline entry, with Undo. */
const incident = SAMPLE_INCIDENT;

async function samWithIncident(app: MendApp) {
  const sam = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  const made = await ok(app, 'incidents:create', { relationshipId: sam.id, ...incident });
  return { sam, made };
}

test('an incident is removed after a confirmation, stays gone after a restart, and its plan stays', async ({ openMend }) => {
  const app = await openMend();
  const { sam, made } = await samWithIncident(app);
  const prep = await ok(app, 'preparations:start', { relationshipId: sam.id, incidentId: made.id, plannedAt: null });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${sam.id}`);
  const timeline = page.getByRole('list', { name: 'Timeline' });
  const item = timeline.getByRole('listitem').filter({ hasText: incident.title }).filter({ hasText: 'Incident' });
  await item.locator('summary').click();
  await item.getByRole('button', { name: 'Remove this incident' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('It will no longer count in how trust is going.');
  await expect(dialog).toContainText('The plan about it stays, with everything you wrote in it.');
  // Cancel first: nothing changes.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'Remove this incident' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator('.undo-bar')).toContainText('Incident removed.');
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Incident' }).filter({ hasText: incident.title })).toHaveCount(0);
  // The plan is still on the timeline, now a plan for a conversation.
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Plan for a conversation' })).toHaveCount(1);

  const again = await app.restart();
  await again.page.goto(`http://mend.localhost/index.html#/r/${sam.id}`);
  const after = again.page.getByRole('list', { name: 'Timeline' });
  await expect(after.getByRole('listitem').filter({ hasText: 'Plan for a conversation' })).toHaveCount(1);
  await expect(after.getByRole('listitem').filter({ hasText: incident.title })).toHaveCount(0);
  const journal = await ok<{ preparations: { id: string }[]; incidents: unknown[] }>(again, 'journals:get', { relationshipId: sam.id });
  expect(journal.incidents).toEqual([]);
  expect(journal.preparations.map((p) => p.id)).toEqual([prep.id]);
  expect(again.errors).toEqual([]);
});

test('Undo, by keyboard alone, brings the incident back whole, and the plan is about it again', async ({ openMend }) => {
  const app = await openMend();
  const { sam, made } = await samWithIncident(app);
  await ok(app, 'preparations:start', { relationshipId: sam.id, incidentId: made.id, plannedAt: null });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${sam.id}`);
  const timeline = page.getByRole('list', { name: 'Timeline' });
  const item = timeline.getByRole('listitem').filter({ hasText: 'Incident' }).filter({ hasText: incident.title });
  await item.locator('summary').focus();
  await page.keyboard.press('Enter');
  const remove = item.getByRole('button', { name: 'Remove this incident' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).focus();
  await page.keyboard.press('Enter');
  const undo = page.locator('.undo-bar').getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('The incident is back.')).toBeVisible();
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Incident' }).filter({ hasText: incident.title })).toHaveCount(1);
  await expect(timeline.getByRole('listitem').filter({ hasText: `Plan for “${incident.title}”` })).toHaveCount(1);
  const journal = await ok<{ incidents: { id: string; facts: string }[]; preparations: { incidentId: string }[] }>(app, 'journals:get', { relationshipId: sam.id });
  expect(journal.incidents).toHaveLength(1);
  expect(journal.incidents[0]!.facts).toBe(incident.facts);
  expect(journal.preparations[0]!.incidentId).toBe(journal.incidents[0]!.id);
  expect(app.errors).toEqual([]);
});

test('the confirmation passes axe in light and dark', async ({ openMend }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const app = await openMend({ colorScheme });
    const { sam } = await samWithIncident(app);
    const { page } = app;
    await page.goto(`http://mend.localhost/index.html#/r/${sam.id}`);
    const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: incident.title });
    await item.locator('summary').click();
    // The whole page with the entry open (its new link), then the confirmation.
    const open = await new AxeBuilder({ page }).analyze();
    expect(open.violations.map((v) => v.id), colorScheme).toEqual([]);
    await item.getByRole('button', { name: 'Remove this incident' }).click();
    await expect(page.getByRole('dialog')).toContainText('It will no longer count in how trust is going. You can undo this for a few seconds.');
    const asked = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(asked.violations.map((v) => v.id), colorScheme).toEqual([]);
    await app.close();
  }
});

test('an incident removed while its edit page is open: Save says so, keeps the words, and saves them as a new incident', async ({ openMend }) => {
  const app = await openMend();
  const { sam, made } = await samWithIncident(app);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${sam.id}/incident/${made.id}`);
  const facts = page.getByLabel('The facts');
  await expect(facts).toHaveValue(incident.facts);
  const typed = 'It arrived on Monday at ten past nine.';
  await facts.fill(typed);
  // Removed meanwhile (on the other computer, or in another way): the page does not know yet.
  await ok(app, 'incidents:delete', { relationshipId: sam.id, id: made.id });
  await page.getByRole('button', { name: 'Save changes' }).click();
  const alert = page.locator('#entry-gone');
  await expect(alert).toContainText('This incident is not in this journal any more');
  await expect(alert).toContainText('Your words are still here. Save them as a new incident, or press Cancel to let them go.');
  await expect(alert).toBeFocused();
  await expect(facts).toHaveValue(typed);
  await page.getByRole('button', { name: 'Save as a new incident' }).click();
  await expect(page.getByText('Saved as a new incident.')).toBeVisible();
  const journal = await ok<{ incidents: { id: string; facts: string }[] }>(app, 'journals:get', { relationshipId: sam.id });
  expect(journal.incidents.map((i) => i.facts)).toEqual([typed]);
  expect(journal.incidents[0]!.id).not.toBe(made.id);
  // It opens where it is on the timeline.
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: incident.title })).toContainText(typed);
});
