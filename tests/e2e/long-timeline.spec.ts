import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { MendApp, MendOptions } from './harness/launch';
import { longPerson, writeFolder } from '../support/long-journal';

/** Any fixed moment: the entries sit every 8 hours before it, whatever the wall clock says. */
const NOW = Date.parse('2026-06-01T12:00:00.000Z');
const ENTRIES = 5_000;
/** A 1:1 note deep in the list (about the 4,000th entry from the top), found by Search. */
const DEEP_NOTE = 1_000;

async function openLongPerson(openMend: (options?: MendOptions) => Promise<MendApp>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'mend-long-'));
  const journal = longPerson(0, ENTRIES, NOW, new Map([[DEEP_NOTE, 'We talked about the zephyr migration and who owns it.']]));
  await writeFolder(dataDir, [journal], NOW);
  const app = await openMend({ dataDir, now: () => new Date(NOW) });
  return { app, id: journal.relationship.id };
}

/** Where the focus is: the timeline entry's place in the list (1-based), or null when it is elsewhere. */
const focusedPlace = (page: Page) =>
  page.evaluate(() => {
    const li = document.activeElement?.closest('.timeline > li');
    return li ? Number(li.getAttribute('aria-posinset')) : null;
  });

const drawnEntries = (page: Page) => page.locator('.timeline > li').count();

// Writing and opening a 5,000-entry journal takes a while on a busy machine.
test.slow();

test('a 5,000-entry timeline draws only what is on screen, scrolls to its oldest entry, and keeps the keyboard', async ({ openMend }) => {
  const { app, id } = await openLongPerson(openMend);
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const items = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
  await expect(items.first()).toContainText('Promise 4999: send the summary.');
  await expect(items.first()).toHaveAttribute('aria-setsize', String(ENTRIES));
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  expect(await drawnEntries(page)).toBeLessThan(100);
  // The list's semantics hold with most entries absent from the page (aria-setsize / aria-posinset).
  const axe = await new AxeBuilder({ page }).include('.timeline').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Tab walks the entries one after another, well past the first screen.
  await items.first().locator('summary').focus();
  for (let step = 2; step <= 40; step++) {
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedPlace(page)).toBe(step);
  }
  expect(await drawnEntries(page)).toBeLessThan(100);

  // The focused entry stays when the page scrolls far away from it, and Tab goes on from it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.waitForTimeout(200);
  expect(await focusedPlace(page)).toBe(40);
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedPlace(page)).toBe(41);

  // Scrolled to the end, the oldest entry is there, on screen. Entries are measured as they are drawn,
  // so the end can move a little while scrolling, as in any long page that loads its heights.
  await expect
    .poll(() =>
      page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        const last = document.querySelector('.timeline > li[aria-posinset="5000"]');
        const box = last?.getBoundingClientRect();
        return box && box.top >= 0 && box.bottom <= window.innerHeight ? last!.textContent : null;
      }),
    )
    .toContain('A deadline slipped');
  expect(await drawnEntries(page)).toBeLessThan(100);
});

test('a search result deep in a 5,000-entry timeline opens in place, scrolled to and focused', async ({ openMend }) => {
  const { app } = await openLongPerson(openMend);
  const { page } = app;
  await page.goto('http://mend.localhost/index.html#/search');
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('zephyr');
  await page.locator('.search-groups').getByRole('link', { name: /zephyr/ }).click();
  await expect(page).toHaveURL(/#\/r\/.+\/entry\//);
  const entry = page.locator('details[open]').filter({ hasText: 'zephyr migration' });
  await expect(entry.locator('summary')).toBeFocused();
  await expect(entry).toBeInViewport();
  const place = Number(await entry.locator('xpath=..').getAttribute('aria-posinset'));
  expect(place).toBeGreaterThan(3_000);
  expect(await drawnEntries(page)).toBeLessThan(100);
});
