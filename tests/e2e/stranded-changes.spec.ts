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

/** A week from today, as a date field holds it. */
const inAWeek = (): string => {
  const d = new Date(Date.now() + 7 * 864e5);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Ana's commitment with a reword kept as a draft (`fields`), then the commitment removed for good. */
async function strandedReword(app: MendApp, fields: Record<string, unknown>) {
  const { id } = await ok(app, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Share the research plan', dueAt: null, debriefId: null });
  const key = `commitment:${id}:${c.id}`;
  await ok(app, 'drafts:save', { key, fields: { text: 'Share the research plan, with the budget', due: '', owner: 'them', ...fields } });
  await ok(app, 'commitments:delete', { relationshipId: id, id: c.id });
  return { id, key };
}

const quickForm = (page: MendApp['page']) => page.getByRole('form', { name: 'Add a commitment' });

test('a reword left unsaved, then its commitment removed for good: "Add as a new commitment" moves the words, whose they were and the date into "Add a commitment", to check and save', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
  const due = inAWeek();
  const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Share the research plan', dueAt: due, debriefId: null });
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await timeline.getByRole('listitem').filter({ hasText: 'Share the research plan' }).locator('summary').click();
  await page.getByRole('button', { name: 'Reword or change the date' }).click();
  await page.getByLabel('The commitment').fill('Share the research plan, with the budget');
  await page.keyboard.press('Escape'); // closed, the words kept as a draft
  const key = `commitment:${id}:${c.id}`;
  await expect.poll(async () => (await ok(app, 'drafts:get', { key }))?.fields['owner'], { timeout: 5000 }).toBe('them');
  await ok(app, 'commitments:delete', { relationshipId: id, id: c.id });
  await page.reload();
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(box).toContainText('A commitment, removed');
  await expect(box).toContainText('Their commitment, due by');
  await box.getByRole('button', { name: /^Add as a new commitment/ }).click();
  const form = quickForm(page);
  await expect(form.getByLabel('What was promised')).toBeFocused();
  await expect(form.getByLabel('What was promised')).toHaveValue('Share the research plan, with the budget');
  await expect(form.getByRole('radio', { name: 'Theirs' })).toBeChecked();
  await expect(form.getByLabel('Due by')).toHaveValue(due);
  await expect(box).toHaveCount(0);
  expect(await ok(app, 'drafts:get', { key })).toBeNull();
  await form.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Commitment added.' })).toBeVisible();
  const added = (await ok(app, 'journals:get', { relationshipId: id })).commitments;
  expect(added.map((x) => [x.text, x.owner, x.dueAt])).toEqual([['Share the research plan, with the budget', 'them', due]]);
});

test('a double click on "Add as a new commitment" moves the words once, and nothing is added until they are saved', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id, key } = await strandedReword(app, {});
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await box.getByRole('button', { name: /^Add as a new commitment/ }).dblclick();
  await expect(quickForm(page).getByLabel('What was promised')).toHaveValue('Share the research plan, with the budget');
  await expect(box).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'You have a commitment waiting' })).toHaveCount(0);
  expect(await ok(app, 'drafts:get', { key })).toBeNull();
  expect((await ok(app, 'journals:get', { relationshipId: id })).commitments).toEqual([]);
});

test('a reword kept before Mend noted whose promise it was: the form asks, and it is added as chosen', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await strandedReword(app, { owner: undefined, text: 'Reply within a day, even if only to say when' });
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(box).toContainText('A commitment, with no date.');
  await box.getByRole('button', { name: /^Add as a new commitment/ }).click();
  const form = quickForm(page);
  await form.getByRole('radio', { name: 'Mine' }).check();
  await form.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Commitment added.' })).toBeVisible();
  const added = (await ok(app, 'journals:get', { relationshipId: id })).commitments;
  expect(added.map((x) => [x.text, x.owner, x.dueAt])).toEqual([['Reply within a day, even if only to say when', 'me', null]]);
});

test('words already being written in "Add a commitment" are never replaced by a moved reword', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id, key } = await strandedReword(app, {});
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  await quickForm(page).getByLabel('What was promised').fill('Send the slides before Monday');
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await box.getByRole('button', { name: /^Add as a new commitment/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You have a commitment waiting' })).toBeVisible();
  await expect(quickForm(page).getByLabel('What was promised')).toHaveValue('Send the slides before Monday');
  await expect(box).toContainText('Share the research plan, with the budget');
  expect((await ok(app, 'drafts:get', { key }))?.fields['text']).toBe('Share the research plan, with the budget');
});

test('the reword\'s own copy cannot be forgotten after the move: the person is told, and a second click adds nothing twice', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await strandedReword(app, {});
  const call = app.core.call.bind(app.core);
  app.core.call = (channel, input) =>
    channel === 'drafts:clear' ? Promise.resolve({ ok: false, code: 'storage', message: 'Mend could not write to its folder.' }) : call(channel, input);
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await box.getByRole('button', { name: /^Add as a new commitment/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'could not be removed just now' })).toBeVisible();
  await expect(quickForm(page).getByLabel('What was promised')).toHaveValue('Share the research plan, with the budget');
  // Again: the form holds these very words, so the move only tries once more to forget the card's copy.
  await box.getByRole('button', { name: /^Add as a new commitment/ }).click();
  await expect(quickForm(page).getByLabel('What was promised')).toHaveValue('Share the research plan, with the budget');
  await quickForm(page).getByRole('button', { name: 'Add the commitment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Commitment added.' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).commitments.map((x) => x.text)).toEqual(['Share the research plan, with the budget']);
});

