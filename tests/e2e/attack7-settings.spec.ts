import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import { encodeEnvelope, type EnvelopeSpec } from '../../src/core/store/envelope';
import { countCalls, holdNext, REFUSED } from './held-calls';
import { ok } from './two-computers';
import { SecuritySettings } from './pages/security-pages';
import { BackupsSettings } from './pages/backups-page';

/**
 * Attack 7: Settings and its small forms (computers, earlier versions, encryption, the idle lock).
 * Found, and failed before their fixes (3 tests): a double click on Forget forgot twice (or said a
 * refusal beside the success); idle-lock choices made while one was being saved could end on an earlier
 * one (they are now saved in the order made, and only the latest answer shows); "Saved." stayed beside a
 * number typed after it.
 */

const PASS = 'quiet harbour at seven';

async function oldComputer(dataDir: string, id: string, name: string, lastSeen: string): Promise<void> {
  const spec = { kind: 'settings', version: 1, schema: { parse: (v: unknown) => v }, migrations: {} } as unknown as EnvelopeSpec<object>;
  await mkdir(join(dataDir, 'devices'), { recursive: true });
  await writeFile(join(dataDir, 'devices', `${id}.json`), encodeEnvelope(spec, { name, lastSeen, folded: {}, forgotten: {} }));
}

async function computersSection(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Computers' });
  await expect(section).toBeVisible();
  return section;
}

async function encrypted(openMend: () => Promise<MendApp>): Promise<{ app: MendApp; settings: SecuritySettings }> {
  const app = await openMend();
  const settings = new SecuritySettings(app.page);
  await settings.open();
  await settings.enable(PASS);
  return { app, settings };
}

test('forget: a double click forgets once, asks once, and reports success, not a refusal', async ({ openMend }) => {
  const first = await openMend();
  await oldComputer(first.dataDir, 'abcdefabcdef0001', 'Old laptop', '2025-01-10T09:00:00.000Z');
  const app = await first.restart();
  const calls = countCalls(app, 'devices:forget');
  const section = await computersSection(app.page);
  await section.getByRole('button', { name: 'Forget Old laptop' }).dblclick();
  await expect(section.getByRole('listitem').filter({ hasText: 'Old laptop' })).toContainText('Forgotten.');
  await app.page.waitForTimeout(500);
  expect.soft(calls(), 'devices:forget calls').toBe(1);
  expect.soft(app.dialogs.confirmations.length, 'main confirmations').toBe(1);
  await expect.soft(section.getByRole('alert'), 'no refusal shown after a forget that worked').toHaveCount(0);
  await expect.soft(section.getByRole('status')).toHaveText('Old laptop is forgotten. Its changes stay in your journal.');
});

test('forget: a refused forget says so and the computer is still listed as forgettable', async ({ openMend }) => {
  const first = await openMend();
  await oldComputer(first.dataDir, 'abcdefabcdef0001', 'Old laptop', '2025-01-10T09:00:00.000Z');
  const app = await first.restart();
  const section = await computersSection(app.page);
  const hold = holdNext(app, 'devices:forget');
  await section.getByRole('button', { name: 'Forget Old laptop' }).click();
  await expect.poll(() => hold.held()).toBe(true);
  hold.release(REFUSED);
  await expect(section.getByRole('alert')).toContainText('could not save');
  await expect(section.getByRole('button', { name: 'Forget Old laptop' })).toBeVisible();
  await expect(section.getByRole('status')).toHaveText('');
});

test('keep versions: wrong values get kind messages beside the field and keep what was typed', async ({ openMend }) => {
  const app = await openMend();
  const page = new BackupsSettings(app.page);
  await page.goto();
  const field = app.page.getByLabel('Earlier versions to keep of each journal');
  const save = page.section().getByRole('button', { name: 'Save', exact: true });
  for (const [typed, said] of [['2.5', 'whole number'], ['0', 'at least one'], ['150', 'at most 100'], ['', 'Enter a number']] as const) {
    await field.fill(typed);
    await save.click();
    await expect(app.page.locator('#keep-last-error')).toContainText(said);
    await expect(field).toHaveValue(typed);
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.section().getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(0);
  }
  expect((await ok(app, 'backups:settings', {})).keepLast).toBe(10);
});

