import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { RelationshipForm } from './pages/relationship-pages';
import { MEETING_NOTE, openEdit } from './pages/entry-edit-pages';
import { KEPT, keptMeetingNoteChanges } from './kept-draft';

/**
 * A form asks the disk for words kept from an earlier visit as it opens. On a slow disk (a synced
 * folder, a network drive) that answer can take a while, and the form is already on screen. Before, any
 * change made meanwhile (one key, a date) won over the whole kept draft, and the next save wrote over it
 * on disk. The form now takes no change until the kept words are in (draft-gate.ts); characters typed
 * meanwhile are typed in after them.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}

/**
 * KEPT waits as a 1:1 note's draft; then the draft lookup is slowed in the page: by 1.5 s, or, `held`,
 * until the test calls releaseLookups (a fixed delay ran out before the test's own steps on a loaded
 * CI machine, and the kept words arrived before the test looked at the held form).
 */
async function keptChangesThenSlowDisk(app: MendApp, held = false): Promise<{ page: Page; key: string }> {
  const { page, key } = await keptMeetingNoteChanges(app);
  await page.evaluate(`(() => {
    const invoke = window.__mendInvoke;
    const gate = new Promise((r) => { window.__releaseLookups = r; if (!${held}) setTimeout(r, 1500); });
    window.__mendInvoke = (channel, input) =>
      channel === 'drafts:get' ? gate.then(() => invoke(channel, input)) : invoke(channel, input);
  })()`);
  return { page, key };
}

const releaseLookups = (page: Page) => page.evaluate('window.__releaseLookups()');

test('keys pressed while the kept words are still being looked up land after them, not over them; the form then takes typing', async ({ openMend }) => {
  const app = await openMend();
  const { page, key } = await keptChangesThenSlowDisk(app, true);
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  const field = page.getByLabel(MEETING_NOTE.field);
  // The form is held: it says why once the wait is noticeable, and takes no keys yet (the focus, yes).
  await expect(page.getByText('Looking for words you kept here. What you type shows in a moment.')).toBeVisible();
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(1);
  await field.focus(); // as Tab would: the focus moves through a held form as always
  await page.keyboard.type(' Also');
  // Not a character: it does not land now. Later it takes back the held "o", as it would have: what is
  // typed in is what the person meant (before, it was dropped, and the "o" they took back came back).
  await page.keyboard.press('Backspace');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Talked about the launch.');
  await releaseLookups(page);
  // The kept words come back whole, the keys typed meanwhile after them, and the form takes typing.
  await expect(field).toHaveValue(`${KEPT} Als`);
  await expect(page.getByText('You were writing this earlier, so Mend kept it for you.')).toBeVisible();
  await expect(page.getByText('Looking for words you kept here.')).toHaveCount(0);
  await page.keyboard.type('o then more.');
  await expect(field).toHaveValue(`${KEPT} Also then more.`);
  await expect.poll(async () => (await ok(app, 'drafts:get', { key }))?.fields['text'], { timeout: 5000 }).toBe(`${KEPT} Also then more.`);
});

test('a date cannot be changed under the kept words while they are looked up, and leaving at once keeps them', async ({ openMend }) => {
  const app = await openMend();
  const { page, key } = await keptChangesThenSlowDisk(app);
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  const when = page.getByLabel('When');
  const opened = await when.inputValue();
  await when.focus();
  await page.keyboard.type('2026');
  await expect(when).toHaveValue(opened);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await app.flush();
  expect((await ok(app, 'drafts:get', { key }))?.fields['text']).toBe(KEPT);
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  await expect(page.getByLabel(MEETING_NOTE.field)).toHaveValue(KEPT);
});