test('one kept change that cannot be read: the page still lists the others, and says one could not be read', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  const at = new Date(Date.now() - 864e5).toISOString();
  const a = await ok(app, 'monitoring-notes:create', { relationshipId: id, at, kind: 'other', note: 'First.' });
  const b = await ok(app, 'monitoring-notes:create', { relationshipId: id, at, kind: 'other', note: 'Second.' });
  for (const n of [a, b]) {
    await ok(app, 'drafts:save', { key: `own-check-in:${id}:${n.id}`, fields: { kind: 'other', at: '2026-11-30T09:00', note: `${n.note} Changed.` } });
    await ok(app, 'monitoring-notes:delete', { relationshipId: id, id: n.id });
  }
  const unreadable = `own-check-in:${id}:${a.id}`;
  const call = app.core.call.bind(app.core);
  app.core.call = (channel, input) =>
    channel === 'drafts:get' && (input as { key: string }).key === unreadable
      ? Promise.resolve({ ok: false, code: 'storage', message: 'Mend could not read its drafts.' })
      : call(channel, input);
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(box).toContainText('Second. Changed.');
  await expect(box).toContainText('One change you had not saved could not be read just now.');
  await expect(box).not.toContainText('First. Changed.');
});

/** Two of Ana's commitments, each with a reword kept, both then removed for good. */
async function twoStranded(app: MendApp) {
  const { id } = await ok(app, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
  const keys: string[] = [];
  for (const text of ['Share the research plan, with the budget', 'Reply within a day, even if only to say when']) {
    const c = await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Something else', dueAt: null, debriefId: null });
    const key = `commitment:${id}:${c.id}`;
    await ok(app, 'drafts:save', { key, fields: { text, due: '', owner: 'them' } });
    await ok(app, 'commitments:delete', { relationshipId: id, id: c.id });
    keys.push(key);
  }
  return { id, keys };
}

/** The words of both rewords, wherever they are kept now: the form's draft or their own. */
async function whereTheWordsAre(app: MendApp, id: string, keys: string[]): Promise<string[]> {
  const form = (await ok(app, 'drafts:get', { key: `capture-commitment:${id}` }))?.fields['text'];
  const cards = await Promise.all(keys.map(async (key) => (await ok(app, 'drafts:get', { key }))?.fields['text']));
  return [form, ...cards].filter((t): t is string => typeof t === 'string');
}

test('two cards moved one right after the other, the disk slow: neither card\'s words are lost', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id, keys } = await twoStranded(app);
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(box.getByRole('article')).toHaveCount(2);
  const call = app.core.call.bind(app.core);
  const gates: (() => void)[] = [];
  app.core.call = (channel, input) =>
    channel === 'drafts:save' && String((input as { key: string }).key).startsWith('capture-commitment:')
      ? new Promise<void>((r) => gates.push(r)).then(() => call(channel, input))
      : call(channel, input);
  // Both clicked in one go (a slow disk leaves time for a second click before the first move ends).
  await box.evaluate((b) => b.querySelectorAll<HTMLButtonElement>('button.primary').forEach((x) => x.click()));
  await expect.poll(() => gates.length).toBe(1);
  gates.splice(0).forEach((open) => open());
  // The first card's words are in the form (the cards' order follows their drafts' ids), the other card waits.
  await expect(quickForm(page).getByLabel('What was promised')).toHaveValue(/^(Share the research plan, with the budget|Reply within a day, even if only to say when)$/);
  await expect(box.getByRole('article')).toHaveCount(1);
  expect((await whereTheWordsAre(app, id, keys)).sort()).toEqual(['Reply within a day, even if only to say when', 'Share the research plan, with the budget']);
});

test('after "Not now", the next card still cannot replace the words waiting in the form, and says how to go on', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const { id, keys } = await twoStranded(app);
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await box.getByRole('button', { name: /^Add as a new commitment/ }).first().click();
  await expect(quickForm(page).getByLabel('What was promised')).toHaveValue(/./);
  await quickForm(page).getByRole('button', { name: 'Not now' }).click();
  await box.getByRole('button', { name: /^Add as a new commitment/ }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Add it first, then bring these words over.' })).toBeVisible();
  await expect(quickForm(page).getByLabel('What was promised')).toBeFocused();
  await quickForm(page).getByRole('button', { name: 'Add the commitment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Commitment added.' })).toBeVisible();
  const added = (await ok(app, 'journals:get', { relationshipId: id })).commitments.map((c) => c.text);
  await box.getByRole('button', { name: /^Add as a new commitment/ }).first().click();
  await expect(box).toHaveCount(0);
  const left = ['Share the research plan, with the budget', 'Reply within a day, even if only to say when'].filter((t) => !added.includes(t));
  expect(await whereTheWordsAre(app, id, keys)).toEqual(left);
});

test('a move cut short by a close (the form\'s draft written, the card\'s not yet forgotten): after a restart the card finishes the move instead of refusing', async ({ openMend }) => {
  const app = await openMend();
  const { id, key } = await strandedReword(app, {});
  await ok(app, 'drafts:save', { key: `capture-commitment:${id}`, fields: { relationshipId: id, owner: 'them', text: 'Share the research plan, with the budget', dueAt: '' } });
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const box = page.getByRole('region', { name: 'Changes you had not saved' });
  await expect(quickForm(page).getByLabel('What was promised')).toHaveValue('Share the research plan, with the budget');
  await box.getByRole('button', { name: /^Add as a new commitment/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ready to check' })).toBeVisible();
  await expect(box).toHaveCount(0);
  expect(await ok(app, 'drafts:get', { key })).toBeNull();
  await expect(quickForm(page).getByLabel('What was promised')).toHaveValue('Share the research plan, with the budget');
});
