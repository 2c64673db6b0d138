import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Page } from '@playwright/test';
import { seedTrustStory } from '../support/trust-story';

/** axe on the screens of everyday use: 0 serious or critical, light and dark, wide and narrow. */
async function serious(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function screens(app: MendApp, story: { sam: string }): Promise<[string, () => Promise<void>][]> {
  const { page } = app;
  const go = async (path: string, ready: string) => {
    await page.goto(`http://mend.localhost/index.html#${path}`);
    await page.reload(); // fresh data, as after the story was written behind the window's back
    await page.getByRole('heading', { name: ready }).first().waitFor();
  };
  return [
    ['home', () => go('/', 'Due now')],
    ['example', () => go('/example', 'Is trust coming back?')],
    ['person with quick capture open', async () => {
      await go(`/r/${story.sam}`, 'Between conversations');
      await page.getByRole('button', { name: 'Add a commitment' }).click();
      await page.getByRole('button', { name: 'Add the commitment' }).click();
      await page.getByRole('alert').first().waitFor();
    }],
    ['commitments with the add form', async () => {
      await go('/commitments', 'Commitments');
      await page.getByRole('button', { name: 'Add a commitment' }).click();
    }],
    ['outcome dialog from Home', async () => {
      await go('/', 'Due now');
      await page.getByRole('region', { name: 'Due now' }).getByRole('button', { name: 'Mark how it went' }).first().click();
      await page.getByRole('dialog', { name: 'How did it go?' }).waitFor();
    }],
  ];
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1200, 640]) {
    test(`axe finds nothing serious on the everyday screens (${colorScheme}, ${width} px)`, async ({ openMend }) => {
      test.setTimeout(180_000); // axe on six screens, on a shared 2-core machine
      const empty = await openMend({ colorScheme });
      await empty.page.getByRole('heading', { name: 'Start with one person' }).waitFor();
      await empty.page.setViewportSize({ width, height: 820 });
      expect(await serious(empty.page), 'first run').toEqual([]);
      const story = await seedTrustStory((c, i) => empty.core.call(c, i), new Date());
      for (const [name, open] of await screens(empty, story)) {
        await open();
        expect(await serious(empty.page), name).toEqual([]);
      }
    });
  }
}
