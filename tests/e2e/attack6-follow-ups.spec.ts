import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { holdNext, REFUSED } from './held-calls';
import { appUrl, ok, SAM } from './two-computers';
import { value } from './pages/leader-side-pages';
import type { Journal } from '../../src/core/model/journal';

/**
 * Attack 6: the follow-up controls and the leader's side. Found, and failed before their fixes (4 tests):
 * a day typed to move one follow-up was thrown away when another follow-up changed (the list is drawn
 * anew; the controls now keep their state by place and id); Save the day, Done or Set aside pressed twice
 * while the first was on its way sent it twice (one change at a time now); a move refused after the
 * person left the page was never said (it is now, as a notice).
 */

const DAY = 864e5;

/** Sam with a conversation held yesterday and finished: its follow-ups are planned (1, 3, 6 weeks). */
async function withFollowUps(app: MendApp): Promise<{ id: string; journal: Journal }> {
  const id = (await ok(app, 'relationships:create', SAM)).id;
  const draft = await value<Journal['debriefs'][number]>(app, 'debriefs:start', { relationshipId: id, preparationId: null, incidentId: null });
  const { id: debriefId, preparationId: _p, incidentId: _i, status: _s, createdAt: _c, updatedAt: _u, ...fields } = draft;
  await value(app, 'debriefs:save', { relationshipId: id, id: debriefId, ...fields, heldAt: new Date(Date.now() - DAY).toISOString(),
    commitmentDrafts: [
      { key: 'them', owner: 'them', text: 'Flag a slipping deadline two days ahead.', dueAt: null },
      { key: 'me', owner: 'me', text: 'Keep stand-ups calm.', dueAt: null },
    ],
  });
  await value(app, 'debriefs:finish', { relationshipId: id, id: debriefId });
  const journal = await value<Journal>(app, 'journals:get', { relationshipId: id });
  expect(journal.followUps.length).toBeGreaterThanOrEqual(2);
  return { id, journal };
}

const dayAfter = (d: number): string => {
  const t = new Date(Date.now() + d * DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
};

async function openPerson(app: MendApp, id: string) {
  await app.page.goto(appUrl(`/r/${id}`));
  const list = app.page.getByRole('list', { name: 'Follow-ups' });
  await expect(list).toBeVisible();
  return list;
}

const stored = async (app: MendApp, id: string) => (await value<Journal>(app, 'journals:get', { relationshipId: id })).followUps;

test('a day typed to move one follow-up stays while another follow-up is marked done', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await withFollowUps(app);
  const list = await openPerson(app, id);
  const items = list.getByRole('listitem');
  const second = items.nth(1);
  await second.getByRole('button', { name: 'Move' }).click();
  const typed = dayAfter(40);
  await second.getByLabel('New day').fill(typed);
  // Another follow-up marked done meanwhile.
  await items.first().getByRole('button', { name: 'Done' }).click();
  await expect(app.page.getByText('Marked done.')).toBeVisible();
  // The day typed in the other one is still there.
  const stillOpen = list.getByRole('listitem').first();
  await expect(stillOpen.getByLabel('New day')).toHaveValue(typed);
});

test('a move refused is said beside the date, keeps the day, and a second Save the day moves it', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await withFollowUps(app);
  const list = await openPerson(app, id);
  const first = list.getByRole('listitem').first();
  const target = (await stored(app, id)).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]!;
  await first.getByRole('button', { name: 'Move' }).click();
  const typed = dayAfter(5);
  await first.getByLabel('New day').fill(typed);
  const move = holdNext(app, 'follow-ups:move');
  await first.getByRole('button', { name: 'Save the day' }).click();
  await expect.poll(() => move.held()).toBe(true);
  move.release(REFUSED);
  await expect(first.getByRole('alert')).toContainText('Mend could not save just now.');
  await expect(first.getByLabel('New day')).toHaveValue(typed);
  await expect(first.getByLabel('New day')).toHaveAttribute('aria-invalid', 'true');
  await first.getByRole('button', { name: 'Save the day' }).click();
  await expect(app.page.getByText('Moved.')).toBeVisible();
  await expect.poll(async () => (await stored(app, id)).find((f) => f.id === target.id)!.dueAt).toBe(typed);
  await expect(list.getByRole('alert')).toHaveCount(0);
});

test('Save the day pressed twice while the first move is on its way moves it once, to the day typed', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await withFollowUps(app);
  const list = await openPerson(app, id);
  const first = list.getByRole('listitem').first();
  const target = (await stored(app, id)).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]!;
  await first.getByRole('button', { name: 'Move' }).click();
  const typed = dayAfter(4);
  await first.getByLabel('New day').fill(typed);
  const move = holdNext(app, 'follow-ups:move');
  let moves = 0;
  const call = app.core.call.bind(app.core);
  app.core.call = (ch, input) => { if (ch === 'follow-ups:move') moves++; return call(ch, input); };
  await first.getByRole('button', { name: 'Save the day' }).click();
  await first.getByRole('button', { name: 'Save the day' }).click({ timeout: 2000 }).catch(() => undefined);
  await expect.poll(() => move.held()).toBe(true);
  move.release();
  await expect.poll(async () => (await stored(app, id)).find((f) => f.id === target.id)!.dueAt).toBe(typed);
  await app.flush();
  expect(moves, 'follow-ups:move calls for one Save the day intent').toBe(1);
});

