import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { seedTrustStory } from '../support/trust-story';

/**
 * Down to 640 px wide: the sidebar folds into a bar across the top, header actions wrap, timeline
 * titles keep their width (no word broken in the middle), chart words stay at least 11 px on screen,
 * and no screen scrolls sideways.
 */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Words of the timeline titles drawn across two lines, i.e. broken mid-word. */
const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    for (const title of document.querySelectorAll('.tl-title')) {
      const text = title.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) continue;
      const value = text.textContent ?? '';
      for (const m of value.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });

/** The smallest chart text as drawn on screen, in CSS pixels. */
const smallestChartText = (page: Page) =>
  page.evaluate(() => {
    let smallest = Infinity;
    for (const t of document.querySelectorAll<SVGTextElement>('.tc-svg text')) {
      const scale = t.getScreenCTM()?.a ?? 1;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
    }
    return smallest;
  });

for (const width of [640, 760]) {
  test(`at ${width} px every screen fits, the sidebar folds and the person page stays readable`, async ({ openMend }, testInfo) => {
    const app = await openMend();
    const story = await seedTrustStory((c, i) => app.core.call(c, i), new Date());
    const { page } = app;
    await page.setViewportSize({ width, height: 800 });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Where trust stands' })).toBeVisible();

    // The sidebar is a bar across the top: as wide as the window, and short.
    const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    expect(nav!.width).toBeGreaterThan(width - 20);
    expect(nav!.height).toBeLessThan(120);
    const main = await page.locator('main').boundingBox();
    expect(main!.y).toBeGreaterThanOrEqual(nav!.y + nav!.height - 1);

    for (const path of ['/', `/r/${story.sam}`, '/commitments', `/r/${story.sam}/check/new`, '/insights', '/settings']) {
      await page.goto(`http://mend.localhost/index.html#${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(100);
      expect(await sideways(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }

    await page.goto(`http://mend.localhost/index.html#/r/${story.sam}`);
    await expect(page.getByRole('heading', { name: 'Is trust coming back?' })).toBeVisible();
    // Header actions wrap inside the window.
    for (const box of await page.locator('.head-actions .button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(width);
    }
    expect(await brokenWords(page)).toEqual([]);
    const titleWidths = await page.locator('.tl-title').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(Math.min(...titleWidths)).toBeGreaterThan(180);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(10.95);

    const shot = testInfo.outputPath(`person-${width}.png`);
    await page.screenshot({ path: shot });
    await testInfo.attach(`person-${width}`, { path: shot, contentType: 'image/png' });
  });
}