test('a form opened to write in takes the focus at once, and the keys typed at once show once its kept words are looked for; a held form cannot be saved', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const { page } = app;
  await page.evaluate(`(() => {
    const invoke = window.__mendInvoke;
    window.__mendInvoke = (channel, input) =>
      channel === 'drafts:get' ? new Promise((r) => setTimeout(r, 1200)).then(() => invoke(channel, input)) : invoke(channel, input);
  })()`);
  await page.getByRole('region', { name: 'Between conversations' }).getByRole('button', { name: 'Write a 1:1 note' }).click();
  const form = page.getByRole('form', { name: 'Write a 1:1 note' });
  await expect(form.getByLabel('What came up')).toBeFocused();
  // Held: Ctrl+Enter (which clicks Save) does nothing yet, and a click made in code is stopped too.
  await page.keyboard.press('Control+Enter');
  await form.getByRole('button', { name: 'Save the note' }).dispatchEvent('click');
  // Typing at once, as someone who opened the form to write would: held, it shows a moment later.
  await page.keyboard.type('Talked about');
  await expect(form).toHaveAttribute('aria-busy', 'true');
  await expect(form.getByLabel('What came up')).toHaveValue('');
  await expect(form.getByLabel('What came up')).toHaveAttribute('aria-invalid', 'false');
  await expect(form).not.toHaveAttribute('aria-busy');
  await expect(form.getByLabel('What came up')).toBeFocused();
  await expect(form.getByLabel('What came up')).toHaveValue('Talked about');
  await page.keyboard.type(' the week.');
  await expect(form.getByLabel('What came up')).toHaveValue('Talked about the week.');
  const id = page.url().split('/r/')[1]!.split('/')[0]!;
  expect((await ok(app, 'journals:get', { relationshipId: id })).meetingNotes).toEqual([]);
});

test('a kept draft whose lookup never answers: the form opens after a few seconds, and what is typed is stored beside the words it could not see', async ({ openMend }) => {
  const app = await openMend();
  const { page, key } = await keptChangesThenSlowDisk(app);
  await page.evaluate(`(() => { window.__mendInvoke = ((invoke) => (c, i) => c === 'drafts:get' ? new Promise(() => undefined) : invoke(c, i))(window.__mendInvoke); })()`);
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  const form = page.locator('form[aria-busy="true"]');
  await expect(form).toHaveCount(1);
  await expect(form).toHaveCount(0, { timeout: 8000 });
  const field = page.getByLabel(MEETING_NOTE.field);
  await field.click();
  await field.press('End');
  await field.pressSequentially(' Also.');
  // The save hands the store what the form opened with: the store, which can read its drafts, lays the
  // words after the kept ones (only words added at the end), and they come on screen too.
  await expect(field).toHaveValue(`${KEPT} Also.`);
  expect((await app.flush())?.unsaved.length).toBe(0);
  expect((await ok(app, 'drafts:get', { key }))?.fields['text']).toBe(`${KEPT} Also.`);
});

test('the lookup fails, then words are typed: the first save lays them beside the kept words, on disk and on screen', async ({ openMend }) => {
  const app = await openMend();
  const { page, key } = await keptChangesThenSlowDisk(app);
  // This time the slow lookup fails (a disk that did not answer); the next one works.
  await page.evaluate(`(() => {
    const invoke = window.__mendInvoke;
    let failed = false;
    window.__mendInvoke = (channel, input) => {
      if (channel !== 'drafts:get' || failed) return invoke(channel, input);
      failed = true;
      return Promise.resolve(JSON.stringify({ ok: false, code: 'storage', message: 'Mend could not read its drafts.' }));
    };
  })()`);
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  const field = page.getByLabel(MEETING_NOTE.field);
  await field.click();
  await field.press('End');
  await field.pressSequentially(' Also the budget.');
  // Before, the typed words were saved over the kept ones, unseen. Now both are there, on screen and on disk.
  const both = `${KEPT} Also the budget.`; // words only added at the end follow the kept text
  await expect(field).toHaveValue(both);
  await expect(page.getByText('You were writing this earlier, so Mend kept it for you.')).toBeVisible();
  await expect.poll(async () => (await ok(app, 'drafts:get', { key }))?.fields['text'], { timeout: 5000 }).toBe(both);
});
