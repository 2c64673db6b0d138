import { expect, type Page } from '@playwright/test';
import type { MendApp } from './harness/launch';
import { callOk } from '../support/typed-call';
import { RelationshipForm } from './pages/relationship-pages';
import { MEETING_NOTE, openEdit } from './pages/entry-edit-pages';

/** The words of changes to a 1:1 note, kept as a draft from an earlier visit (keptMeetingNoteChanges). */
export const KEPT = 'Talked about the launch, and the long list of what we will do differently next time.';

/**
 * A 1:1 note ("Talked about the launch."), and changes to it left unsaved, so KEPT waits as its draft;
 * back on the person's page. The draft's key is returned, for reading it from the core.
 */
export async function keptMeetingNoteChanges(app: MendApp): Promise<{ page: Page; key: string }> {
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera' });
  const { page } = app;
  await MEETING_NOTE.write(page, 'Talked about the launch.');
  const id = page.url().split('/r/')[1]!.split('/')[0]!;
  const note = (await callOk(app.core)('journals:get', { relationshipId: id })).meetingNotes[0]!;
  await openEdit(page, MEETING_NOTE, 'Talked about the launch.');
  await page.getByLabel(MEETING_NOTE.field).fill(KEPT);
  const key = `meeting-note:${id}:${note.id}`;
  await expect.poll(async () => (await callOk(app.core)('drafts:get', { key }))?.fields['text'], { timeout: 5000 }).toBe(KEPT);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  return { page, key };
}

/**
 * KEPT waits as the 1:1 note's draft (keptMeetingNoteChanges), and the page's draft lookups wait until
 * releaseLookups (or fail on failLookups): the form it opens stays held while a test looks at it.
 */
export async function keptThenHeldLookups(app: MendApp): Promise<{ page: Page; key: string }> {
  const { page, key } = await keptMeetingNoteChanges(app);
  await page.evaluate(`(() => {
    const invoke = window.__mendInvoke;
    const gate = new Promise((r) => { window.__releaseLookups = () => r('ok'); window.__failLookups = () => r('fail'); });
    window.__mendInvoke = (channel, input) =>
      channel === 'drafts:get'
        ? gate.then((how) => how === 'fail'
            ? JSON.stringify({ ok: false, code: 'storage', message: 'Mend could not read its drafts.' })
            : invoke(channel, input))
        : invoke(channel, input);
  })()`);
  return { page, key };
}

export const releaseLookups = (page: Page) => page.evaluate('window.__releaseLookups()');
export const failLookups = (page: Page) => page.evaluate('window.__failLookups()');
