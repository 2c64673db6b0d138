/**
 * Screenshots of Settings → Copies outside Mend (after a backup and a Markdown export, one of them since
 * deleted) and of the encryption form's count, light and dark, and a narrow window.
 *   npx electron-vite build && npx tsx scripts/shots-copies.ts [outDir]
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchMend } from '../tests/e2e/harness/launch';
import { callOk } from '../tests/support/typed-call';

const out = process.argv[2] ?? '.tmp/shots-copies';

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const browser = await launchChromium();
  for (const scheme of ['light', 'dark'] as const) {
    const app = await launchMend(browser, { colorScheme: scheme, path: '/settings' });
    const call = callOk(app.core);
    await call('relationships:create', { name: 'Sam Rivera', role: 'Account lead', kind: 'direct-report', started: null, notes: '' });
    await call('relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
    await call('exports:backup', {});
    await call('exports:markdown', {});
    await rm(join(app.dialogs.exportFolder!, 'Ana Silva.md'));
    await app.page.reload();
    const section = app.page.getByRole('region', { name: 'Copies outside Mend' });
    await section.getByRole('listitem').first().waitFor();
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${out}/${scheme}-list.png` });
    const form = app.page.getByRole('form', { name: 'Turn on encryption' });
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({ path: `${out}/${scheme}-encrypt-note.png` });
    if (scheme === 'light') {
      await app.page.setViewportSize({ width: 700, height: 820 });
      await section.scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: `${out}/narrow.png` });
    }
    if (app.errors.length) console.log(app.errors);
    await app.close();
  }
  await browser.close();
  console.log(`Screenshots in ${out}`);
}

void main();
