import { describe, expect, it } from 'vitest';
import { makeWorld, SAM, seedStory } from '../follow-up/helpers';
import { emptyApology } from '../../../src/core/model/leader-side';

const journal = (w: Awaited<ReturnType<typeof makeWorld>>, rel: string) => w.ok('journals:get', { relationshipId: rel });

describe('the apology plan and the prediction in a preparation', () => {
  it('saves part by part without blanking the other parts, and survives a restart', async () => {
    const w = await makeWorld();
    const { rel, prep } = await seedStory(w);
    await w.ok('preparations:save-draft', { relationshipId: rel, id: prep, patch: { plan: { apology: { ...emptyApology(), wanted: true, did: 'I snapped in the stand-up.' } } } });
    await w.ok('preparations:save-draft', { relationshipId: rel, id: prep, patch: { plan: { expect: { reactions: ['defensive'], words: '' } } } });
    await w.ok('preparations:save-draft', { relationshipId: rel, id: prep, patch: { plan: { forward: 'Agree how to flag risk.' } } });
    w.core = await w.reopen();
    const p = (await journal(w, rel)).preparations[0]!;
    expect(p.plan.apology).toMatchObject({ wanted: true, did: 'I snapped in the stand-up.' });
    expect(p.plan.expect.reactions).toEqual(['defensive']);
    expect(p.plan.perspective).toBe('Ask how the week went for them.');
  });

  it('refuses to mark a plan ready with an empty apology plan, naming the field, and keeps what was typed', async () => {
    const w = await makeWorld();
    const { rel, prep } = await seedStory(w);
    await w.ok('preparations:save-draft', { relationshipId: rel, id: prep, patch: { plan: { apology: { ...emptyApology(), wanted: true } } } });
    const refused = await w.refused('preparations:finish', { relationshipId: rel, id: prep });
    expect(refused).toMatchObject({ code: 'invalid-input', field: 'plan.apology.did' });
  });

  it('refuses a prediction with words but no choice, and keeps the words', async () => {
    const w = await makeWorld();
    const { rel, prep } = await seedStory(w);
    await w.ok('preparations:save-draft', { relationshipId: rel, id: prep, patch: { plan: { expect: { reactions: [], words: 'They will say the brief changed.' } } } });
    expect(await w.refused('preparations:finish', { relationshipId: rel, id: prep })).toMatchObject({ field: 'plan.expect.reactions' });
    expect((await journal(w, rel)).preparations[0]!.plan.expect.words).toBe('They will say the brief changed.');
  });

  it('refuses an unknown reaction at the boundary', async () => {
    const w = await makeWorld();
    const { rel, prep } = await seedStory(w);
    expect(await w.refused('preparations:save-draft', { relationshipId: rel, id: prep, patch: { plan: { expect: { reactions: ['furious'], words: '' } } } })).toMatchObject({ code: 'invalid-input' });
  });
});

async function debriefed(w: Awaited<ReturnType<typeof makeWorld>>) {
  const story = await seedStory(w);
  const d = await w.ok('debriefs:start', { relationshipId: story.rel, preparationId: story.prep, incidentId: null });
  const { id, preparationId: _p, incidentId: _i, status: _s, createdAt: _c, updatedAt: _u, ...fields } = d;
  const base = {
    ...fields,
    heldAt: '2026-02-24T10:00:00.000Z',
    diagnosis: { ...fields.diagnosis, outcome: 'confirmed' as const },
    commitmentDrafts: [
      { key: 'them', owner: 'them' as const, text: 'Flag risks by Wednesday.', dueAt: null },
      { key: 'me', owner: 'me' as const, text: 'Pair on the model.', dueAt: null },
    ],
  };
  return { ...story, id, base };
}

describe('the debrief’s own side and the follow-ups it schedules', () => {
  it('a save that leaves ownSide out keeps what is stored there', async () => {
    const w = await makeWorld();
    const { rel, id, base } = await debriefed(w);
    await w.ok('debriefs:save', { relationshipId: rel, id, ...base, ownSide: { ...base.ownSide, apologised: 'yes', received: 'well', happened: ['open'] } });
    const { ownSide: _o, ...withoutOwnSide } = base;
    await w.ok('debriefs:save', { relationshipId: rel, id, ...withoutOwnSide, learned: 'They had two launches that week.' });
    expect((await journal(w, rel)).debriefs[0]!.ownSide).toMatchObject({ apologised: 'yes', received: 'well', happened: ['open'] });
  });

  it('finishing schedules follow-ups at 1, 3 and 6 weeks, once', async () => {
    const w = await makeWorld();
    const { rel, id, base } = await debriefed(w);
    await w.ok('debriefs:save', { relationshipId: rel, id, ...base });
    await w.ok('debriefs:finish', { relationshipId: rel, id });
    await w.ok('debriefs:finish', { relationshipId: rel, id });
    const follow = (await journal(w, rel)).followUps;
    expect(follow.map((f) => f.week)).toEqual([1, 3, 6]);
    expect(follow.every((f) => f.status === 'planned' && f.debriefId === id)).toBe(true);
  });

  it('refuses to finish with what happened written but no reaction picked', async () => {
    const w = await makeWorld();
    const { rel, id, base } = await debriefed(w);
    await w.ok('debriefs:save', { relationshipId: rel, id, ...base, ownSide: { ...base.ownSide, happenedWords: 'Quiet at first.' } });
    expect(await w.refused('debriefs:finish', { relationshipId: rel, id })).toMatchObject({ field: 'ownSide.happened' });
  });

  it('moves a follow-up, refuses a day before the conversation, and marks one done or sets it aside', async () => {
    const w = await makeWorld();
    const { rel, id, base } = await debriefed(w);
    await w.ok('debriefs:save', { relationshipId: rel, id, ...base });
    await w.ok('debriefs:finish', { relationshipId: rel, id });
    const [first, second] = (await journal(w, rel)).followUps;
    expect(await w.refused('follow-ups:move', { relationshipId: rel, id: first!.id, dueAt: '2026-02-22' })).toMatchObject({ field: 'dueAt' });
    expect(await w.ok('follow-ups:move', { relationshipId: rel, id: first!.id, dueAt: '2026-03-04' })).toMatchObject({ dueAt: '2026-03-04' });
    expect(await w.ok('follow-ups:resolve', { relationshipId: rel, id: first!.id, status: 'done' })).toMatchObject({ status: 'done' });
    expect(await w.ok('follow-ups:resolve', { relationshipId: rel, id: second!.id, status: 'dismissed' })).toMatchObject({ status: 'dismissed' });
    const summary = (await w.ok('relationships:list', {})).find((r) => r.id === rel);
    expect(summary?.followUps?.open).toHaveLength(1);
  });
});

