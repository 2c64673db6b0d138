import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { openOtherComputer, WORK_LAPTOP } from './two-computers';
import type { Page } from '@playwright/test';
import type { MendApp } from './harness/launch';

/**
 * Encryption turned off on the home computer while this one (work) had not noticed: the incident saved
 * here just then is sealed with the old passphrase. It is kept, but the journal opens without it. Home
 * (and Settings) say so in a line, ask for the old passphrase, and bring the words back; a wrong one
 * changes nothing and says so.
 */
const PASSPHRASE = 'lanterns along the quay';
const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };
const TITLE = 'The late numbers';
const FACTS = 'The numbers arrived on Tuesday, two days late.';
const SHOTS = resolve(import.meta.dirname, '../../test-results/shots-leftovers');

/** An incident about `relationshipId`: what these tests save while a computer has not noticed. */
const incident = (relationshipId: string, title: string) => ({
  relationshipId, title, occurredAt: '2026-02-20T16:00:00.000Z', facts: FACTS, impact: '', domains: [], causes: [],
  baseline: { reliability: null, competence: null, sincerity: null, care: null, reliance: null }, stability: null, status: 'open' as const,
});

/**
 * Sam on `work`, encryption turned on there; a third computer unlocks (and will not notice what comes
 * next); then the home computer turns encryption off. Work has not noticed either until it looks again.
 */
async function encryptionOffElsewhere(work: MendApp) {
  const sam = await callOk(work.core)('relationships:create', SAM);
  const { recoveryKey } = await callOk(work.core)('security:draft-key', { passphrase: PASSPHRASE });
  await callOk(work.core)('security:enable', { passphrase: PASSPHRASE, recoveryKey });
  const third = await openOtherComputer(work.dataDir, { id: 'ccccccccccccccc3', name: 'Old desktop' });
  await callOk(third)('security:unlock', { passphrase: PASSPHRASE });
  const home = await openOtherComputer(work.dataDir);
  await callOk(home)('security:unlock', { passphrase: PASSPHRASE });
  await callOk(home)('security:disable', { passphrase: PASSPHRASE });
  return { work, sam, third };
}

/**
 * The third computer, which has not noticed, saves an incident (sealed with the old passphrase); Home
 * (open on `page`, watching) asks for it; the old passphrase brings it back; then Sam's page opens.
 */
