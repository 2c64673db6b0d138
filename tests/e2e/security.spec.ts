import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';
import { LockScreen, SecuritySettings } from './pages/security-pages';
import { folderFiles } from '../support/folder-files';

const PERSON = { name: 'Jordan Vale', role: 'Programme lead', notes: 'Missed the Halvorsen launch review without a word.' };
const SECRETS = ['Jordan Vale', 'Programme lead', 'Halvorsen', 'launch review'];
const FIRST = 'quiet harbour at seven';
const SECOND = 'a lantern by the gate';

/** Every file in the data folder whose bytes contain any of the journal's words. */
async function filesWithJournalText(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const [rel, bytes] of await folderFiles(dir)) if (SECRETS.some((s) => bytes.includes(Buffer.from(s)))) found.push(rel);
  return found;
}

/** The visible and hidden text of the page, and its HTML: where journal words would linger. */
const pageText = (page: Page) =>
  page.evaluate(() => `${document.documentElement.outerHTML}\n${document.body.innerText}\n${document.title}`);

test('encryption on, restart to a lock screen, wrong then right passphrase, change it, lock, unlock with the new one', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  await new RelationshipForm(app.page).add({ ...PERSON, kind: 'Direct report' });
  expect((await filesWithJournalText(app.dataDir)).length).toBeGreaterThan(0);

  const settings = new SecuritySettings(app.page);
  await settings.open();
  const recoveryKey = await settings.enable(FIRST);
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  expect(await filesWithJournalText(app.dataDir)).toEqual([]);

  const again = await app.restart();
  const lock = new LockScreen(again.page);
  await lock.expectShown();
  for (const secret of SECRETS) expect(await pageText(again.page)).not.toContain(secret);

  await lock.tryUnlock('not my passphrase');
  await expect(lock.error()).toContainText('does not open this journal');
  await expect(again.page.getByLabel('Passphrase')).toHaveValue('not my passphrase');
  await lock.unlock(FIRST);
  const home = new HomePage(again.page);
  await expect(home.people()).toContainText(PERSON.name);
  await home.open(PERSON.name);
  await expect(again.page.getByText('Halvorsen')).toBeVisible();

  const settings2 = new SecuritySettings(again.page);
  await settings2.open();
  await settings2.changePassphrase(FIRST, SECOND);
  await settings2.lockFromSidebar();
  await lock.expectShown();
  for (const secret of SECRETS) expect(await pageText(again.page)).not.toContain(secret);

  await lock.tryUnlock(FIRST);
  await expect(lock.error()).toContainText('does not open this journal');
  await lock.unlock(SECOND);
  // Unlocking returns to the screen that was open when Mend locked.
  await expect(again.page.getByRole('heading', { level: 2, name: 'Passphrase and lock' })).toBeVisible();
  await home.goto();
  await expect(home.people()).toContainText(PERSON.name);
  expect(await filesWithJournalText(again.dataDir)).toEqual([]);
});

test('the recovery key unlocks, and Mend locks itself after the idle time', async ({ openMend }) => {
  test.setTimeout(120_000);
  const app = await openMend();
  await new RelationshipForm(app.page).add({ ...PERSON, kind: 'Peer' });
  const settings = new SecuritySettings(app.page);
  await settings.open();
  const recoveryKey = await settings.enable(FIRST);

  const again = await app.restart();
  await again.page.clock.install();
  await again.page.reload();
  const lock = new LockScreen(again.page);
  await lock.expectShown();
  await lock.unlock(recoveryKey.toLowerCase());
  await expect(new HomePage(again.page).people()).toContainText(PERSON.name);

  await again.page.clock.fastForward('09:00');
  await expect(again.page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  await again.page.clock.fastForward('01:30');
  await lock.expectShown();
  for (const secret of SECRETS) expect(await pageText(again.page)).not.toContain(secret);
});

test('a too-short passphrase is refused beside the field, keeping what was typed', async ({ openMend }) => {
  const app = await openMend();
  const settings = new SecuritySettings(app.page);
  await settings.open();
  const form = app.page.getByRole('form', { name: 'Turn on encryption' });
  await form.getByLabel('Passphrase').fill('short');
  await form.getByLabel('Type it again').fill('short');
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();
  await expect(app.page.locator('#enc-passphrase-error')).toContainText('at least 10 characters');
  await expect(form.getByLabel('Passphrase')).toHaveValue('short');
  // Short and not the same: the length is what to fix first, so the repeat is not typed again for nothing.
  await form.getByLabel('Type it again').fill('shorter');
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();
  await expect(app.page.locator('#enc-passphrase-error')).toContainText('at least 10 characters');
  await expect(form.getByLabel('Passphrase')).toBeFocused();
  await expect(app.page.locator('#enc-repeat-error')).toHaveCount(0);
  await form.getByLabel('Passphrase').fill('river stones at dusk');
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();
  await expect(app.page.locator('#enc-repeat-error')).toContainText('not the same');
  await expect(form.getByLabel('Type it again')).toBeFocused();
  await expect(app.page.locator('#enc-passphrase-error')).toHaveCount(0);
});
