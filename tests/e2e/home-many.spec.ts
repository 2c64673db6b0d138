import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { longPerson, writeFolder } from '../support/long-journal';

/** Any fixed moment: each person's entries sit every 8 hours before it, whatever the wall clock says. */
const NOW = Date.parse('2026-06-01T12:00:00.000Z');
const PEOPLE = 2_000;

// Writing two thousand journals takes a while on a busy machine.
test.slow();

test('Home with 2,000 people draws the first screen at once, as long as the whole list, and the rest follows', async ({ openMend }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'mend-many-'));
  const people = Array.from({ length: PEOPLE }, (_, n) => longPerson(n, 12, NOW));
  await writeFolder(dataDir, people, NOW);
  const names = people.map((j) => j.relationship.name).sort((a, b) => a.localeCompare(b));
  const app = await openMend({ dataDir, path: '/settings', now: () => new Date(NOW) });
  const { page } = app;
  // What the page asks main for, as main hears it.
  const calls: unknown[] = [];
  const call = app.core.call.bind(app.core);
  app.core.call = (channel, input) => {
    if (channel === 'home:get') calls.push(input);
    return call(channel, input);
  };
  await page.goto('http://mend.localhost/index.html#/');
  const cards = page.getByRole('list', { name: 'People' }).getByRole('listitem');
  await expect(cards.first()).toContainText(names[0]!);
  await expect(cards.first()).toHaveAttribute('aria-setsize', String(PEOPLE));
  expect(await cards.count()).toBeLessThan(100);
  // The first screen's people are asked for on their own, then everyone.
  await expect.poll(() => calls.length).toBe(2);
  expect(calls).toEqual([{ first: 120 }, {}]);

  // The last person by name is there at the end of the list.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('link', { name: new RegExp(`^${names[PEOPLE - 1]} `) })).toBeVisible();
  expect(await cards.count()).toBeLessThan(100);
  expect(app.errors).toEqual([]);
});