test('Done pressed twice while the first is on its way resolves once, with no error', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await withFollowUps(app);
  const list = await openPerson(app, id);
  const first = list.getByRole('listitem').first();
  const target = (await stored(app, id)).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]!;
  const resolve = holdNext(app, 'follow-ups:resolve');
  let calls = 0;
  const call = app.core.call.bind(app.core);
  app.core.call = (ch, input) => { if (ch === 'follow-ups:resolve') calls++; return call(ch, input); };
  await first.getByRole('button', { name: 'Done' }).click();
  await first.getByRole('button', { name: 'Done' }).click({ timeout: 2000 }).catch(() => undefined);
  await expect.poll(() => resolve.held()).toBe(true);
  resolve.release();
  await expect.poll(async () => (await stored(app, id)).find((f) => f.id === target.id)!.status).toBe('done');
  await app.flush();
  await expect(app.page.getByRole('alert')).toHaveCount(0);
  expect(calls, 'follow-ups:resolve calls for one Done').toBe(1);
});

test('a day left empty, or typed before the conversation, gets a clear message beside the date', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await withFollowUps(app);
  const list = await openPerson(app, id);
  const first = list.getByRole('listitem').first();
  await first.getByRole('button', { name: 'Move' }).click();
  await first.getByLabel('New day').fill('');
  await first.getByRole('button', { name: 'Save the day' }).click();
  await expect(first.getByRole('alert')).toBeVisible();
  const emptyMessage = await first.getByRole('alert').textContent();
  expect(emptyMessage).toMatch(/date|day/i);
  expect(emptyMessage).not.toMatch(/Something went wrong/);
  await first.getByLabel('New day').fill('0202-02-02');
  await expect(first.getByRole('alert')).toHaveCount(0);
  await first.getByRole('button', { name: 'Save the day' }).click();
  await expect(first.getByRole('alert')).toContainText('That year looks like a typing slip.');
  await expect(first.getByLabel('New day')).toHaveValue('0202-02-02');
  await first.getByLabel('New day').fill('2100-01-01');
  await first.getByRole('button', { name: 'Save the day' }).click();
  await expect(first.getByRole('alert')).toContainText('That year looks like a typing slip.');
  await first.getByLabel('New day').fill(dayAfter(-5));
  await first.getByRole('button', { name: 'Save the day' }).click();
  await expect(first.getByRole('alert')).toContainText('A follow-up comes after the conversation.');
  await expect(first.getByLabel('New day')).toHaveValue(dayAfter(-5));
});

test('a move on its way when the person leaves by the sidebar still lands, without errors', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await withFollowUps(app);
  const list = await openPerson(app, id);
  const first = list.getByRole('listitem').first();
  const target = (await stored(app, id)).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]!;
  await first.getByRole('button', { name: 'Move' }).click();
  const typed = dayAfter(9);
  await first.getByLabel('New day').fill(typed);
  const move = holdNext(app, 'follow-ups:move');
  await first.getByRole('button', { name: 'Save the day' }).click();
  await expect.poll(() => move.held()).toBe(true);
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  move.release();
  await expect.poll(async () => (await stored(app, id)).find((f) => f.id === target.id)!.dueAt).toBe(typed);
  await app.flush();
});

test('a move refused, then the page left by the sidebar while it waits: the refusal is not lost silently', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await withFollowUps(app);
  const list = await openPerson(app, id);
  const first = list.getByRole('listitem').first();
  const target = (await stored(app, id)).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]!;
  await first.getByRole('button', { name: 'Move' }).click();
  await first.getByLabel('New day').fill(dayAfter(9));
  const move = holdNext(app, 'follow-ups:move');
  await first.getByRole('button', { name: 'Save the day' }).click();
  await expect.poll(() => move.held()).toBe(true);
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  move.release(REFUSED);
  await app.flush();
  expect((await stored(app, id)).find((f) => f.id === target.id)!.dueAt).toBe(target.dueAt);
  // The person was told the move did not happen (a notice, since the date box is gone).
  await expect(app.page.getByText(/could not|not saved|didn.t/i)).toBeVisible({ timeout: 3000 });
});

test('their-trust estimate: a refused save keeps the words, more typed, then one Save saves once', async ({ openMend }) => {
  const app = await openMend();
  const id = (await ok(app, 'relationships:create', SAM)).id;
  const { page } = app;
  await page.goto(appUrl(`/r/${id}/their-trust/new`));
  await expect(page.getByRole('heading', { level: 1, name: 'Their trust in me' })).toBeVisible();
  await page.getByRole('group', { name: 'I do what I say I will' }).getByRole('radio', { name: '4' }).check();
  const evidence = page.getByLabel('What I saw or heard');
  await evidence.fill('They cc me on everything.');
  const save = holdNext(app, 'their-trust:create');
  let creates = 0;
  const call = app.core.call.bind(app.core);
  app.core.call = (ch, input) => { if (ch === 'their-trust:create') creates++; return call(ch, input); };
  await page.getByRole('button', { name: 'Save the estimate' }).click();
  await expect.poll(() => save.held()).toBe(true);
  await evidence.press('End');
  await evidence.pressSequentially(' Since Monday.');
  save.release(REFUSED);
  await expect(page.getByText('Mend could not save just now.')).toBeVisible();
  await expect(evidence).toHaveValue('They cc me on everything. Since Monday.');
  await page.getByRole('button', { name: 'Save the estimate' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await app.flush();
  const j = await value<Journal>(app, 'journals:get', { relationshipId: id });
  expect(j.theirTrust.map((t) => t.evidence)).toEqual(['They cc me on everything. Since Monday.']);
  expect(creates).toBeLessThanOrEqual(2);
});
