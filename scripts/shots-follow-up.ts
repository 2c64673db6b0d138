/**
 * Screenshots of the after-the-conversation screens (debrief, trust check, commitments, monitoring),
 * light and dark, for looking at them by eye.
 *   npx electron-vite build --outDir .tmp/out-followup
 *   MEND_RENDERER_DIR=.tmp/out-followup/renderer npx tsx scripts/shots-follow-up.ts [outDir]
 */
import type { Page } from '@playwright/test';
import type { MendApp } from '../tests/e2e/harness/launch';
import { BASE, DARK, LIGHT, addPerson, outDir, runShots, value } from './shots-harness';

const out = outDir('.tmp/shots-follow-up');

/** Sam, the missed deadline, a ready plan, a debrief in progress, and a few later entries. */
async function seed(app: MendApp): Promise<{ rel: string; debrief: string }> {
  const rel = await addPerson(app);
  const incident = await value<{ id: string }>(app, 'incidents:create', {
    relationshipId: rel, title: 'Missed the Acme report deadline', occurredAt: new Date(Date.now() - 9 * 864e5).toISOString(),
    facts: 'Due Friday, arrived Monday.', impact: '', domains: ['reliability'], causes: [{ cause: 'skill-gap', confidence: 'high' }],
    baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 5 }, stability: 3, status: 'open',
  });
  const prep = await value<{ id: string }>(app, 'preparations:start', { relationshipId: rel, incidentId: incident.id, plannedAt: null });
  await value(app, 'preparations:save-draft', { relationshipId: rel, id: prep.id, patch: {
    plan: {
      perspective: 'Ask how the week before the deadline went for them. Listen to the end.',
      permission: 'Ask if they are open to hearing how it landed on my side.',
      experience: 'I had to call Acme on Monday morning and felt caught out.',
      forward: 'What would have helped? What do they need from me?',
      commitment: '',
    },
    myCommitment: 'Pair on the first model next week.',
  } });
  await value(app, 'preparations:finish', { relationshipId: rel, id: prep.id });
  const debrief = await value<{ id: string }>(app, 'debriefs:start', { relationshipId: rel, preparationId: prep.id, incidentId: null });
  await value(app, 'commitments:create', { relationshipId: rel, owner: 'them', text: 'Send the weekly status on Tuesday mornings.', dueAt: '2026-01-05', debriefId: null });
  await value(app, 'commitments:create', { relationshipId: rel, owner: 'me', text: 'Move the Beta report to Ana so Sam has room for Acme.', dueAt: null, debriefId: null });
  await value(app, 'checks:create', { relationshipId: rel, at: new Date(Date.now() - 2 * 864e5).toISOString(), debriefId: null,
    ratings: { reliability: 3, competence: 5, sincerity: null, care: null, reliance: 2 }, evidence: 'Tuesday status arrived at 9:10.',
    interpretation: '', activation: 2, emotion: 'On edge', source: '' });
  await value(app, 'monitoring-notes:create', { relationshipId: rel, at: new Date(Date.now() - 864e5).toISOString(), kind: 'extra-check-in', note: 'Pinged twice before lunch.' });
  return { rel, debrief: debrief.id };
}

async function shot(page: Page, name: string, full = true): Promise<void> {
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: full });
}

await runShots({ out, looks: [LIGHT, DARK] }, async ({ app, look: { name: scheme } }) => {
  const { page } = app;
  const { rel, debrief } = await seed(app);
  await page.goto(`${BASE}/r/${rel}`);
  await page.waitForSelector('h1');
  await page.locator('.tl-item summary').first().click();
  await shot(page, `${scheme}-person`);
  await page.goto(`${BASE}/r/${rel}/debrief/new`);
  await page.waitForSelector('h1');
  await shot(page, `${scheme}-debrief-start`);
  await page.goto(`${BASE}/r/${rel}/debrief/${debrief}`);
  await page.waitForSelector('.debrief-step');
  await page.getByRole('button', { name: 'Finish debrief' }).click();
  await page.waitForSelector('.field-error');
  await shot(page, `${scheme}-debrief`);
  await page.setViewportSize({ width: 820, height: 900 });
  await shot(page, `${scheme}-debrief-narrow`, false);
  await page.setViewportSize({ width: 1200, height: 820 });
  await page.goto(`${BASE}/r/${rel}/check/new`);
  await page.waitForSelector('h1');
  await page.getByText('Heated').click();
  await shot(page, `${scheme}-check`);
  await page.goto(`${BASE}/commitments`);
  await page.waitForSelector('.commit-row');
  await shot(page, `${scheme}-commitments`);
  await page.getByRole('button', { name: 'Renegotiated early' }).first().click();
  await shot(page, `${scheme}-outcome-dialog`, false);
  await page.getByRole('dialog').getByRole('button', { name: 'Mark as renegotiated early' }).click();
  await page.waitForSelector('.commit-list.settled');
  await shot(page, `${scheme}-commitments-settled`);
  await page.goto(`${BASE}/r/${rel}/monitoring/new`);
  await page.waitForSelector('h1');
  await shot(page, `${scheme}-monitoring`);
});
