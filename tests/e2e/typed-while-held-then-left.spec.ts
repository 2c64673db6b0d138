import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { MEETING_NOTE, openEdit } from './pages/entry-edit-pages';
import { KEPT, keptThenHeldLookups, releaseLookups } from './kept-draft';

/**
 * Characters typed into a form still waiting for its kept words are held by the form (draft-gate.ts) and
 * typed in once those words are in. Before, leaving the form, or closing or locking Mend, while it still
 * waited lost them: they were in no autosave. Now they are typed in and stored as the form goes (or as
 * the window is flushed), handed to the store with what the form opened with, so they land after the
 * kept words the form never showed, not over them.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}

/** The edit form, held, with " Also" typed at the end of its text (the focus put there, as Tab would). */
async function typeWhileHeld(page: Page): Promise<void> {
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  await expect(page.getByText('Looking for words you kept here. What you type shows in a moment.')).toBeVisible();
  const field = page.getByLabel(MEETING_NOTE.field);
  await field.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Also');
  await expect(field).toHaveValue('Talked about the launch.');
}

test('keys typed while the kept words are looked up, then the form left at once: kept after the kept words', async ({ openMend }) => {
  const app = await openMend();
  const { page, key } = await keptThenHeldLookups(app);
  await typeWhileHeld(page);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect.poll(async () => (await ok(app, 'drafts:get', { key }))?.fields['text'], { timeout: 5000 }).toBe(`${KEPT} Also`);
  await releaseLookups(page);
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  await expect(page.getByLabel(MEETING_NOTE.field)).toHaveValue(`${KEPT} Also`);
});

test('keys typed while the kept words are looked up, then the window closed: the close\'s flush keeps them', async ({ openMend }) => {
  const app = await openMend();
  const { page, key } = await keptThenHeldLookups(app);
  await typeWhileHeld(page);
  // Main asks the page to save everything before the window closes; the lookup still has not answered.
  const report = await app.flush();
  expect(report).toMatchObject({ failed: 0 });
  expect((await ok(app, 'drafts:get', { key }))?.fields['text']).toBe(`${KEPT} Also`);
  // The lookup answers after all: the form opens with the kept words and the keys, once.
  await releaseLookups(page);
  await expect(page.getByLabel(MEETING_NOTE.field)).toHaveValue(`${KEPT} Also`);
});
