import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { nodeFs, type FsSeam } from '../../src/main/storage/fs-seam';
import { callOk } from '../support/typed-call';
import type { Core } from '../../src/core/open-core';

/**
 * Getting search ready can be stopped from its bar, by keyboard: what was read stays searchable, the
 * screen says so kindly and offers to read on, and reading on finds everyone.
 */
const PEOPLE = 6;

/** Once armed, journal files after the first `n` distinct ones wait until released: the build stops there. */
function heldJournals(n: number) {
  const seen = new Set<string>();
  let armed = false;
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  const fs: FsSeam = {
    ...nodeFs,
    readFile: async (path) => {
      if (armed && path.includes('relationships')) {
        seen.add(path);
        if (seen.size > n) await released;
      }
      return nodeFs.readFile(path);
    },
  };
  return { fs, arm: () => (armed = true), release };
}

/** Resolves once the core has answered a `progress:cancel` (the bridge calls `core.call` each time). */
function cancelReaches(core: Core): Promise<void> {
  const call = core.call.bind(core);
  return new Promise((heard) => {
    core.call = async (channel, input) => {
      const result = await call(channel, input);
      if (channel === 'progress:cancel') heard();
      return result;
    };
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Cancel stops getting search ready; results come from those read, and it reads on when asked (${colorScheme})`, async ({ openMend }, testInfo) => {
    test.setTimeout(90_000);
    const app = await openMend({ colorScheme });
    const call = callOk(app.core);
    for (let n = 0; n < PEOPLE; n++) {
      await call('relationships:create', { name: `Person ${n}`, role: 'Engineer', kind: 'peer', started: null, notes: `Talked about the harbour deadline ${n}.` });
    }
    const held = heldJournals(2);
    const again = await app.restart({ colorScheme, fs: held.fs });
    held.arm();
    const { page } = again;
    if (colorScheme === 'dark') await page.setViewportSize({ width: 700, height: 800 });
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused(); // the app is up and listening for keys
    await page.keyboard.press('Control+f');
    const box = page.getByRole('searchbox', { name: 'Search your journal' });
    await expect(box).toBeFocused();
    const bar = page.getByRole('group', { name: /^Getting search ready… \d+%$/ });
    await expect(bar).toBeVisible();
    await expect(bar).toContainText('Stopping is safe');
    await page.screenshot({ path: testInfo.outputPath(`search-building-${colorScheme}.png`) });

    // By keyboard: the bar's Cancel is the next stop after the box.
    await page.keyboard.press('Tab');
    const cancel = bar.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeFocused();
    // The held reads go on only once the window's Cancel has reached the core: released sooner (a busy
    // machine), the build would read everyone before it heard, and rightly finish instead of pausing.
    const heard = cancelReaches(again.core);
    await page.keyboard.press('Enter');
    await heard;
    held.release();
    await expect(bar).toHaveCount(0);
    const paused = page.locator('.search-paused');
    await expect(paused).toContainText(new RegExp(`Search is paused after reading [0-5] of ${PEOPLE} people`));
    const resume = paused.getByRole('button', { name: 'Finish getting ready' });
    await expect(resume, 'the focus moves to what replaced Cancel').toBeFocused();

    // Search works meanwhile, from the people read, and says so; nothing starts reading by itself.
    await box.fill('harbour');
    const status = page.getByRole('status').filter({ hasText: /Search is paused, so these come from [0-5] of 6 people/ });
    await expect(status).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`search-paused-${colorScheme}.png`) });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.waitForTimeout(600); // longer than the screen's retry: a paused index stays paused
    await expect(paused).toBeVisible();
    expect((await callOk(again.core)('search:status', {})).paused).toBe(true);

    await resume.focus();
    await page.keyboard.press('Enter');
    await expect(paused).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: `matches about ${PEOPLE} people` })).toBeVisible({ timeout: 30_000 });
    await expect(bar).toHaveCount(0);
  });
}
