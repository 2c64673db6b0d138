import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { RelationshipForm } from './pages/relationship-pages';
import { CHECK_IN, entry, openEdit } from './pages/entry-edit-pages';

/**
 * A change typed on an edit screen and left unsaved waits as a draft. When its entry is then removed
 * (past its Undo, or on the other computer) no Edit link leads to those words any more: the person's page
 * shows them, with the way to keep them as a new entry or to let them go.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}

test('a check-in changed, left unsaved, then removed: the person\'s page shows the words and keeps them as a new check-in', async ({ openMend }, testInfo) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const { page } = app;
  await CHECK_IN.write(page, 'Checked the deck twice.');
  await openEdit(page, CHECK_IN, /./);
  const typed = 'Checked the deck twice, and asked for the sources.';
  await page.getByLabel(CHECK_IN.field).fill(typed);
  await page.getByRole('button', { name: 'Cancel' }).click();
  const id = page.url().split('/r/')[1]!.split('/')[0]!;
  const note = (await ok(app, 'journals:get', { relationshipId: id })).monitoringNotes[0]!;
  const key = `own-check-in:${id}:${note.id}`;
  await expect.poll(async () => (await ok(app, 'drafts:get', { key }))?.fields['note'], { timeout: 5000 }).toBe(typed);
  // Removed on the other computer (or here, long past its Undo): the entry is gone, its change is not.
  await ok(app, 'monitoring-notes:delete', { relationshipId: id, id: note.id });
  const again = await app.restart({ path: `/r/${id}` });
  const p = again.page;
  const box = p.getByRole('region', { name: 'Changes you had not saved' });
  await expect(box).toContainText('A check-in of your own, removed');
  await expect(box).toContainText(typed);
  for (const [scheme, width] of [['light', 1280], ['dark', 700]] as const) {
    await p.emulateMedia({ colorScheme: scheme });
    await p.setViewportSize({ width, height: 800 });
    await box.screenshot({ path: testInfo.outputPath(`stranded-${scheme}-${width}.png`) });
  }
  await box.getByRole('link', { name: 'Open to keep them' }).click();
  await expect(p.getByRole('alert')).toContainText('Your words are still here.');
  await expect(p.getByLabel(CHECK_IN.field)).toHaveValue(typed);
  await p.getByRole('button', { name: 'Save as a new check-in' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'Saved as a new check-in.' })).toBeVisible();
  await expect(entry(p, /./).filter({ hasText: typed }).locator('summary')).toBeFocused();
  await expect(p.getByRole('region', { name: 'Changes you had not saved' })).toHaveCount(0);
  expect(await ok(again, 'drafts:get', { key })).toBeNull();
});

test('a commitment\'s reword left unsaved, then the commitment removed: its words are shown, and "Let them go" forgets them for good', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
  const c = await ok(app, 'capture:commitment', { relationshipId: id, owner: 'them', text: 'Share the research plan', dueAt: null });
  const key = `commitment:${id}:${c.id}`;
  await ok(app, 'drafts:save', { key, fields: { text: 'Share the research plan, with the budget', due: '' } });
  await ok(app, 'commitments:delete', { relationshipId: id, id: c.id });
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(box).toContainText('A commitment, removed');
  await expect(box).toContainText('Share the research plan, with the budget');
  await expect(box.getByRole('link')).toHaveCount(0);
  await box.getByRole('button', { name: 'Let them go' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Let them go' }).click();
  await expect(box).toHaveCount(0);
  expect(await ok(app, 'drafts:get', { key })).toBeNull();
  const again = await app.restart({ path: `/r/${id}` });
  await expect(again.page.getByRole('heading', { level: 1, name: 'Ana Silva' })).toBeVisible();
  await expect(again.page.getByRole('region', { name: 'Changes you had not saved' })).toHaveCount(0);
});

test('of two check-ins with a change waiting, only the removed one\'s change is shown: the other waits on its own entry', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  const at = new Date(Date.now() - 864e5).toISOString();
  const kept = await ok(app, 'monitoring-notes:create', { relationshipId: id, at, kind: 'other', note: 'Still here.' });
  const gone = await ok(app, 'monitoring-notes:create', { relationshipId: id, at, kind: 'other', note: 'Removed.' });
  for (const n of [kept, gone]) {
    await ok(app, 'drafts:save', { key: `own-check-in:${id}:${n.id}`, fields: { kind: 'other', at: '2026-11-30T09:00', note: `${n.note} Changed.` } });
  }
  await ok(app, 'monitoring-notes:delete', { relationshipId: id, id: gone.id });
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(box.getByRole('article')).toHaveCount(1);
  await expect(box).toContainText('Removed. Changed.');
  await expect(box).not.toContainText('Still here.');
  expect(await ok(app, 'drafts:get', { key: `own-check-in:${id}:${kept.id}` })).not.toBeNull();
});

test('a reword left unsaved, then its commitment removed for good: "Add as a new commitment" keeps the words as a commitment of the same person, theirs as before', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Share the research plan', dueAt: '2026-12-10', debriefId: null });
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await timeline.getByRole('listitem').filter({ hasText: 'Share the research plan' }).locator('summary').click();
  await page.getByRole('button', { name: 'Reword or change the date' }).click();
  await page.getByLabel('The commitment').fill('Share the research plan, with the budget');
  await page.keyboard.press('Escape'); // closed, the words kept as a draft
  const key = `commitment:${id}:${c.id}`;
  await expect.poll(async () => (await ok(app, 'drafts:get', { key }))?.fields['text'], { timeout: 5000 }).toBe('Share the research plan, with the budget');
  await ok(app, 'commitments:delete', { relationshipId: id, id: c.id });
  await page.reload();
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(box).toContainText('A commitment, removed');
  await box.getByRole('button', { name: /^Add as a new commitment/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Commitment added.' })).toBeVisible();
  await expect(box).toHaveCount(0);
  const added = (await ok(app, 'journals:get', { relationshipId: id })).commitments;
  expect(added.map((x) => [x.text, x.owner, x.dueAt])).toEqual([['Share the research plan, with the budget', 'them', '2026-12-10']]);
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Share the research plan, with the budget' }).locator('summary')).toBeFocused();
  expect(await ok(app, 'drafts:get', { key })).toBeNull();
});

test('a reword kept before Mend noted whose promise it was: the card asks, theirs or yours, and adds it so', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Reply within a day', dueAt: null, debriefId: null });
  const key = `commitment:${id}:${c.id}`;
  await ok(app, 'drafts:save', { key, fields: { text: 'Reply within a day, even if only to say when', due: '' } });
  await ok(app, 'commitments:delete', { relationshipId: id, id: c.id });
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(box.getByRole('button', { name: /^Add as a new commitment/ })).toHaveCount(0);
  await expect(box.getByRole('button', { name: /^Add as their commitment/ })).toBeVisible();
  await box.getByRole('button', { name: /^Add as your commitment/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Commitment added.' })).toBeVisible();
  const added = (await ok(app, 'journals:get', { relationshipId: id })).commitments;
  expect(added.map((x) => [x.text, x.owner, x.dueAt])).toEqual([['Reply within a day, even if only to say when', 'me', null]]);
  expect(await ok(app, 'drafts:get', { key })).toBeNull();
});
