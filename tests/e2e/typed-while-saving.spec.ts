import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { appUrl, arrived, ok, openOtherComputer, openRepairAttempt, SAM, slowReads, stoppingSave, WORK_LAPTOP } from './two-computers';

/**
 * Keys typed while Save is on its way. Save reads the entry as it is now before it writes, and when
 * both computers rewrote the same words it puts both versions (or both computers' changes) on screen
 * instead of saving. What was typed in between must not be replaced by that: Save reads the screen
 * only once the entry has arrived. The core is made slow to answer that read (600 ms), so the keys
 * surely land while Save waits. The first two failed before: the words typed were replaced.
 */

test('words typed while Save finds a note rewritten on both computers are kept after both versions go on screen', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id, note } = await stoppingSave(app, 600);
  await page.keyboard.type(' And more.');
  await expect(page.getByText('Your other computer changed these words too')).toBeVisible();
  await expect(note).toHaveValue(/Their note\./);
  await expect(note).toHaveValue(/My note\./);
  await expect(note).toHaveValue(/ And more\.$/);
  // Nothing saved over the other computer's words; a second Save keeps all of it.
  expect((await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!.note).toBe('Their note.');
  const shown = await note.inputValue();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!.note).toBe(shown);
});

const NONE = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
const CHECK = {
  at: '2026-11-20T10:00:00.000Z', ratings: { reliability: 3, competence: 6, sincerity: null, care: 6, reliance: 4 },
  evidence: 'The report came in two days late.', interpretation: '', activation: 0 as const, emotion: 'calm', source: '', debriefId: null,
};

test('words typed while Save puts both computers\' changes to a trust check on screen stay beside them', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { page } = app;
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'checks:create', { relationshipId: id, ...CHECK });
  await page.goto(appUrl(`/r/${id}/check/${made.id}`));
  const evidence = page.getByLabel('Evidence: what did you see or hear?');
  const reading = page.getByLabel('What do you make of it?');
  await expect(evidence).toHaveValue(CHECK.evidence);
  const care = page.getByRole('group', { name: /^Care/ });
  await care.getByRole('radio', { name: '5', exact: true }).check();
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('checks:update', { relationshipId: id, id: made.id, ...CHECK, ratings: NONE, evidence: '' });
  await arrived(app, id, (j) => j.checks[0]!.evidence === '');

  slowReads(app, 600);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
  await reading.focus();
  await page.keyboard.type('Busy week');
  // The mix goes on screen (the evidence cleared there, the care rating given here), with the words typed.
  await expect(page.locator('#tc-evidence-error')).toContainText('Your other computer changed this entry too');
  // Someone typing since Save was pressed keeps the focus where they type (the message is an alert):
  // the rest of their words do not land in the evidence box mid-sentence.
  await expect(reading).toBeFocused();
  await page.keyboard.type(' for them.');
  await expect(evidence).toHaveValue('');
  await expect(reading).toHaveValue('Busy week for them.');
  await expect(care.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await evidence.fill('They sent the numbers.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  const after = (await ok(app, 'journals:get', { relationshipId: id })).checks[0]!;
  expect({ ratings: after.ratings, evidence: after.evidence, interpretation: after.interpretation })
    .toEqual({ ratings: { ...NONE, care: 5 }, evidence: 'They sent the numbers.', interpretation: 'Busy week for them.' });
});

test('words typed while Save waits for the entry as it is now are saved with it', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { page } = app;
  const { id, note } = await openRepairAttempt(app);
  await note.fill('My note.');
  slowReads(app, 600);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
  await note.focus();
  await page.keyboard.type(' And more.');
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok(app, 'journals:get', { relationshipId: id })).repairBids[0]!.note).toBe('My note. And more.');
});
