import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { RelationshipForm } from './pages/relationship-pages';
import { MEETING_NOTE, openEdit } from './pages/entry-edit-pages';

/**
 * A form asks the disk for words kept from an earlier visit as it opens. On a slow disk (a synced
 * folder, a network drive) that answer can take a while, and the form is already on screen. Whatever is
 * done to the form meanwhile must not throw the kept words away: before, any change made while the
 * lookup was pending won over the whole kept draft, and the next save wrote over it on disk.
 */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}

const KEPT = 'Talked about the launch, and the long list of what we will do differently next time.';

/** A 1:1 note, and changes to it kept as a draft (left unsaved); then the draft lookup is slowed in the page. */
async function keptChangesThenSlowDisk(app: MendApp): Promise<{ page: Page; key: string }> {
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const { page } = app;
  await MEETING_NOTE.write(page, 'Talked about the launch.');
  const id = page.url().split('/r/')[1]!.split('/')[0]!;
  const note = (await ok(app, 'journals:get', { relationshipId: id })).meetingNotes[0]!;
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  await page.getByLabel(MEETING_NOTE.field).fill(KEPT);
  const key = `meeting-note:${id}:${note.id}`;
  await expect.poll(async () => (await ok(app, 'drafts:get', { key }))?.fields['text'], { timeout: 5000 }).toBe(KEPT);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await page.evaluate(`(() => {
    const invoke = window.__mendInvoke;
    window.__mendInvoke = (channel, input) =>
      channel === 'drafts:get' ? new Promise((r) => setTimeout(r, 1500)).then(() => invoke(channel, input)) : invoke(channel, input);
  })()`);
  return { page, key };
}

test('words typed while the kept words are still being looked up are added to them, never typed over them', async ({ openMend }) => {
  const app = await openMend();
  const { page, key } = await keptChangesThenSlowDisk(app);
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  const field = page.getByLabel(MEETING_NOTE.field);
  await field.click();
  await field.press('End');
  await field.pressSequentially(' Also', { delay: 20 });
  // The kept words come back, with what was typed at the end of the record's text now at the end of theirs.
  await expect(field).toHaveValue(`${KEPT} Also`);
  await expect(page.getByText('You were writing this earlier, so Mend kept it for you.')).toBeVisible();
  // And typing goes on from there, as usual.
  await field.press('End');
  await field.pressSequentially(' Then more.');
  await expect(field).toHaveValue(`${KEPT} Also Then more.`);
  await expect.poll(async () => (await ok(app, 'drafts:get', { key }))?.fields['text'], { timeout: 5000 }).toBe(`${KEPT} Also Then more.`);
});

test('a date changed while the kept words are still being looked up keeps both: the kept words and the new date', async ({ openMend }) => {
  const app = await openMend();
  const { page, key } = await keptChangesThenSlowDisk(app);
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  await page.getByLabel('When').fill('2026-11-20T10:00');
  await expect(page.getByLabel(MEETING_NOTE.field)).toHaveValue(KEPT);
  await expect(page.getByLabel('When')).toHaveValue('2026-11-20T10:00');
  await expect.poll(async () => (await ok(app, 'drafts:get', { key }))?.fields, { timeout: 5000 }).toEqual({ text: KEPT, at: '2026-11-20T10:00' });
});

test('a date changed while the kept words are looked up, then left at once: the kept words are not written over', async ({ openMend }) => {
  const app = await openMend();
  const { page, key } = await keptChangesThenSlowDisk(app);
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  await page.getByLabel('When').fill('2026-11-20T10:00');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect.poll(async () => (await ok(app, 'drafts:get', { key }))?.fields, { timeout: 5000 }).toEqual({ text: KEPT, at: '2026-11-20T10:00' });
  // Straight back: the form waits for those words to be stored, and shows them.
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  await expect(page.getByLabel(MEETING_NOTE.field)).toHaveValue(KEPT);
  await expect(page.getByLabel('When')).toHaveValue('2026-11-20T10:00');
});