async function lockedOnThirdThenBack(page: Page, third: Awaited<ReturnType<typeof openOtherComputer>>, samId: string, title: string) {
  await callOk(third)('incidents:create', incident(samId, title));
  await third.settled?.();
  const banner = page.getByRole('region', { name: 'Some of your words are still locked' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await banner.getByLabel('Old passphrase').fill(PASSPHRASE);
  await banner.getByRole('button', { name: 'Bring them back' }).click();
  await expect(banner).toBeHidden({ timeout: 30_000 });
  await page.getByRole('link', { name: /Sam Rivera/ }).first().click();
}

test('words sealed just before encryption went off elsewhere: Home asks for the old passphrase and brings them back', async ({ openMend }) => {
  test.setTimeout(180_000);
  await mkdir(SHOTS, { recursive: true });
  // No watch: this computer does not notice the change made elsewhere until it starts again.
  const work = await openMend({ device: WORK_LAPTOP });
  const sam = await callOk(work.core)('relationships:create', SAM);
  const { recoveryKey } = await callOk(work.core)('security:draft-key', { passphrase: PASSPHRASE });
  await callOk(work.core)('security:enable', { passphrase: PASSPHRASE, recoveryKey });
  const home = await openOtherComputer(work.dataDir);
  await callOk(home)('security:unlock', { passphrase: PASSPHRASE });
  await callOk(home)('security:disable', { passphrase: PASSPHRASE });
  await callOk(work.core)('incidents:create', incident(sam.id, TITLE));
  await work.core.settled?.();

  const app = await work.restart({ path: '/' });
  const { page } = app;
  const banner = page.getByRole('region', { name: 'Some of your words are still locked' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await expect(banner).toContainText('Enter it to bring them back');
  // Plain folder: nothing else asks for a passphrase, and nothing of the sealed words shows.
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('two days late');

  // Settings → Passphrase and lock asks too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const inSettings = page.getByRole('region', { name: 'Some of your words are still locked' });
  await expect(inSettings.getByRole('heading', { level: 3 })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/settings-light.png`, fullPage: true });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();

  // By keyboard: a wrong passphrase is refused, nothing changes, the field keeps the focus.
  // The window is never reloaded meanwhile (as a lock would): the journal is only read afresh.
  await page.evaluate(() => Object.assign(window, { stayedOpen: true }));
  // From the screen's heading, where focus lands on Home, the field is a Tab or two away.
  const field = banner.getByLabel('Old passphrase');
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeFocused();
  for (let i = 0; i < 3 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type('not the old one at all');
  await page.keyboard.press('Enter');
  await expect(banner.getByRole('alert')).toContainText('not the passphrase these words were locked with', { timeout: 30_000 });
  await expect(field).toBeFocused();
  await expect(banner).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.leftovers').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.screenshot({ path: `${SHOTS}/home-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/home-dark.png`, fullPage: true });
  await page.setViewportSize({ width: 640, height: 820 });
  await page.screenshot({ path: `${SHOTS}/home-dark-narrow.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${SHOTS}/home-light-narrow.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1200, height: 820 });

  await field.fill(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your words are back in your journal.')).toBeVisible({ timeout: 30_000 });
  await expect(banner).toBeHidden();
  expect(await page.evaluate(() => 'stayedOpen' in window)).toBe(true);
  await page.getByRole('link', { name: /Sam Rivera/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(page.getByText(TITLE)).toBeVisible();
  // For every computer: the words are plain in the folder again.
  const third = await openOtherComputer(app.dataDir);
  expect((await callOk(third)('journals:get', { relationshipId: sam.id })).incidents.map((i) => i.facts)).toEqual([FACTS]);
});

test('such words arriving from a third computer while Mend is open: Home asks for them without a restart', async ({ openMend }) => {
  test.setTimeout(180_000);
  const { work, sam, third } = await encryptionOffElsewhere(await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 }));
  const { page } = work;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeHidden({ timeout: 10_000 });
  const banner = page.getByRole('region', { name: 'Some of your words are still locked' });
  await expect(banner).toBeHidden();

  // The third computer had not noticed: what it saves now is sealed with the old passphrase.
  await lockedOnThirdThenBack(page, third, sam.id, TITLE);
  await expect(page.getByText(TITLE)).toBeVisible();
});

test('the old passphrase lost: Home can stop asking, Settings still asks, and Home asks again when more words are locked', async ({ openMend }) => {
  test.setTimeout(180_000);
  // The third computer will not notice either, and writes later.
  const { work, sam, third } = await encryptionOffElsewhere(await openMend({ device: WORK_LAPTOP }));
  await callOk(work.core)('incidents:create', incident(sam.id, TITLE));
  await work.core.settled?.();

  const app = await work.restart({ path: '/', watchEveryMs: 250 });
  const { page } = app;
  const banner = page.getByRole('region', { name: 'Some of your words are still locked' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  // By keyboard: Tab to "Hide from Home" and press it.
  const hide = banner.getByRole('button', { name: 'Hide from Home' });
  for (let i = 0; i < 8 && !(await hide.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(hide).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(banner).toBeHidden();
  await expect(page.getByText('Hidden from Home. Your locked words stay kept')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeFocused();
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/home-hidden-light.png` });

  // Still hidden after the window reloads; Settings still asks, with no way to hide it there.
  await page.reload();
  await expect(page.getByRole('link', { name: /Sam Rivera/ }).first()).toBeVisible();
  await expect(banner).toBeHidden();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const inSettings = page.getByRole('region', { name: 'Some of your words are still locked' });
  await expect(inSettings).toBeVisible();
  await expect(inSettings.getByRole('button', { name: 'Hide from Home' })).toBeHidden();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('link', { name: /Sam Rivera/ }).first()).toBeVisible();
  await expect(banner).toBeHidden();

  // More words locked later (the third computer writes in a file of its own): Home asks again.
  await lockedOnThirdThenBack(page, third, sam.id, 'Another late report');
  await expect(page.getByText(TITLE)).toBeVisible();
  await expect(page.getByText('Another late report')).toBeVisible();
});
