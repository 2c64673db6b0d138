/**
 * Screenshots of Home, the trust chart and Insights over the eight-week story, light and dark.
 *   npx electron-vite build && npx tsx scripts/shots-trust.ts [outDir]
 */
import { BASE, DARK, LIGHT, outDir, runShots } from './shots-harness';
import { seedTrustStory } from '../tests/support/trust-story';

await runShots({ out: outDir('.tmp/shots-trust'), looks: [LIGHT, DARK] }, async ({ app, png }) => {
  const { page } = app;
  const story = await seedTrustStory((c, i) => app.core.call(c, i), new Date());
  await page.reload();
  await page.getByRole('heading', { name: 'Where trust stands' }).waitFor();
  await page.screenshot({ path: png('home'), fullPage: true });
  for (const [name, id] of Object.entries(story)) {
    await page.goto(`${BASE}/r/${id}`);
    await page.getByRole('heading', { name: 'Is trust coming back?' }).waitFor();
    await page.locator('.tc-section').screenshot({ path: png(`chart-${name}`) });
  }
  await page.getByRole('button', { name: 'Show as a table' }).click();
  await page.locator('.tc-section').screenshot({ path: png('table-kim') });
  await page.goto(`${BASE}/insights`);
  await page.getByRole('heading', { name: 'Keeping your word, both ways' }).waitFor();
  await page.screenshot({ path: png('insights'), fullPage: true });
});