describe('a finished conversation dated again (found by a helper: its follow-ups stayed on the old days)', () => {
  it('moves the follow-ups still on the days they were given; one moved by hand or done stays', async () => {
    const w = await makeWorld();
    const { rel, id, base } = await debriefed(w);
    await w.ok('debriefs:save', { relationshipId: rel, id, ...base });
    await w.ok('debriefs:finish', { relationshipId: rel, id });
    const days = async () => Object.fromEntries((await journal(w, rel)).followUps.map((f) => [f.week, `${f.dueAt} ${f.status}`]));
    expect(await days()).toEqual({ 1: '2026-03-03 planned', 3: '2026-03-17 planned', 6: '2026-04-07 planned' });
    const [first] = (await journal(w, rel)).followUps;
    await w.ok('follow-ups:move', { relationshipId: rel, id: first!.id, dueAt: '2026-03-04' });
    // The same day at another hour moves nothing; another day moves what was not moved by hand.
    await w.ok('debriefs:save', { relationshipId: rel, id, ...base, heldAt: '2026-02-24T16:00:00.000Z' });
    expect(await days()).toEqual({ 1: '2026-03-04 planned', 3: '2026-03-17 planned', 6: '2026-04-07 planned' });
    await w.ok('debriefs:save', { relationshipId: rel, id, ...base, heldAt: '2026-02-20T10:00:00.000Z' });
    expect(await days()).toEqual({ 1: '2026-03-04 planned', 3: '2026-03-13 planned', 6: '2026-04-03 planned' });
    await w.ok('debriefs:patch', { relationshipId: rel, id, patch: { heldAt: '2026-02-22T10:00:00.000Z' } });
    expect(await days()).toEqual({ 1: '2026-03-04 planned', 3: '2026-03-15 planned', 6: '2026-04-05 planned' });
    expect((await journal(w, rel)).debriefs[0]!.heldAt).toBe('2026-02-22T10:00:00.000Z');
  });
});

describe('repair bids and their trust in me', () => {
  it('logs a bid by either side, records later how it landed, and removes one', async () => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    const bid = await w.ok('repair-bids:create', { relationshipId: rel, at: '2026-02-26T09:00:00.000Z', by: 'them', what: 'Flagged a risk early', received: 'unsure', note: '' });
    await w.ok('repair-bids:update', { relationshipId: rel, id: bid.id, at: '2026-02-26T09:00:00.000Z', by: 'them', what: 'Flagged a risk early', received: 'well', note: 'I thanked them.' });
    expect((await journal(w, rel)).repairBids[0]).toMatchObject({ by: 'them', received: 'well' });
    await w.ok('repair-bids:delete', { relationshipId: rel, id: bid.id });
    expect((await journal(w, rel)).repairBids).toEqual([]);
  });

  it.each([
    ['a blank line', { what: '  ' }, 'what'],
    ['an unknown side', { by: 'hr' }, 'by'],
    ['a future date', { at: '2031-01-01T00:00:00.000Z' }, 'at'],
  ])('refuses a bid with %s, store unchanged', async (_l, extra, field) => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    const base = { relationshipId: rel, at: '2026-02-26T09:00:00.000Z', by: 'me', what: 'Thanked them', received: 'well', note: '' };
    expect(await w.refused('repair-bids:create', { ...base, ...extra })).toMatchObject({ field });
  });

  it('an estimate of their trust needs evidence for a number, like my own checks', async () => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    const ratings = { reliability: 4, competence: null, sincerity: null, care: null, reliance: 3 };
    expect(await w.refused('their-trust:create', { relationshipId: rel, at: '2026-02-26T09:00:00.000Z', ratings, evidence: ' ', interpretation: '' })).toMatchObject({ field: 'evidence' });
    await w.ok('their-trust:create', { relationshipId: rel, at: '2026-02-26T09:00:00.000Z', ratings, evidence: 'They asked me to review early.', interpretation: '' });
    expect((await journal(w, rel)).theirTrust).toHaveLength(1);
  });
});
