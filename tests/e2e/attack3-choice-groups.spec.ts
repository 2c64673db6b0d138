import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { callOk } from '../support/typed-call';
import { appUrl, arrived, ok, openOtherComputer, SAM, WORK_LAPTOP } from './two-computers';

/** A helper's third attack, on 0cb6fc4 (the tests whose names say what it did failed there): choice groups with a stop message, by keyboard; repair attempt "Who made it?". */
const BID: { at: string; by: 'me' | 'them'; what: string; received: 'well' | 'partly' | 'not-yet' | 'unsure'; note: string } = { at: '2026-11-30T10:00:00.000Z', by: 'them', what: 'Flagged', received: 'well', note: 'First note.' };

async function keptBid(app: MendApp, change: (page: MendApp['page']) => Promise<void>, key: (f: Record<string, unknown>) => boolean, there: Partial<typeof BID>) {
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'repair-bids:create', { relationshipId: id, ...BID });
  await page.goto(appUrl(`/r/${id}/repair-bid/${made.id}`));
  await expect(page.getByLabel('What happened, in a line')).toHaveValue(BID.what);
  await change(page);
  await expect.poll(async () => key(((await ok(app, 'drafts:get', { key: `repair-bid:${id}:${made.id}` }))?.fields ?? {}) as Record<string, unknown>)).toBe(true);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('repair-bids:update', { relationshipId: id, id: made.id, ...BID, ...there });
  await arrived(app, id, (j) => Object.entries(there).every(([k, v]) => (j.repairBids[0] as Record<string, unknown>)[k] === v));
  await page.goto(appUrl(`/r/${id}/repair-bid/${made.id}`));
  await expect(page.getByText('You were writing this earlier')).toBeVisible();
  return { id, made };
}

test('repair attempt, keyboard only: after the stop beside "Was it received?" (kept: Partly, there: Not yet), ArrowLeft picks "It landed" (what it was before both): Save stores "It landed" (it stored the other computer\'s "Not yet")', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await keptBid(app, (p) => p.getByRole('group', { name: 'Was it received?' }).getByRole('radio', { name: 'Partly' }).check(),
    (f) => f.received === 'partly', { received: 'not-yet' });
  const received = page.getByRole('group', { name: 'Was it received?' });
  await page.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(received.getByText('Your other computer changed this too')).toBeVisible();
  await expect(received.getByRole('radio', { name: 'Partly' })).toBeFocused();
  await expect(received.getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(received).toHaveAttribute('aria-describedby', 'rb-received-error');
  // Tab out and back (Shift+Tab): the group keeps its choice and message.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(received.getByRole('radio', { name: 'Partly' })).toBeFocused();
  await expect(received.getByRole('radio', { name: 'Partly' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(received.getByRole('radio', { name: 'It landed' })).toBeChecked();
  await expect(received.getByRole('radio', { name: 'It landed' })).toBeFocused();
  const chosen = 'well';
  await page.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!.received).toBe(chosen);
});

test('repair attempt, kept draft changed "Who made it?", the other computer changed "Was it received?": no stop, both kept', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await keptBid(app, (p) => p.getByRole('group', { name: 'Who made it?' }).getByRole('radio', { name: 'I did' }).check(),
    (f) => f.by === 'me', { received: 'not-yet' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const bid = (await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!;
  expect({ by: bid.by, received: bid.received }).toEqual({ by: 'me', received: 'not-yet' });
});

test('repair attempt, kept draft changed "Who made it?", the other computer made the same choice since: no stop, saved', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await keptBid(app, (p) => p.getByRole('group', { name: 'Who made it?' }).getByRole('radio', { name: 'I did' }).check(),
    (f) => f.by === 'me', { by: 'me', note: 'Their note.' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const bid = (await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!;
  expect({ by: bid.by, note: bid.note }).toEqual({ by: 'me', note: 'Their note.' });
});
