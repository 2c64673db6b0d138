import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedSearchStory } from './search-seed';

/** Presses keys as a user would and counts them; typed text is typed, not counted. */
class Keys {
  count = 0;
  readonly log: string[] = [];
  constructor(private readonly page: Page) {}
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.count++;
      this.log.push(key);
    }
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName} ${el.id || ''} ${el.getAttribute('aria-label') ?? ''} ${(el.textContent ?? '').slice(0, 40)}`.trim() : 'none';
    });
  }
}

test('preparing a conversation by keyboard alone takes at most 40 key presses besides the typed text', async ({ openMend }) => {
  const app = await openMend();
  const story = await seedSearchStory(app.core);
  const { page } = app;
  await page.goto(page.url().replace(/#.*$/, `#/r/${story.sam}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeFocused();
  const keys = new Keys(page);

  await keys.press('Control+Shift+P');
  await expect(page.getByRole('heading', { level: 1, name: 'Prepare a conversation' })).toBeFocused();
  await keys.press('Tab'); // what it is about: the open incident is already chosen
  await expect(page.getByLabel('What is it about?')).toBeFocused();
  await keys.press('Tab');
  // The first quick choice: "Today 5 pm" before five o'clock, "Tomorrow 10 am" after (quick-dates.ts).
  const firstChoice = page.getByRole('group', { name: /^Quick choices/ }).getByRole('button').first();
  await expect(firstChoice).toHaveText(/^(Today 5 pm|Tomorrow 10 am)$/);
  await expect(firstChoice).toBeFocused();
  await keys.press('Enter');
  await keys.press('Control+Enter');

  for (let step = 1; step <= 8; step++) {
    await expect(page.getByText(`Part ${step} of 8`)).toBeVisible();
    await expect(page.locator('#prep-title')).toBeFocused();
    await keys.press('Tab'); // the stepper: one stop
    await keys.press('Tab'); // the step's first field
    await expect(page.locator('.prep-body :focus')).toHaveCount(1);
    await fillStep(step, keys);
    await keys.press('Control+Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Talking with Sam Rivera' })).toBeVisible();
  const journal = await app.core.call('journals:get', { relationshipId: story.sam });
  if (!journal.ok) throw new Error(journal.message);
  const prep = (journal.value as { preparations: { status: string; plannedAt: string | null; coolDown: { activation: number; emotion: string }; plan: Record<string, string> }[] }).preparations[0]!;
  expect(prep).toMatchObject({ status: 'ready', coolDown: { activation: 2, emotion: 'tense' } });
  expect(prep.plannedAt).not.toBeNull();
  expect(prep.plan.forward).toBe('Words for step 7.');
  console.log(`Preparing a conversation: ${keys.count} key presses besides typed text (${keys.log.join(' ')})`);
  expect(keys.count).toBeLessThanOrEqual(40);
});

async function fillStep(step: number, keys: Keys): Promise<void> {
  switch (step) {
    case 1: // how stirred up (a number picks it and moves on), the feeling, where it comes from
      await keys.press('2');
      await keys.type('tense');
      await keys.press('Tab');
      return keys.type('The client call this morning.');
    case 3: // the likeliest cause: the first one, ticked with Space
      return keys.press('Space');
    default:
      return keys.type(`Words for step ${step}.`);
  }
}

test('a trust check by keyboard alone takes at most 15 key presses besides the typed text', async ({ openMend }) => {
  const app = await openMend();
  const story = await seedSearchStory(app.core);
  const { page } = app;
  await page.goto(page.url().replace(/#.*$/, `#/r/${story.sam}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeFocused();
  const keys = new Keys(page);

  await keys.press('Control+Shift+T');
  await expect(page.getByRole('heading', { level: 1, name: 'Trust check' })).toBeFocused();
  // Until the form has looked for a kept draft, a choice key does not land (draft-gate.ts: it is seen not
  // to); on a loaded machine that moment outlasted the first key once. A person waits for the form too.
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  await keys.press('Tab'); // how stirred up
  await keys.press('1'); // picks "1" and moves to the feeling
  await keys.type('steady');
  await keys.press('Tab'); // where it comes from
  await keys.type('A calm week.');
  await keys.press('Tab'); // the first rating
  for (const rating of ['5', '6', '6', '5', '4']) await keys.press(rating);
  console.log(`after ratings: ${await keys.focused()}`);
  await keys.type('Sent the weekly report a day early.');
  await keys.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  console.log(`A trust check: ${keys.count} key presses besides typed text (${keys.log.join(' ')})`);
  expect(keys.count).toBeLessThanOrEqual(15);

  const journal = await app.core.call('journals:get', { relationshipId: story.sam });
  if (!journal.ok) throw new Error(journal.message);
  const check = (journal.value as { checks: { ratings: Record<string, number | null>; evidence: string; activation: number }[] }).checks[0]!;
  expect(check.ratings).toEqual({ reliability: 5, competence: 6, sincerity: 6, care: 5, reliance: 4 });
  expect(check.evidence).toBe('Sent the weekly report a day early.');
  expect(check.activation).toBe(1);
});
