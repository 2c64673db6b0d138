/**
 * Screenshots of Search, the command palette, the shortcut sheet and the quick date choices, in light
 * and dark, wide and narrow (700 px).
 *   npx electron-vite build && npx tsx scripts/shots-find.ts [outDir]
 */
import { BASE, DARK, LIGHT, outDir, runShots } from './shots-harness';
import { seedSearchStory } from '../tests/e2e/search-seed';

const looks = [LIGHT, DARK].flatMap((l) => [1200, 700].map((width) => ({ ...l, width, name: `${l.scheme}-${width}` })));

await runShots({ out: outDir('.tmp/shots-find'), looks }, async ({ app, png }) => {
  const { page } = app;
  const story = await seedSearchStory(app.core);
  await page.goto(`${BASE}/search`);
  await page.getByRole('searchbox').fill('deadline');
  await page.locator('.search-groups mark').first().waitFor();
  await page.screenshot({ path: png('search') });
  await page.getByRole('searchbox').fill('?!');
  await page.screenshot({ path: png('search-empty') });
  await page.keyboard.press('Control+k');
  await page.keyboard.type('re');
  await page.locator('.palette-item').first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: png('palette') });
  await page.keyboard.press('Escape');
  await page.locator('#search-title').focus();
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await page.screenshot({ path: png('sheet') });
  await page.keyboard.press('Escape');
  await page.goto(`${BASE}/r/${story.sam}/prepare/new`);
  await page.getByRole('button', { name: 'Tomorrow 10 am' }).focus();
  await page.screenshot({ path: png('prepare-start') });
  await page.getByRole('button', { name: 'Start preparing' }).click();
  await page.locator('#prep-title').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.screenshot({ path: png('stepper') });
  await page.goto(`${BASE}/r/${story.sam}/entry/incident:${story.incident}`);
  await page.locator('details[open] .tl-body').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: png('entry-opened') });
});
