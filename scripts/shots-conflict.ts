/**
 * Screenshots of "Written on two computers at once" on a person's page, light and dark, and a narrow window.
 *   npx electron-vite build && npx tsx scripts/shots-conflict.ts [outDir]
 */
import { DARK, LIGHT, NARROW, SAM, addPerson, outDir, runShots } from './shots-harness';
import { callOk } from '../tests/support/typed-call';
import { openOtherComputer, WORK_LAPTOP } from '../tests/e2e/two-computers';

const NOTES = { home: 'Ask how the **launch** went.\n\nHe mentioned his daughter starts school this week.', work: 'He seemed tired today. Offer to move the Thursday review.' };

await runShots({ out: outDir('.tmp/shots-conflict'), looks: [LIGHT, DARK, NARROW], options: () => ({ device: WORK_LAPTOP }) }, async ({ app: first, png }) => {
  const id = await addPerson(first, { notes: 'First notes.' });
  const home = await openOtherComputer(first.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:update', { id, ...SAM, kind: 'direct-report', notes: NOTES.home });
  await callOk(first.core)('relationships:update', { id, ...SAM, kind: 'direct-report', notes: NOTES.work });
  const app = await first.restart({ path: `/r/${id}` });
  const notice = app.page.getByRole('region', { name: 'Written on two computers at once' });
  await notice.waitFor();
  await notice.scrollIntoViewIfNeeded();
  await notice.screenshot({ path: png('notice') });
  await app.page.screenshot({ path: png('page') });
});
