/**
 * Screenshots of the three "log one thing" pages (repair attempt, their trust in me, my own check-in):
 * as they open, with a refusal beside "When", and filled from a kept draft; light, dark and narrow.
 *   npx electron-vite build && npx tsx scripts/shots-forms.ts [.tmp/shots-forms]
 */
import { BASE, DARK, LIGHT, NARROW, addPerson, outDir, runShots, value } from './shots-harness';

const PAGES = [
  { name: 'repair-bid', path: 'repair-bid/new', draft: 'repair-bid:new', fields: { what: 'Flagged the Beta risk two days early', by: 'them' } },
  { name: 'their-trust', path: 'their-trust/new', draft: 'their-trust:new', fields: { evidence: 'They brought me the risk before the client did.' } },
  { name: 'own-check-in', path: 'monitoring/new', draft: 'own-check-in:new', fields: { note: 'Asked twice about the same report.' } },
];

await runShots({ out: outDir('.tmp/shots-forms'), looks: [LIGHT, DARK, NARROW] }, async ({ app, png }) => {
  const { page } = app;
  const sam = await addPerson(app);
  for (const p of PAGES) {
    await page.goto(`${BASE}/r/${sam}/${p.path}`);
    await page.locator('h1').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: png(p.name), fullPage: true });
    await page.getByLabel('When').fill('');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Use a full date and time.').waitFor();
    await page.screenshot({ path: png(`${p.name}-error`), fullPage: true });
    await page.goto(`${BASE}/`);
    await page.waitForTimeout(800); // leaving saved the refused form as a draft: let that land before ours
    const at = '2026-03-04T10:30';
    await value(app, 'drafts:save', { key: `${p.draft}:${sam}`, fields: { ...defaults(p.name), ...p.fields, at } });
    await page.goto(`${BASE}/r/${sam}/${p.path}`);
    await page.getByText('You were writing this earlier').waitFor();
    await page.screenshot({ path: png(`${p.name}-draft`), fullPage: true });
    await value(app, 'drafts:clear', { key: `${p.draft}:${sam}` });
  }
});

/** What each form holds when it opens, so a kept draft fills every field. */
function defaults(name: string): Record<string, unknown> {
  if (name === 'repair-bid') return { by: 'them', what: '', received: 'unsure', note: '' };
  if (name === 'their-trust') return { ratings: { reliability: 5, competence: null, sincerity: null, care: null, reliance: null }, evidence: '', interpretation: '' };
  return { kind: 'extra-check-in', note: '' };
}
