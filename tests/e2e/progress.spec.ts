import { test, expect } from './fixtures';
import { nodeFs, type FsSeam } from '../../src/main/storage/fs-seam';

/**
 * Long work shows progress: opening a journal that takes a while shows what is happening, in words and
 * as a progress bar, and the window stays usable; quick work never flashes a bar.
 */
function slowJournals(delay: { ms: number }): FsSeam {
  return {
    ...nodeFs,
    readFile: async (path) => {
      if (path.includes('relationships')) await new Promise((r) => setTimeout(r, delay.ms));
      return nodeFs.readFile(path);
    },
  };
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a slow journal opens behind a progress bar that says what is happening (${colorScheme})`, async ({ openMend }, testInfo) => {
    const delay = { ms: 0 };
    const app = await openMend({ fs: slowJournals(delay), colorScheme });
    const made = await app.core.call('relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });
    if (!made.ok) throw new Error(made.message);
    const { page } = app;
    await page.reload();
    await expect(page.getByRole('progressbar')).toHaveCount(0);

    // A second core on the same folder would read the journal afresh: restart so nothing is cached.
    delay.ms = 2_500;
    const again = await app.restart({ fs: slowJournals(delay), colorScheme });
    await again.page.getByRole('link', { name: /Sam Rivera/ }).first().click();
    const bar = again.page.getByRole('progressbar', { name: 'Opening Sam Rivera’s journal…' });
    await expect(bar).toBeVisible();
    await expect(again.page.getByText('A long history takes a moment. Nothing is lost while you wait.')).toBeVisible();
    await again.page.screenshot({ path: testInfo.outputPath(`progress-${colorScheme}.png`) });
    // The window stays usable: the sidebar still answers while the journal opens.
    await expect(again.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' })).toBeEnabled();
    await expect(again.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible({ timeout: 15_000 });
    await expect(bar).toHaveCount(0);
  });
}
