import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { TrustSection } from './pages/trust-pages';

/**
 * First run: an empty Home introduces the three moments and offers a made-up example with weeks of
 * history, so a new user sees a real chart and verdict before writing anything. The example is drawn
 * in the window: nothing is written to the data folder, and it never appears among real people.
 */
async function filesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  return out.sort();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a new user meets the three moments and explores the example, which is never saved (${colorScheme})`, async ({ openMend }, testInfo) => {
    const app = await openMend({ colorScheme });
    const { page } = app;
    const moments = page.getByRole('region', { name: 'Three moments, one person at a time' });
    await expect(moments.getByRole('listitem')).toHaveText([/^Before you talk\./, /^Right after\./, /^Over the weeks\./]);
    await expect(page.locator('main .button.primary')).toHaveText(['Add a person']);
    const before = await filesIn(app.dataDir);
    await page.screenshot({ path: testInfo.outputPath(`first-run-${colorScheme}.png`), fullPage: true });

    await page.getByRole('link', { name: 'Explore an example' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jordan (example)' })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('Nothing here is saved');
    const trust = new TrustSection(page);
    await trust.expectVerdict('Recovering', /^Recovering: reliability up/, /reliability/);
    await expect(trust.chart()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').first()).toBeVisible();
    // Read-only: the timeline has headings only, nothing to open, edit or remove.
    await expect(page.getByRole('list', { name: 'Timeline' }).locator('summary, button')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath(`example-${colorScheme}.png`), fullPage: true });
    await testInfo.attach(`example-${colorScheme}`, { path: testInfo.outputPath(`example-${colorScheme}.png`), contentType: 'image/png' });

    // Nothing was written: the data folder is as it was, and Home still has nobody.
    expect(await filesIn(app.dataDir)).toEqual(before);
    await page.getByRole('link', { name: 'Back to Home' }).click();
    await expect(page.getByRole('heading', { name: 'Start with one person' })).toBeVisible();
    const people = await app.core.call('relationships:list', { includeArchived: true });
    expect(people).toEqual({ ok: true, value: [] });
  });
}

test('by keyboard alone the example is a few Tabs away', async ({ openMend }) => {
  const { page } = await openMend();
  await page.getByRole('heading', { name: 'Start with one person' }).waitFor();
  let presses = 0;
  while (presses < 15) {
    await page.keyboard.press('Tab');
    presses++;
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Explore an example') break;
  }
  expect(presses).toBeLessThan(12);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan (example)' })).toBeVisible();
});