test('keep versions: a refused save keeps the number; a double click saves once', async ({ openMend }) => {
  const app = await openMend();
  const page = new BackupsSettings(app.page);
  await page.goto();
  const field = app.page.getByLabel('Earlier versions to keep of each journal');
  const save = page.section().getByRole('button', { name: 'Save', exact: true });
  const hold = holdNext(app, 'backups:save-settings');
  await field.fill('25');
  await save.click();
  await expect.poll(() => hold.held()).toBe(true);
  hold.release(REFUSED);
  await expect(app.page.locator('#keep-last-error')).toContainText('could not save');
  await expect(field).toHaveValue('25');
  expect((await ok(app, 'backups:settings', {})).keepLast).toBe(10);

  const calls = countCalls(app, 'backups:save-settings');
  await field.fill('30');
  await save.dblclick();
  await expect(page.section().getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await app.page.waitForTimeout(300);
  expect(calls()).toBe(1);
  await expect(app.page.locator('#keep-last-error')).toHaveCount(0);
  expect((await ok(app, 'backups:settings', {})).keepLast).toBe(30);

  const again = await app.restart();
  const there = new BackupsSettings(again.page);
  await there.goto();
  await expect(again.page.getByLabel('Earlier versions to keep of each journal')).toHaveValue('30');
});

test('enable encryption: a double click on Next and on turn on drafts and seals once', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  const settings = new SecuritySettings(app.page);
  await settings.open();
  const drafts = countCalls(app, 'security:draft-key');
  const enables = countCalls(app, 'security:enable');
  const form = app.page.getByRole('form', { name: 'Turn on encryption' });
  await form.getByLabel('Passphrase').fill(PASS);
  await form.getByLabel('Type it again').fill(PASS);
  await form.getByRole('button', { name: 'Next: your recovery key' }).dblclick();
  await expect(app.page.getByLabel('Recovery key', { exact: true })).toBeVisible({ timeout: 30_000 });
  await app.page.getByRole('button', { name: 'I have saved it: turn on encryption' }).dblclick();
  await expect(app.page.getByText('Your journal is encrypted on this computer.')).toBeVisible({ timeout: 30_000 });
  expect(drafts()).toBe(1);
  expect(enables()).toBe(1);
});

test('enable encryption: a refused draft keeps both passphrases; Back keeps them too', async ({ openMend }) => {
  const app = await openMend();
  const settings = new SecuritySettings(app.page);
  await settings.open();
  const form = app.page.getByRole('form', { name: 'Turn on encryption' });
  const hold = holdNext(app, 'security:draft-key');
  await form.getByLabel('Passphrase').fill(PASS);
  await form.getByLabel('Type it again').fill(PASS);
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();
  await expect.poll(() => hold.held()).toBe(true);
  hold.release(REFUSED);
  await expect(app.page.locator('#enc-form-error')).toContainText('could not save');
  await expect(form.getByLabel('Passphrase')).toHaveValue(PASS);
  await expect(form.getByLabel('Type it again')).toHaveValue(PASS);
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();
  await expect(app.page.getByLabel('Recovery key', { exact: true })).toBeVisible({ timeout: 30_000 });
  await app.page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(form.getByLabel('Passphrase')).toHaveValue(PASS);
  await expect(form.getByLabel('Type it again')).toHaveValue(PASS);
});

test('change passphrase: a wrong current one is refused beside it, keeping all three; double click changes once', async ({ openMend }) => {
  test.setTimeout(120_000);
  const { app } = await encrypted(openMend);
  const form = app.page.getByRole('form', { name: 'Change your passphrase' });
  const NEXT = 'a lantern by the gate';
  await form.getByLabel('Current passphrase').fill('not my passphrase');
  await form.getByLabel('New passphrase').fill(NEXT);
  await form.getByLabel('Type the new one again').fill(NEXT);
  await form.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(app.page.locator('#chg-current-error')).toBeVisible({ timeout: 20_000 });
  await expect(form.getByLabel('Current passphrase')).toHaveValue('not my passphrase');
  await expect(form.getByLabel('New passphrase')).toHaveValue(NEXT);
  await expect(form.getByLabel('Type the new one again')).toHaveValue(NEXT);
  await expect(form.getByLabel('Current passphrase')).toBeFocused();

  const calls = countCalls(app, 'security:change-passphrase');
  await form.getByLabel('Current passphrase').fill(PASS);
  await form.getByRole('button', { name: 'Change passphrase' }).dblclick();
  await expect(app.page.getByText('Passphrase changed.')).toBeVisible({ timeout: 20_000 });
  await app.page.waitForTimeout(500);
  expect(calls()).toBe(1);
  await expect(app.page.locator('#chg-form-error')).toHaveCount(0);
  await expect(app.page.locator('#chg-current-error')).toHaveCount(0);
});

