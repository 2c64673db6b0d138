/**
 * Screenshots of Settings → Spelling (off, then turned on), light and dark, and a narrow window.
 *   npx electron-vite build && npx tsx scripts/shots-spelling.ts [outDir]
 */
import { DARK, LIGHT, NARROW, outDir, runShots } from './shots-harness';

await runShots({ out: outDir('.tmp/shots-spelling'), looks: [LIGHT, DARK, NARROW], options: () => ({ path: '/settings' }) }, async ({ app, look, png }) => {
  const section = app.page.getByRole('region', { name: 'Spelling' });
  await section.getByRole('checkbox').waitFor();
  await section.scrollIntoViewIfNeeded();
  if (look === NARROW) return app.page.screenshot({ path: png('off') }).then(() => undefined);
  await section.screenshot({ path: png('off') });
  await section.getByRole('checkbox').check();
  await section.getByRole('status').filter({ hasText: 'On.' }).waitFor();
  await section.screenshot({ path: png('on') });
});
