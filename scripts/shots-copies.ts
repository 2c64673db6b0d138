/**
 * Screenshots of Settings → Copies outside Mend (after a backup and a Markdown export, one of them since
 * deleted) and of the encryption form's count, light and dark, and a narrow window.
 *   npx electron-vite build && npx tsx scripts/shots-copies.ts [outDir]
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DARK, LIGHT, addPerson, outDir, runShots, value } from './shots-harness';

const out = outDir('.tmp/shots-copies');

await runShots({ out, looks: [LIGHT, DARK], options: () => ({ path: '/settings' }) }, async ({ app, look, png }) => {
  await addPerson(app);
  await addPerson(app, { name: 'Ana Silva', role: '', kind: 'peer' });
  await value(app, 'exports:backup', {});
  await value(app, 'exports:markdown', {});
  await rm(join(app.dialogs.exportFolder!, 'Ana Silva.md'));
  await app.page.reload();
  const section = app.page.getByRole('region', { name: 'Copies outside Mend' });
  await section.getByRole('listitem').first().waitFor();
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: png('list') });
  const form = app.page.getByRole('form', { name: 'Turn on encryption' });
  await form.scrollIntoViewIfNeeded();
  await form.screenshot({ path: png('encrypt-note') });
  if (look === LIGHT) {
    await app.page.setViewportSize({ width: 700, height: 820 });
    await section.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `${out}/narrow.png` });
  }
});
