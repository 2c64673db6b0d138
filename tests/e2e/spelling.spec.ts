import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Settings → Spelling, reached as a person would: the sidebar, then the section. */
async function spellingSection(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Spelling' });
  await expect(section).toBeVisible();
  return section;
}

test('spellcheck says where dictionaries come from before it is on, turns on, and stays on after a restart', async ({ openMend }) => {
  // The harness plays a Linux computer: Chromium would download dictionaries there.
  const app = await openMend();
  const section = await spellingSection(app.page);
  const box = section.getByRole('checkbox', { name: 'Check my spelling as I type' });
  await expect(box).not.toBeChecked();
  await expect(section).toContainText('turning it on downloads dictionaries from');
  await expect(section).toContainText('never what you write');
  expect(app.dialogs.spellcheck).toEqual([false]);
  const axe = await new AxeBuilder({ page: app.page }).include('section[aria-labelledby="spelling-title"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await box.focus();
  await app.page.keyboard.press('Space');
  await expect(section.getByRole('status')).toHaveText('On. Right-click an underlined word for suggestions.');
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
  expect(app.dialogs.spellcheck).toEqual([false, true]);

  const again = await app.restart();
  const after = await spellingSection(again.page);
  await expect(after.getByRole('checkbox', { name: 'Check my spelling as I type' })).toBeChecked();
  expect(again.dialogs.spellcheck).toEqual([true]);
  // Kept per computer, never in the (possibly synced) data folder.
  await expect(readFile(join(again.dataDir, 'spelling.json'))).rejects.toThrow();
});
