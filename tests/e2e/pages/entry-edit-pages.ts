import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The three small timeline entries the leader writes and can now edit: a check-in of their own, a 1:1
 * note and an estimate of their trust. Each knows how to write one from the person's page, how its entry
 * is found on the timeline, and what its edit screen calls things.
 */
export interface EditableKind {
  /** What the tests call it. */
  name: string;
  /** Writes one from the person's page, with these words, and comes back to the page. */
  write(page: Page, words: string): Promise<void>;
  /** The words that find its entry on the timeline (its title), once written with `words`. */
  title(words: string): string | RegExp;
  /** The Edit link's accessible name on the entry. */
  editLink: string;
  /** The edit screen's heading. */
  heading: string;
  /** The label of the text field changed by the tests. */
  field: string;
}

const timeline = (page: Page): Locator => page.getByRole('list', { name: 'Timeline' });

/** The entry on the timeline whose title has these words. */
export function entry(page: Page, title: string | RegExp): Locator {
  return timeline(page).getByRole('listitem').filter({ has: page.locator('summary', { hasText: title }) });
}

/** Opens the entry in place and follows its Edit link to the edit screen. */
export async function openEdit(page: Page, kind: EditableKind, title: string | RegExp): Promise<void> {
  const item = entry(page, title);
  // After an edit the entry comes back open: a click on its summary would close it.
  if ((await item.locator('details').getAttribute('open')) === null) await item.locator('summary').click();
  await item.getByRole('link', { name: kind.editLink }).click();
  await expect(page.getByRole('heading', { level: 1, name: kind.heading })).toBeFocused();
}

export const CHECK_IN: EditableKind = {
  name: 'a check-in of my own',
  async write(page, words) {
    await page.getByRole('link', { name: 'Log my own check-in' }).click();
    await page.getByLabel('Anything to add?').fill(words);
    await page.getByRole('button', { name: 'Log it' }).click();
    await expect(page.getByRole('list', { name: 'Timeline' })).toBeVisible();
  },
  title: () => 'An extra check-in',
  editLink: 'Edit this check-in',
  heading: 'Edit this check-in',
  field: 'Anything to add?',
};

export const MEETING_NOTE: EditableKind = {
  name: 'a 1:1 note',
  async write(page, words) {
    await page.getByRole('region', { name: 'Between conversations' }).getByRole('button', { name: 'Write a 1:1 note' }).click();
    const form = page.getByRole('form', { name: 'Write a 1:1 note' });
    await form.getByLabel('What came up').fill(words);
    await form.getByRole('button', { name: 'Save the note' }).click();
    await expect(form).toHaveCount(0);
  },
  title: (words) => words,
  editLink: 'Edit this note',
  heading: 'Edit this 1:1 note',
  field: 'What came up',
};

export const ESTIMATE: EditableKind = {
  name: 'an estimate of their trust',
  async write(page, words) {
    await page.getByRole('link', { name: 'Their trust in me' }).click();
    await page.getByRole('group', { name: 'I do what I say I will' }).getByRole('radio', { name: '5' }).check();
    await page.getByLabel('What I saw or heard').fill(words);
    await page.getByRole('button', { name: 'Save the estimate' }).click();
    await expect(page.getByRole('list', { name: 'Timeline' })).toBeVisible();
  },
  title: () => /In me: about 5\.0 of 7/,
  editLink: 'Edit this estimate',
  heading: 'Edit this estimate',
  field: 'What I saw or heard',
};

export const EDITABLE_KINDS = [CHECK_IN, MEETING_NOTE, ESTIMATE] as const;
