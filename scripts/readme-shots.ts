/**
 * The README's pictures: Home, a preparation step, the cue card and a trust chart, light and dark,
 * taken with the end-to-end launcher over the eight-week story, so they always show the current app.
 *   npx electron-vite build && npx tsx scripts/screenshots.ts --readme   (writes docs/screenshots/)
 */
import type { MendApp } from '../tests/e2e/harness/launch';
import { seedTrustStory } from '../tests/support/trust-story';
import { BASE as base, DARK, LIGHT, runShots, value } from './shots-harness';

/** Sam's planned conversation, written out as a leader would before the talk. */
async function planFor(app: MendApp, rel: string): Promise<string> {
  const journal = await value<{ preparations: { id: string; status: string }[] }>(app, 'journals:get', { relationshipId: rel });
  const prep = journal.preparations.find((p) => p.status === 'draft')!;
  await value(app, 'preparations:save-draft', { relationshipId: rel, id: prep.id, patch: {
    coolDown: { activation: 1, emotion: 'Steadier now', source: 'The client call last month still stings.', fears: ['client'] },
    facts: { camera: 'The Q3 plan is due in two days; the draft is half done.', story: 'Maybe the old pattern is back.', otherExplanations: 'Two new clients landed this month.', trustedColleague: 'That Sam flagged it early, as agreed.' },
    plan: { perspective: '- How is the Q3 plan going from where you sit?\n- What would help this week?', permission: 'Could I share how the last month looked from my side?',
      experience: 'I noticed the weekly notes arrived on time every Friday, and it made a real difference to me.', forward: 'Keep the Friday note; pick one thing I can take off your plate.', commitment: 'Share the Q3 plan with the team by Thursday.' },
    myCommitment: 'I will move the Beta report to Ana this month.',
  } });
  return prep.id;
}

export async function readmeShots(out = 'docs/screenshots'): Promise<void> {
  const looks = [LIGHT, DARK].map((l) => ({ ...l, height: 860 }));
  await runShots({ out, looks }, async ({ app, png }) => {
    const { page } = app;
    const story = await seedTrustStory((c, i) => app.core.call(c, i), new Date());
    const prepId = await planFor(app, story.sam);
    await page.reload();
    await page.getByRole('heading', { name: 'Where trust stands' }).waitFor();
    await page.screenshot({ path: png('home') });

    await value(app, 'preparations:save-draft', { relationshipId: story.sam, id: prepId, patch: { step: 5 } });
    await page.goto(`${base}/r/${story.sam}/prepare/${prepId}`);
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: png('prepare-step') });

    await value(app, 'preparations:finish', { relationshipId: story.sam, id: prepId });
    await page.goto(`${base}/r/${story.sam}/prepare/${prepId}/cue-card`);
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: png('cue-card') });

    await page.goto(`${base}/r/${story.sam}`);
    await page.getByRole('heading', { name: 'Is trust coming back?' }).waitFor();
    await page.waitForTimeout(300);
    await page.locator('.tc-section').screenshot({ path: png('trust-chart') });
    if (app.errors.length) throw new Error(`page errors: ${app.errors.join('; ')}`);
  });
}
