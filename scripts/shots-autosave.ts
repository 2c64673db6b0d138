/**
 * Screenshots of the draft note, the lock question with unsaved text, the text given back after an
 * unlock, Undo, the Trash, a corrected trust check and the namesake warning; light, dark and narrow.
 *   npx electron-vite build && npx tsx scripts/shots-autosave.ts [.tmp/shots-autosave]
 */
import type { Page } from '@playwright/test';
import type { MendApp } from '../tests/e2e/harness/launch';
import { switchableFs } from '../tests/support/switchable-fs';
import { BASE, DARK, LIGHT, NARROW, addPerson, outDir, runShots, value } from './shots-harness';

const out = outDir('.tmp/shots-autosave');
type Scheme = string;

async function shot(page: Page, scheme: Scheme, name: string): Promise<void> {
  await page.screenshot({ path: `${out}/${scheme}-${name}.png`, fullPage: scheme !== 'narrow' });
}

async function screens(app: MendApp, scheme: Scheme): Promise<void> {
  const { page } = app;
  const call = (c: string, i: unknown) => value<unknown>(app, c, i);
  const id = await addPerson(app);
  await call('drafts:save', { key: `incident:new:${id}`, fields: { title: 'Missed the Acme deadline', facts: 'Three days late.' } });
  await page.goto(`${BASE}/r/${id}/incident/new`);
  await page.getByText('You were writing this earlier').waitFor();
  await shot(page, scheme, 'draft-restored');
  const check = (await call('checks:create', {
    relationshipId: id, debriefId: null, at: new Date(Date.now() - 3600_000).toISOString(), activation: 1, emotion: 'Uneasy', source: '',
    ratings: { reliability: 2, competence: null, sincerity: null, care: null, reliance: null }, evidence: 'Numbers on Tuesday.', interpretation: '',
  })) as { id: string };
  await page.goto(`${BASE}/r/${id}/check/${check.id}`);
  await page.getByRole('heading', { name: 'Correct the trust check' }).waitFor();
  await shot(page, scheme, 'check-edit');
  await page.goto(`${BASE}/r/${id}`);
  await page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Reliability 2' }).locator('summary').first().click();
  await page.getByRole('button', { name: 'Remove this check' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await shot(page, scheme, 'undo');
  await call('relationships:delete', { id });
  await call('relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
  await page.goto(`${BASE}/trash`);
  await page.getByRole('button', { name: 'Bring back Sam Rivera' }).waitFor();
  await shot(page, scheme, 'trash');
  await page.goto(`${BASE}/new`);
  await page.reload(); // the people list was loaded before Ana was added behind its back
  await page.getByLabel('Name', { exact: true }).fill('Ana Silva');
  await page.getByText('You already have someone called').waitFor();
  await shot(page, scheme, 'namesake');
}

async function lockShots(page: Page, scheme: Scheme, disk: ReturnType<typeof switchableFs>): Promise<void> {
  await page.goto(`${BASE}/settings`);
  const form = page.getByRole('form', { name: 'Turn on encryption' });
  await form.getByLabel('Passphrase').fill('quiet harbour at seven');
  await form.getByLabel('Type it again').fill('quiet harbour at seven');
  await form.getByRole('button', { name: 'Next: your recovery key' }).click();
  await page.getByRole('button', { name: 'I have saved it: turn on encryption' }).click({ timeout: 30_000 });
  await page.getByText('Your journal is encrypted on this computer.').waitFor({ timeout: 30_000 });
  await page.goto(`${BASE}/new`);
  disk.fail('ENOSPC');
  await page.getByLabel('Notes').fill('Joined in March.');
  await page.getByText('Your draft could not be kept').waitFor();
  await shot(page, scheme, 'draft-refused');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('dialog').waitFor();
  await shot(page, scheme, 'lock-unsaved');
  await page.getByRole('button', { name: 'Lock anyway' }).click();
  await page.getByLabel('Passphrase').fill('quiet harbour at seven');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText('Mend kept what you had not saved').waitFor({ timeout: 20_000 });
  await shot(page, scheme, 'held-back');
}

const disks = new Map<string, ReturnType<typeof switchableFs>>();
const diskFor = (look: string) => disks.get(look) ?? disks.set(look, switchableFs()).get(look)!;

await runShots({ out, looks: [LIGHT, DARK, NARROW], options: (look) => ({ fs: diskFor(look.name).fs }) }, async ({ app, look }) => {
  await screens(app, look.name);
  await lockShots(app.page, look.name, diskFor(look.name));
});
