/**
 * Screenshots of long histories: a person with 5,000 entries (top, an entry opened in place, scrolled
 * to the oldest) and Home with 2,000 people; light, dark and narrow.
 *   npx electron-vite build && npx tsx scripts/shots-long.ts [.tmp/shots-long]
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, DARK, LIGHT, NARROW, outDir, runShots } from './shots-harness';
import { longPerson, writeFolder } from '../tests/support/long-journal';

const NOW = Date.parse('2026-06-01T12:00:00.000Z');
const person = await mkdtemp(join(tmpdir(), 'mend-shots-long-'));
const long = longPerson(0, 5_000, NOW);
await writeFolder(person, [long], NOW);
const people = await mkdtemp(join(tmpdir(), 'mend-shots-many-'));
await writeFolder(people, Array.from({ length: 2_000 }, (_, n) => longPerson(n, 12, NOW)), NOW);
const now = () => new Date(NOW);

await runShots({ out: outDir('.tmp/shots-long'), looks: [LIGHT, DARK, NARROW], options: () => ({ dataDir: person, now }) }, async ({ app, png, launch }) => {
  const { page } = app;
  await page.goto(`${BASE}/r/${long.relationship.id}`);
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await timeline.scrollIntoViewIfNeeded();
  await timeline.getByRole('listitem').nth(1).locator('summary').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: png('timeline') });
  for (let i = 0; i < 2; i++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(400);
  }
  await page.screenshot({ path: png('timeline-end') });
  await app.close(); // one window on a data folder at a time
  const home = await launch({ dataDir: people });
  await home.page.goto(`${BASE}/`);
  await home.page.locator('a.card-link').first().waitFor();
  await home.page.getByRole('heading', { name: 'Where trust stands' }).scrollIntoViewIfNeeded();
  await home.page.waitForTimeout(300);
  await home.page.screenshot({ path: png('home') });
});
