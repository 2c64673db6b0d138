import { test, expect } from './fixtures';
import { seedTrustStory } from '../support/trust-story';

/**
 * The person page's trust chart (and d3) is no longer read at start (TrustSection.tsx): Home needs
 * neither, and the start read 120.7 KB gzip, over its 120. A page opened before the chart's code has
 * arrived holds the chart's place, so nothing below it moves when it comes.
 */
test("a person's page opened before the chart's code arrives keeps its place, then draws the chart", async ({ openMend }) => {
  const app = await openMend();
  const story = await seedTrustStory((c, i) => app.core.call(c, i), new Date());
  const { page } = app;
  await page.goto(`${page.url().split('#')[0]}#/r/${story.sam}`);
  // The chart's code takes a while to arrive (a slow disk); the harness still serves it afterwards.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/TrustChart-[^/]*\.js$/, async (route) => {
    await held;
    await route.fallback();
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Is trust coming back?' })).toBeVisible();
  await expect(page.locator('.tc-svg-waiting')).toBeVisible();
  const before = await page.getByRole('heading', { name: 'Timeline' }).boundingBox();
  release();
  await expect(page.getByRole('img', { name: /^Trust over time\./ })).toBeVisible();
  await expect(page.locator('.tc-svg-waiting')).toHaveCount(0);
  const after = await page.getByRole('heading', { name: 'Timeline' }).boundingBox();
  expect(Math.abs(after!.y - before!.y)).toBeLessThan(1);
});
