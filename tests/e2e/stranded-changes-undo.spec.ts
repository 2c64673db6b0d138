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

test('a reword\'s card waits while Undo may bring its commitment back, also on the page opened again meanwhile', async ({ openMend }) => {
  const app = await openMend();
  const ok = callOk(app.core);
  const { id } = await ok('relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
  const c = await ok('commitments:create', { relationshipId: id, owner: 'them', text: 'Share the research plan', dueAt: null, debriefId: null });
  await ok('drafts:save', { key: `commitment:${id}:${c.id}`, fields: { text: 'Share the research plan, with the budget', due: '', owner: 'them' } });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Share the research plan' });
  await item.locator('summary').click();
  await item.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  const undo = page.getByRole('status').filter({ hasText: 'Commitment removed.' }).getByRole('button', { name: 'Undo' });
  await undo.hover(); // the bar's ten seconds stop while the pointer rests on it
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Silva' })).toBeVisible();
  await undo.hover();
  await expect(undo).toBeVisible();
  await page.waitForTimeout(300); // the page has read what is kept
  await expect(page.getByRole('region', { name: 'Changes you had not saved' })).toHaveCount(0, { timeout: 1000 });
});

test('letting one card go while another waits for an Undo: the waiting one comes back once the Undo is gone', async ({ openMend }) => {
  const app = await openMend();
  const ok = callOk(app.core);
  const { id } = await ok('relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  const c = await ok('commitments:create', { relationshipId: id, owner: 'them', text: 'Share the research plan', dueAt: null, debriefId: null });
  await ok('drafts:save', { key: `commitment:${id}:${c.id}`, fields: { text: 'Share the research plan, with the budget', due: '', owner: 'them' } });
  await ok('drafts:save', { key: `meeting-note:${id}:${randomUUID()}`, fields: { text: 'What I wanted to say about the launch.' } });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const section = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(section).toContainText('What I wanted to say about the launch.');
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Share the research plan' });
  await item.locator('summary').click();
  await item.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Commitment removed.' })).toBeVisible();
  await section.getByRole('button', { name: /^Let them go/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Let them go' }).click();
  await page.getByRole('status').filter({ hasText: 'Commitment removed.' }).getByRole('button', { name: /Dismiss|Close/ }).click();
  await expect(section).toContainText('Share the research plan, with the budget');
});
