import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedSearchStory } from './search-seed';

async function serious(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious on Search, the palette, the shortcut sheet and the quick dates (${colorScheme})`, async ({ openMend }) => {
    const app = await openMend({ colorScheme });
    const story = await seedSearchStory(app.core);
    const { page } = app;
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeFocused();

    await page.keyboard.press('Control+f');
    await expect(page.getByRole('searchbox', { name: 'Search your journal' })).toBeFocused();
    await page.keyboard.type('deadline');
    await expect(page.locator('.search-groups mark').first()).toBeVisible();
    expect(await serious(page), 'search results').toEqual([]);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('s');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    expect(await serious(page, 'dialog.palette'), 'palette').toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('#search-title').focus();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await serious(page, 'dialog.sheet'), 'shortcut sheet').toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto(page.url().replace(/#.*$/, `#/r/${story.sam}/prepare/new`));
    await expect(page.getByRole('button', { name: 'Tomorrow 10 am' })).toBeVisible();
    expect(await serious(page), 'prepare start with quick dates').toEqual([]);

    await page.goto(page.url().replace(/#.*$/, `#/r/${story.sam}/check/new`));
    await expect(page.getByRole('button', { name: 'Yesterday 5 pm' })).toBeVisible();
    expect(await serious(page), 'trust check with quick dates').toEqual([]);
  });
}
