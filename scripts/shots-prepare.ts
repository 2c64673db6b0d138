/**
 * Screenshots of the incident and preparation screens, light and dark, for looking at them by eye.
 *   npx electron-vite build --outDir .tmp/out-prepare
 *   MEND_RENDERER_DIR=.tmp/out-prepare/renderer npx tsx scripts/shots-prepare.ts [outDir]
 */
import type { MendApp } from '../tests/e2e/harness/launch';
import { BASE as base, DARK, LIGHT, addPerson, outDir, runShots, value } from './shots-harness';

const out = outDir('.tmp/shots-prepare');

async function seed(app: MendApp) {
  const rid = await addPerson(app, { started: '2024-02-01' });
  const { id: incidentId } = await value<{ id: string }>(app, 'incidents:create', {
    relationshipId: rid, title: 'Missed the Acme proposal deadline', occurredAt: '2026-02-27T16:30:00.000Z',
    facts: 'The proposal was due **Friday at 17:00**. It reached the client on Monday at 09:10.',
    impact: 'I had to call the client and ask for more time.', domains: ['reliability'],
    causes: [{ cause: 'stretched-too-thin', confidence: 'medium' }, { cause: 'unclear-expectations', confidence: 'low' }],
    baseline: { reliability: 6, competence: 6, sincerity: 7, care: 6, reliance: 5 }, stability: 3, status: 'open',
  });
  const { id: prepId } = await value<{ id: string }>(app, 'preparations:start', { relationshipId: rid, incidentId, plannedAt: '2026-03-03T10:00:00.000Z' });
  await value(app, 'preparations:save-draft', { relationshipId: rid, id: prepId, patch: {
    coolDown: { activation: 2, emotion: 'Embarrassed, and worried about the account', source: 'The call with the client on Monday.', fears: ['client', 'standing'] },
    facts: { camera: 'The proposal arrived Monday 09:10, three days late. No message on Friday.', story: 'Sam doesn’t take this client seriously.', otherExplanations: 'The Beta launch landed the same week.', trustedColleague: 'That something must have been going on.' },
    plan: { perspective: '- How did last week look from where you sat?\n- What got in the way?', permission: 'Could I tell you how Monday looked from my end?', experience: 'You always miss deadlines, and frankly it’s unprofessional.', forward: 'Agree what *done* means for proposals; a Wednesday check-in while the Beta launch runs.', commitment: 'Flag a slipping deadline two days ahead.' },
    myCommitment: 'I will take the Beta report off Sam’s plate this month.',
  } });
  return { rid, incidentId, prepId };
}

async function shot(app: MendApp, name: string, path: string, scheme: string, full = true) {
  await app.page.goto(`${base}${path}`);
  await app.page.waitForSelector('h1');
  await app.page.waitForTimeout(450);
  await app.page.screenshot({ path: `${out}/${scheme}-${name}.png`, fullPage: full });
}

await runShots({ out, looks: [LIGHT, DARK] }, async ({ app, look: { name: scheme } }) => {
  const { rid, incidentId, prepId } = await seed(app);
  await shot(app, 'incident-new', `/r/${rid}/incident/new`, scheme);
  await app.page.getByRole('button', { name: 'Save incident' }).click();
  await app.page.waitForSelector('.field-error');
  await app.page.screenshot({ path: `${out}/${scheme}-incident-error.png` });
  await shot(app, 'incident-edit', `/r/${rid}/incident/${incidentId}`, scheme);
  await shot(app, 'start', `/r/${rid}/prepare/new`, scheme);
  for (let step = 0; step < 8; step++) {
    await value(app, 'preparations:save-draft', { relationshipId: rid, id: prepId, patch: { step } });
    await shot(app, `step-${step + 1}`, `/r/${rid}/prepare/${prepId}`, scheme);
    await app.page.goto(`${base}/`);
  }
  await value(app, 'preparations:finish', { relationshipId: rid, id: prepId });
  await shot(app, 'cue-card', `/r/${rid}/prepare/${prepId}/cue-card`, scheme);
  await app.page.emulateMedia({ media: 'print' });
  await app.page.screenshot({ path: `${out}/${scheme}-cue-card-print.png`, fullPage: true });
  await app.page.emulateMedia({ media: 'screen' });
  const other = await value<{ id: string }>(app, 'preparations:start', { relationshipId: rid, incidentId: null, plannedAt: null });
  await value(app, 'preparations:discard', { relationshipId: rid, id: other.id });
  await shot(app, 'person', `/r/${rid}`, scheme);
  await app.page.locator('.timeline summary').first().click();
  await app.page.locator('.timeline summary').nth(1).click();
  await app.page.getByText(/Discarded preparations/).click();
  await app.page.screenshot({ path: `${out}/${scheme}-person-open.png`, fullPage: true });
});
