/**
 * Screenshots of long histories: a person with 5,000 entries (top, an entry opened in place, scrolled
 * to the oldest) and Home with 2,000 people; light, dark and narrow.
 *   npx electron-vite build && npx tsx scripts/shots-long.ts [.tmp/shots-long]
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend } from '../tests/e2e/harness/launch';
import { longPerson, writeFolder } from '../tests/support/long-journal';

const out = process.argv[2] ?? '.tmp/shots-long';
const BASE = 'http://mend.localhost/index.html#';
const NOW = Date.parse('2026-06-01T12:00:00.000Z');
type Scheme = 'light' | 'dark' | 'narrow';

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const person = await mkdtemp(join(tmpdir(), 'mend-shots-long-'));
  const long = longPerson(0, 5_000, NOW);
  await writeFolder(person, [long], NOW);
  const people = await mkdtemp(join(tmpdir(), 'mend-shots-many-'));
  await writeFolder(people, Array.from({ length: 2_000 }, (_, n) => longPerson(n, 12, NOW)), NOW);
  const browser = await launchChromium();
  try {
    for (const scheme of ['light', 'dark', 'narrow'] as Scheme[]) {
      const app = await launchMend(browser, { dataDir: person, now: () => new Date(NOW), colorScheme: scheme === 'dark' ? 'dark' : 'light' });
      const { page } = app;
      if (scheme === 'narrow') await page.setViewportSize({ width: 700, height: 900 });
      await page.goto(`${BASE}/r/${long.relationship.id}`);
      const timeline = page.getByRole('list', { name: 'Timeline' });
      await timeline.scrollIntoViewIfNeeded();
      await timeline.getByRole('listitem').nth(1).locator('summary').click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${scheme}-timeline.png` });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(400);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/${scheme}-timeline-end.png` });
      await app.close();
      const home = await launchMend(browser, { dataDir: people, now: () => new Date(NOW), colorScheme: scheme === 'dark' ? 'dark' : 'light' });
      if (scheme === 'narrow') await home.page.setViewportSize({ width: 700, height: 900 });
      await home.page.goto(`${BASE}/`);
      await home.page.locator('a.card-link').first().waitFor();
      await home.page.getByRole('heading', { name: 'Where trust stands' }).scrollIntoViewIfNeeded();
      await home.page.waitForTimeout(300);
      await home.page.screenshot({ path: `${out}/${scheme}-home.png` });
      await home.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`Wrote screenshots to ${out}\n`);
}

void main();
