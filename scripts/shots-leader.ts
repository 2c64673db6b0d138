/**
 * Screenshots of the leader's own side (issue 16), light, dark and a narrow window, for looking at by eye.
 *   npx electron-vite build && npx tsx scripts/shots-leader.ts [.tmp/shots-leader]
 */
import type { MendApp } from '../tests/e2e/harness/launch';
import { BASE, DARK, LIGHT, NARROW, addPerson, outDir, runShots, value as v } from './shots-harness';

const DAY = 864e5;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const ratings = (n: number) => ({ reliability: n, competence: 6, sincerity: 6, care: n, reliance: n - 1 });

/** Sam, an overreaction ten days ago, a plan with an apology, a finished debrief, bids and both estimates. */
async function seed(app: MendApp): Promise<{ rel: string; prep: string; draft: string; debrief: string }> {
  const rel = await addPerson(app);
  const incident = await v(app, 'incidents:create', {
    relationshipId: rel, title: 'Missed the Acme deadline', occurredAt: ago(8), facts: 'The report arrived Monday, not Friday.', impact: '',
    domains: ['reliability'], causes: [{ cause: 'stretched-too-thin', confidence: 'medium' }],
    baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 5 }, stability: 3, status: 'open',
  });
  await v(app, 'checks:create', { relationshipId: rel, at: ago(7.5), ratings: ratings(3), evidence: 'The report was three days late.', interpretation: '', activation: 1, emotion: 'tense', source: 'the client call', debriefId: null });
  const prep = (await v(app, 'preparations:start', { relationshipId: rel, incidentId: incident.id, plannedAt: ago(5) })).id;
  await v(app, 'preparations:save-draft', {
    relationshipId: rel, id: prep,
    patch: {
      coolDown: { activation: 2, emotion: 'Ashamed of how I spoke' },
      plan: {
        perspective: 'How did last week look from where you sat?', experience: 'I felt caught out when the client called.',
        apology: { did: 'I raised my voice at you in the stand-up on Monday.', effect: 'It may have felt like being called out in front of the team.', mine: 'That was on me, not on you.', differently: 'I’ll raise worries one to one.', offer: 'I’ll say to the team that I was out of line.', ask: 'What would help from my side next time?', wanted: true, skipped: false },
        expect: { reactions: ['defensive', 'upset'], words: 'They’ll say the brief changed late.' },
      },
    },
  });
  await v(app, 'preparations:finish', { relationshipId: rel, id: prep });
  const d = await v<Record<string, unknown> & { id: string; ownSide: object; diagnosis: object }>(app, 'debriefs:start', { relationshipId: rel, preparationId: prep, incidentId: null });
  const { id, preparationId: _p, incidentId: _i, status: _s, createdAt: _c, updatedAt: _u, ...fields } = d;
  await v(app, 'debriefs:save', {
    relationshipId: rel, id, ...fields, heldAt: ago(5), diagnosis: { ...d.diagnosis, outcome: 'confirmed' },
    commitmentDrafts: [{ key: 'them', owner: 'them', text: 'Flag a slipping deadline two days ahead.', dueAt: null }, { key: 'me', owner: 'me', text: 'Keep stand-ups calm.', dueAt: null }],
    ownSide: { ...d.ownSide, talkActivation: 1, apologised: 'yes', received: 'well', apologyNote: 'They thanked me for saying it.', happened: ['open', 'relieved'], happenedWords: 'Quiet at first, then open.' },
  });
  await v(app, 'debriefs:finish', { relationshipId: rel, id });
  await v(app, 'checks:create', { relationshipId: rel, at: ago(3), ratings: ratings(5), evidence: 'A status note on Wednesday, unprompted.', interpretation: '', activation: 0, emotion: 'calm', source: '', debriefId: null });
  await v(app, 'checks:create', { relationshipId: rel, at: ago(1), ratings: ratings(6), evidence: 'The renewal went out early.', interpretation: '', activation: 0, emotion: 'calm', source: '', debriefId: null });
  await v(app, 'repair-bids:create', { relationshipId: rel, at: ago(4), by: 'them', what: 'Flagged the Beta risk two days early', received: 'well', note: '' });
  await v(app, 'repair-bids:create', { relationshipId: rel, at: ago(2), by: 'me', what: 'Thanked them for the weekend fix', received: 'not-yet', note: '' });
  await v(app, 'their-trust:create', { relationshipId: rel, at: ago(3), ratings: ratings(4), evidence: 'They still copy me on everything.', interpretation: '' });
  await v(app, 'their-trust:create', { relationshipId: rel, at: ago(1), ratings: ratings(3), evidence: 'They went quiet in the 1:1.', interpretation: '' });
  // A second, fresh preparation at activation 3, to show the offer before it is taken up.
  const draft = (await v(app, 'preparations:start', { relationshipId: rel, incidentId: incident.id, plannedAt: null })).id;
  await v(app, 'preparations:save-draft', { relationshipId: rel, id: draft, patch: { coolDown: { activation: 3 }, step: 5 } });
  return { rel, prep, draft, debrief: id };
}

async function shots(app: MendApp, png: (name: string) => string): Promise<void> {
  const { rel, prep, draft, debrief } = await seed(app);
  const { page } = app;
  const shot = async (hash: string, name: string, ready: (p: typeof page) => Promise<unknown>) => {
    await page.goto(`${BASE}${hash}`);
    await page.reload();
    await ready(page);
    await page.screenshot({ path: png(name), fullPage: true });
  };
  await shot(`/r/${rel}/prepare/${draft}`, 'prep-offer', (p) => p.getByRole('group', { name: 'An apology, if it fits' }).waitFor());
  await v(app, 'preparations:save-draft', { relationshipId: rel, id: prep, patch: { step: 5 } });
  await shot(`/r/${rel}/prepare/${prep}`, 'prep-apology', (p) => p.getByLabel('What I did').waitFor());
  await v(app, 'preparations:save-draft', { relationshipId: rel, id: prep, patch: { step: 3 } });
  await shot(`/r/${rel}/prepare/${prep}`, 'prep-prediction', (p) => p.getByRole('group', { name: 'How do you expect them to react?' }).waitFor());
  await shot(`/r/${rel}/prepare/${prep}/cue-card`, 'cue-card', (p) => p.getByRole('region', { name: 'My apology' }).waitFor());
  await shot(`/r/${rel}/debrief/${debrief}`, 'debrief-own-side', (p) => p.getByRole('region', { name: 'Your side of it' }).waitFor());
  await shot('/', 'home', (p) => p.getByRole('list', { name: 'Follow-ups due' }).waitFor());
  await shot(`/r/${rel}`, 'person', (p) => p.getByRole('region', { name: 'Both sides' }).waitFor());
  await shot(`/r/${rel}/repair-bid/new`, 'repair-bid', (p) => p.getByLabel('What happened, in a line').waitFor());
  await shot(`/r/${rel}/their-trust/new`, 'their-trust', (p) => p.getByRole('heading', { name: 'Their trust in me' }).waitFor());
  await shot('/insights', 'insights', (p) => p.getByRole('heading', { name: 'What you expected, and what came' }).waitFor());
}

await runShots({ out: outDir('.tmp/shots-leader'), looks: [LIGHT, DARK, NARROW] }, ({ app, png }) => shots(app, png));
