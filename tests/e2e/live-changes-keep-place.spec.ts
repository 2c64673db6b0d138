import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { openOtherComputer, WORK_LAPTOP } from './two-computers';

/**
 * Another computer's changes arrive within 2 s without disturbing the reader (issue #13 item 6): on the
 * Commitments screen they show; on the person's page the focus stays where it was and what is being read
 * stays where it was. Found by an attack (tests/e2e/_attack-live-page.spec.ts); each failed before the fix:
 * the Commitments screen read its list again only after changes made here, and every arriving change
 * drew every timeline entry anew (the focus fell to the page's body) and pushed down what was being read.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}
const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };
const url = (path: string) => `http://mend.localhost/index.html#${path}`;
const timeline = (app: MendApp) => app.page.getByRole('list', { name: 'Timeline' });
async function arrived(app: MendApp, id: string, check: (j: Value<'journals:get'>) => boolean) {
  await expect.poll(async () => check(await ok(app, 'journals:get', { relationshipId: id })), { timeout: 3000 }).toBe(true);
}

test('Commitments screen: a commitment added on the other computer appears within 2 s', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: null, debriefId: null });
  await app.page.goto(url('/commitments'));
  const open = app.page.getByRole('list', { name: 'Open commitments' });
  await expect(open.getByText('Send the draft by Thursday')).toBeVisible();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('commitments:create', { relationshipId: id, owner: 'me', text: 'Written at home: book the review room', dueAt: null, debriefId: null });
  await expect(open.getByText('Written at home: book the review room')).toBeVisible({ timeout: 2000 });
});

test('Commitments screen: a commitment being typed in "Add a commitment" is not disturbed by one from the other computer, which shows once the form is put away', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: null, debriefId: null });
  await app.page.goto(url('/commitments'));
  const open = app.page.getByRole('list', { name: 'Open commitments' });
  await expect(open.getByText('Send the draft by Thursday')).toBeVisible();
  await app.page.reload(); // the list of people, read at start, takes in Sam
  await app.page.getByRole('button', { name: 'Add a commitment' }).click();
  await app.page.getByLabel('With whom').selectOption({ label: 'Sam Rivera' });
  const words = app.page.getByLabel('What was promised');
  await words.fill('Share the launch plan');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('commitments:create', { relationshipId: id, owner: 'me', text: 'Written at home: book the review room', dueAt: null, debriefId: null });
  await expect(app.page.getByText('Changes from your other computer have arrived.')).toBeVisible({ timeout: 2000 });
  await app.page.keyboard.type(' by Monday');
  await expect(words).toHaveValue('Share the launch plan by Monday');
  await expect(words).toBeFocused();
  await expect(open.getByText('Written at home: book the review room'), 'waits while the form is open').toHaveCount(0);
  await app.page.getByRole('button', { name: 'Not now' }).click();
  await expect(open.getByText('Written at home: book the review room')).toBeVisible({ timeout: 2000 });
});

test('person page: the focus on an open entry\'s button stays put when another computer\'s change arrives', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: null, debriefId: null });
  await app.page.goto(url(`/r/${id}`));
  const item = timeline(app).getByRole('listitem').filter({ hasText: 'Send the draft' });
  await item.locator('summary').click();
  const reword = item.getByRole('button', { name: 'Reword or change the date' });
  await reword.focus();
  await expect(reword).toBeFocused();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('relationships:update', { id, ...SAM, notes: 'Notes changed at home.' });
  await expect(app.page.getByRole('region', { name: 'Notes' })).toContainText('Notes changed at home.', { timeout: 2000 });
  await app.page.waitForTimeout(300);
  await expect(reword).toBeFocused();
});

test('person page: the focus on an entry\'s summary (reading the timeline by keyboard) stays when another computer adds an entry', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  for (let i = 0; i < 6; i++) await ok(app, 'capture:note', { relationshipId: id, at: `2026-11-0${i + 1}T10:00:00.000Z`, text: `Note number ${i}` });
  await app.page.goto(url(`/r/${id}`));
  const summary = timeline(app).getByRole('listitem').filter({ hasText: 'Note number 3' }).locator('summary');
  await summary.focus();
  await expect(summary).toBeFocused();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('capture:note', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', text: 'Phoned from home about the launch.' });
  await expect(timeline(app).getByText('Phoned from home about the launch.')).toBeVisible({ timeout: 2000 });
  await app.page.waitForTimeout(300);
  await expect(summary).toBeFocused();
});

test('person page: what the person is reading far down the timeline does not move when the other computer adds an entry at the top', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  for (let i = 10; i < 50; i++) await ok(app, 'capture:note', { relationshipId: id, at: `2026-10-${String(i % 28 + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00.000Z`, text: `Note number ${i}` });
  await app.page.goto(url(`/r/${id}`));
  const reading = timeline(app).getByRole('listitem').filter({ hasText: 'Note number 20' });
  await expect(timeline(app)).toBeVisible();
  await app.page.mouse.move(600, 400);
  const top = () => app.page.evaluate(() => [...document.querySelectorAll('.timeline li')].find((li) => li.textContent?.includes('Note number 20'))?.getBoundingClientRect().top ?? null);
  const inView = async () => { const y = await top(); return y !== null && y > 250 && y < 600; };
  for (let i = 0; i < 60 && !(await inView()); i++) {
    await app.page.mouse.wheel(0, 200); // a person scrolling down to an older note
    await app.page.waitForTimeout(100);
  }
  await app.page.waitForTimeout(500);
  await expect(reading).toBeInViewport();
  const before = (await top())!;
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('capture:note', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', text: 'Phoned from home about the launch.' });
  await arrived(app, id, (j) => j.meetingNotes.length === 41);
  await expect(reading, 'the new entry is on the screen too').toHaveAttribute('aria-setsize', '41');
  await app.page.waitForTimeout(1500);
  const after = (await top())!;
  expect(Math.abs(after - before), `the entry being read moved from y=${before} to y=${after}`).toBeLessThan(5);
  await expect(reading).toBeInViewport();
});