test('change passphrase: a refused change (disk) keeps all three fields and says so', async ({ openMend }) => {
  test.setTimeout(120_000);
  const { app } = await encrypted(openMend);
  const form = app.page.getByRole('form', { name: 'Change your passphrase' });
  const NEXT = 'a lantern by the gate';
  const hold = holdNext(app, 'security:change-passphrase');
  await form.getByLabel('Current passphrase').fill(PASS);
  await form.getByLabel('New passphrase').fill(NEXT);
  await form.getByLabel('Type the new one again').fill(NEXT);
  await form.getByRole('button', { name: 'Change passphrase' }).click();
  await expect.poll(() => hold.held()).toBe(true);
  await expect(form.getByRole('button', { name: 'Changing…' })).toBeDisabled();
  hold.release(REFUSED);
  await expect(app.page.locator('#chg-form-error')).toContainText('could not save');
  await expect(form.getByLabel('Current passphrase')).toHaveValue(PASS);
  await expect(form.getByLabel('New passphrase')).toHaveValue(NEXT);
  await expect(form.getByLabel('Type the new one again')).toHaveValue(NEXT);
});

test('turn off encryption: a wrong passphrase is refused beside it and kept; a double click asks once', async ({ openMend }) => {
  test.setTimeout(120_000);
  const { app } = await encrypted(openMend);
  await app.page.getByText('Turn off encryption', { exact: true }).first().click();
  const form = app.page.getByRole('form', { name: 'Turn off encryption' });
  await form.getByLabel('Passphrase').fill('not my passphrase');
  const calls = countCalls(app, 'security:disable');
  await form.getByRole('button', { name: 'Turn off encryption' }).dblclick();
  const dialog = app.page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Turn it off' }).click();
  await expect(app.page.locator('#off-passphrase-error')).toBeVisible({ timeout: 30_000 });
  await expect(form.getByLabel('Passphrase')).toHaveValue('not my passphrase');
  await app.page.waitForTimeout(500);
  expect(calls()).toBe(1);
  await expect(app.page.getByRole('dialog')).toHaveCount(0);
});

test('idle lock: the last choice wins even when an earlier one answers late', async ({ openMend }) => {
  test.setTimeout(120_000);
  const { app } = await encrypted(openMend);
  const select = app.page.getByLabel('Lock after I have been away for');
  const hold = holdNext(app, 'security:set-idle');
  await select.selectOption('30');
  await expect.poll(() => hold.held()).toBe(true);
  await select.selectOption('5');
  // Choices are saved in the order made (SecuritySettings.tsx IdleChoice): 5 goes once 30 has answered.
  hold.release();
  await expect.poll(async () => (await ok(app, 'security:status', {})).idleMinutes).toBe(5);
  await app.page.waitForTimeout(800);
  const saved = (await ok(app, 'security:status', {})).idleMinutes;
  await expect(select).toHaveValue(String(saved));
  expect(saved, 'the saved idle time is the last one chosen').toBe(5);
});

test('idle lock: a refused choice says so beside the field and the field does not claim it was saved', async ({ openMend }) => {
  test.setTimeout(120_000);
  const { app } = await encrypted(openMend);
  const select = app.page.getByLabel('Lock after I have been away for');
  await expect(select).toHaveValue('10');
  const hold = holdNext(app, 'security:set-idle');
  await select.selectOption('30');
  await expect.poll(() => hold.held()).toBe(true);
  hold.release(REFUSED);
  await expect(app.page.locator('#idle-minutes-error')).toContainText('could not save');
  await expect(select).toHaveAttribute('aria-invalid', 'true');
  expect((await ok(app, 'security:status', {})).idleMinutes).toBe(10);
  // Choosing the same minutes again must try again (an unchanged select fires no change event).
  await select.selectOption('30');
  await app.page.waitForTimeout(500);
  expect((await ok(app, 'security:status', {})).idleMinutes, 'a second try of the refused choice is saved').toBe(30);
});

test('keep versions: "Saved." does not stay beside a different number typed afterwards', async ({ openMend }) => {
  const app = await openMend();
  const page = new BackupsSettings(app.page);
  await page.goto();
  const field = app.page.getByLabel('Earlier versions to keep of each journal');
  await field.fill('30');
  await page.section().getByRole('button', { name: 'Save', exact: true }).click();
  const saved = page.section().getByRole('status').filter({ hasText: 'Saved.' });
  await expect(saved).toBeVisible();
  await field.fill('40');
  await expect(saved, 'an unsaved 40 is not reported as saved').toHaveCount(0);
  expect((await ok(app, 'backups:settings', {})).keepLast).toBe(30);
});
