import AxeBuilder from '@axe-core/playwright';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { encodeEnvelope, type EnvelopeSpec } from '../../src/core/store/envelope';
import type { Page } from '@playwright/test';

/** Settings → Computers, reached as a person would: the sidebar, then the section. */
async function computersSection(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Computers' });
  await expect(section).toBeVisible();
  return section;
}

/** Another computer's record as it would arrive through a synced folder: it last opened the folder long ago. */
async function oldComputer(dataDir: string, id: string, name: string, lastSeen: string): Promise<void> {
  const spec = { kind: 'settings', version: 1, schema: { parse: (v: unknown) => v }, migrations: {} } as unknown as EnvelopeSpec<object>;
  await mkdir(join(dataDir, 'devices'), { recursive: true });
  await writeFile(join(dataDir, 'devices', `${id}.json`), encodeEnvelope(spec, { name, lastSeen, folded: {}, forgotten: {} }));
}

test('lists the computers on this folder; one not seen for months is forgotten after main asks', async ({ openMend }) => {
  const first = await openMend();
  await oldComputer(first.dataDir, 'abcdefabcdef0001', 'Old laptop', '2025-01-10T09:00:00.000Z');
  await oldComputer(first.dataDir, 'abcdefabcdef0002', 'Office desktop', new Date(Date.now() - 86_400_000).toISOString());
  const app = await first.restart();
  const section = await computersSection(app.page);
  await expect(section.getByRole('listitem')).toHaveCount(3);
  await expect(section.getByRole('listitem').first()).toContainText('In use now');
  await expect(section.getByRole('listitem').filter({ hasText: 'Office desktop' }).getByRole('button')).toHaveCount(0);
  const axe = await new AxeBuilder({ page: app.page }).include('section[aria-labelledby="devices-title"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await app.page.screenshot({ path: 'test-results/shots-devices/computers.png', fullPage: true });

  // A "no" in main's dialog changes nothing.
  app.dialogs.confirmAnswer = false;
  await section.getByRole('button', { name: 'Forget Old laptop' }).click();
  await expect(section.getByRole('alert')).toContainText('nothing was changed');
  app.dialogs.confirmAnswer = true;
  const forget = section.getByRole('button', { name: 'Forget Old laptop' });
  await forget.focus();
  await app.page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toHaveText('Old laptop is forgotten. Its changes stay in your journal.');
  expect(app.dialogs.confirmations.map((c) => c.kind)).toEqual(['forget-device', 'forget-device']);
  await expect(section.getByRole('listitem').filter({ hasText: 'Old laptop' })).toContainText('Forgotten.');

  const again = await app.restart();
  const after = await computersSection(again.page);
  await expect(after.getByRole('listitem').filter({ hasText: 'Old laptop' })).toContainText('Forgotten.');
  for (const scheme of ['dark', 'light'] as const) {
    await again.page.emulateMedia({ colorScheme: scheme });
    await again.page.setViewportSize({ width: scheme === 'dark' ? 1200 : 700, height: 900 });
    await after.scrollIntoViewIfNeeded();
    await again.page.screenshot({ path: `test-results/shots-devices/computers-${scheme}.png`, fullPage: true });
  }
});
