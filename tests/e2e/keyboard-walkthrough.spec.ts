import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * A tired leader at 6 pm, keyboard only, 700 px wide, light and dark: a person, a check-in written,
 * edited, removed and brought back, a commitment reworded, left and taken up again from the Commitments
 * screen. The focus never falls to the page (a review found it did after Undo: the heading it was handed
 * could not take it). Screenshots of each step are kept with the test's output.
 */
const where = (page: Page) => page.evaluate(() => {
  const a = document.activeElement;
  return a && a !== document.body ? `${a.tagName.toLowerCase()}:${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 50)}` : 'BODY';
});
async function enter(page: Page, l: Locator) {
  await l.focus();
  await page.keyboard.press('Enter');
}
async function notLost(page: Page, step: string, log: string[]) {
  await expect.poll(() => where(page), { message: `focus after: ${step}`, timeout: 3000 }).not.toBe('BODY');
  log.push(`${step} -> ${await where(page)}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`keyboard walkthrough, ${scheme}, 700 px`, async ({ openMend }, testInfo) => {
    const app = await openMend();
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 700, height: 900 });
    const log: string[] = [];
    const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${scheme}-${name}.png`), fullPage: false });
    // Add a person.
    await enter(page, page.getByRole('link', { name: 'Add a person' }).first());
    await notLost(page, 'open Add a person', log);
    await page.getByLabel('Name', { exact: true }).focus();
    await page.keyboard.type('Priya Shah');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Priya Shah' })).toBeVisible();
    await notLost(page, 'saved the person', log);
    await shot('1-person');
    // Log a check-in of my own.
    await enter(page, page.getByRole('link', { name: 'Log my own check-in' }));
    await notLost(page, 'open check-in', log);
    await page.getByLabel('Anything to add?').focus();
    await page.keyboard.type('Tense standup. I cut her off twice.');
    await shot('2-checkin-form');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Priya Shah' })).toBeVisible();
    await notLost(page, 'logged check-in', log);
    // Edit it.
    const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').first();
    await enter(page, item.locator('summary'));
    await notLost(page, 'opened entry', log);
    await enter(page, item.getByRole('link', { name: /Edit/ }));
    await notLost(page, 'open edit', log);
    await page.getByLabel('Anything to add?').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Apologised after.');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Priya Shah' })).toBeVisible();
    await notLost(page, 'saved edit', log);
    await shot('3-after-edit');
    // Remove it, then Undo.
    const again = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Apologised after' });
    if ((await again.locator('details').getAttribute('open')) === null) await enter(page, again.locator('summary'));
    await enter(page, again.getByRole('button', { name: /Remove/ }));
    await notLost(page, 'remove asked', log);
    await shot('4-confirm');
    await enter(page, page.getByRole('dialog').getByRole('button', { name: 'Remove' }));
    await notLost(page, 'removed', log);
    await shot('5-undo-bar');
    await enter(page, page.getByRole('button', { name: 'Undo' }));
    await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(1);
    await notLost(page, 'undone', log);
    // A commitment, reworded and left, then "Go on with it" from the Commitments screen.
    await enter(page, page.getByRole('region', { name: 'Between conversations' }).getByRole('button', { name: 'Add a commitment' }));
    await notLost(page, 'open add commitment', log);
    await page.keyboard.type('Send her the roadmap by Friday');
    await page.keyboard.press('Control+Enter');
    await notLost(page, 'added commitment', log);
    const c = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Send her the roadmap' });
    if ((await c.locator('details').getAttribute('open')) === null) await enter(page, c.locator('summary'));
    await enter(page, c.getByRole('button', { name: 'Reword or change the date' }));
    await page.keyboard.press('End');
    await page.keyboard.type(', with the Q3 numbers');
    await page.keyboard.press('Escape');
    await notLost(page, 'escape on reword', log);
    await enter(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }));
    await notLost(page, 'commitments screen', log);
    await shot('6-commitments');
    await enter(page, page.getByRole('link', { name: 'Go on with it' }));
    await expect(page.getByRole('textbox', { name: 'The commitment' })).toHaveValue('Send her the roadmap by Friday, with the Q3 numbers');
    await expect(page.getByRole('textbox', { name: 'The commitment' })).toBeFocused();
    await shot('7-reword');
    await page.keyboard.press('Control+Enter');
    await notLost(page, 'reword saved', log);
    await shot('8-after-reword');
    await testInfo.attach('focus', { body: log.join('\n') });
  });
}
