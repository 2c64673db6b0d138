import { randomUUID } from 'node:crypto';
import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';

/**
 * Found by a review: "Changes you had not saved" hid while *any* Undo was on offer, not only the Undo
 * that could bring back the entry of a change (the section vanished for ten seconds after any removal).
 */
test('an unrelated removal leaves "Changes you had not saved" in place during its Undo', async ({ openMend }) => {
  const app = await openMend();
  const ok = callOk(app.core);
  const { id } = await ok('relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  await ok('commitments:create', { relationshipId: id, owner: 'me', text: 'Reply to the deck within a day', dueAt: null, debriefId: null });
  // A change kept for a 1:1 note removed long ago (past its Undo): stranded.
  await ok('drafts:save', { key: `meeting-note:${id}:${randomUUID()}`, fields: { text: 'What I wanted to say about the launch.' } });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const section = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(section).toContainText('What I wanted to say about the launch.');
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Reply to the deck' });
  await item.locator('summary').click();
  await item.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Commitment removed.' })).toBeVisible();
  await page.waitForTimeout(300); // the page has read the journal again
  // Checked while that Undo is still on offer (its ten seconds would otherwise hide the fault).
  await expect(section.getByRole('article')).toHaveCount(1, { timeout: 1000 });
  await expect(section).toContainText('What I wanted to say about the launch.', { timeout: 1000 });
  await expect(page.getByRole('status').filter({ hasText: 'Commitment removed.' }).getByRole('button', { name: 'Undo' })).toBeVisible();
});
