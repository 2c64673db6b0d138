import { describe, it, expect, beforeEach } from 'vitest';
import { makeWorld, seedStory, SAM, type World } from './helpers';
import type { Debrief } from '../../../src/core/model/debrief';
import { localDay } from '../../../src/core/logic/calendar';

type Story = Awaited<ReturnType<typeof seedStory>>;
const fieldsOf = (d: Debrief) => {
  const { id: _i, createdAt: _c, updatedAt: _u, status: _s, preparationId: _p, incidentId: _n, ...fields } = d;
  return fields;
};

describe('debriefs', () => {
  let w: World;
  let s: Story;
  let d: Debrief;
  const save = (patch: Partial<ReturnType<typeof fieldsOf>>) =>
    w.ok('debriefs:save', { relationshipId: s.rel, id: d.id, ...fieldsOf(d), ...patch });

  beforeEach(async () => {
    w = await makeWorld();
    s = await seedStory(w);
    d = await w.ok('debriefs:start', { relationshipId: s.rel, preparationId: s.prep, incidentId: null });
  });

  it('starts from a preparation: linked, the leading guess and my offered commitment prefilled', () => {
    expect(d).toMatchObject({
      status: 'draft',
      preparationId: s.prep,
      incidentId: s.incident,
      diagnosis: { guessed: 'skill-gap', outcome: null, actual: null },
      commitmentDrafts: [
        { owner: 'them', text: '' },
        { owner: 'me', text: 'Pair on the first model next week.' },
      ],
    });
    expect(Object.values(d.steps).every((step) => step.happened === null && step.notes === '')).toBe(true);
  });

  it('starting again for the same preparation resumes the same debrief, also after a restart', async () => {
    await save({ theirView: 'Three launches landed on them at once.' });
    w.core = await w.reopen();
    const again = await w.ok('debriefs:start', { relationshipId: s.rel, preparationId: s.prep, incidentId: null });
    expect(again).toMatchObject({ id: d.id, theirView: 'Three launches landed on them at once.' });
  });

  it('starts from scratch, with or without an incident', async () => {
    const bare = await w.ok('debriefs:start', { relationshipId: s.rel, preparationId: null, incidentId: null });
    expect(bare).toMatchObject({ preparationId: null, incidentId: null, diagnosis: { guessed: null } });
    const onIncident = await w.ok('debriefs:start', { relationshipId: s.rel, preparationId: null, incidentId: s.incident });
    expect(onIncident).toMatchObject({ incidentId: s.incident, diagnosis: { guessed: 'skill-gap' } });
  });

  it('revises the diagnosis, finishes with one commitment each, and links them', async () => {
    d = await save({
      steps: { ...d.steps, perspective: { happened: 'yes', notes: 'They talked first.' }, permission: { happened: 'partly', notes: '' } },
      diagnosis: { guessed: 'skill-gap', outcome: 'revised', actual: 'stretched-too-thin' },
      commitmentDrafts: [
        { key: 'them', owner: 'them', text: 'Flag a slipping date two days ahead.', dueAt: '2026-03-20' },
        { key: 'me', owner: 'me', text: 'Move the Beta report to Ana.', dueAt: '2026-03-06' },
      ],
    });
    const { debrief, commitments } = await w.ok(
      'debriefs:finish',
      { relationshipId: s.rel, id: d.id },
    );
    expect(debrief).toMatchObject({ status: 'done', commitmentDrafts: [], diagnosis: { actual: 'stretched-too-thin' } });
    expect(commitments.map((c) => [c.owner, c.status, c.debriefId])).toEqual([
      ['them', 'open', d.id],
      ['me', 'open', d.id],
    ]);
    const again = await w.ok('debriefs:finish', { relationshipId: s.rel, id: d.id });
    expect(again.commitments).toHaveLength(2);
    const journal = await w.ok('journals:get', { relationshipId: s.rel });
    expect(journal.commitments).toHaveLength(2);
  });

  it('a confirmed guess becomes the actual cause', async () => {
    expect(await save({ diagnosis: { guessed: 'skill-gap', outcome: 'confirmed', actual: null } })).toMatchObject({
      diagnosis: { outcome: 'confirmed', actual: 'skill-gap' },
    });
  });

  it.each([
    ['no answer to the guess', { guessed: 'skill-gap', outcome: null, actual: null }, 'diagnosis.outcome'],
    ['a revision with no cause', { guessed: 'skill-gap', outcome: 'revised', actual: null }, 'diagnosis.actual'],
    ['a revision to the same cause', { guessed: 'skill-gap', outcome: 'revised', actual: 'skill-gap' }, 'diagnosis.actual'],
    ['confirming when there was no guess', { guessed: null, outcome: 'confirmed', actual: null }, 'diagnosis.outcome'],
  ] as const)('finishing with %s is refused, store unchanged', async (_label, diagnosis, field) => {
    d = await save({ diagnosis: { ...diagnosis }, commitmentDrafts: [
      { key: 'a', owner: 'them', text: 'A', dueAt: null },
      { key: 'b', owner: 'me', text: 'B', dueAt: null },
    ] });
    expect(await w.refused('debriefs:finish', { relationshipId: s.rel, id: d.id })).toMatchObject({ code: 'invalid-input', field });
  });

  it('refuses a commitment due before the conversation, beside its date, and finishes once it is moved (found by attack25)', async () => {
    const held = new Date(d.heldAt);
    const day = (days: number) => localDay(new Date(held.getTime() + days * 86_400_000));
    d = await save({
      diagnosis: { guessed: 'skill-gap', outcome: 'confirmed', actual: null },
      commitmentDrafts: [
        { key: 'them', owner: 'them', text: 'Flag a slipping date two days ahead.', dueAt: day(-5) },
        { key: 'me', owner: 'me', text: 'Move the Beta report to Ana.', dueAt: day(0) },
      ],
    });
    expect(await w.refused('debriefs:finish', { relationshipId: s.rel, id: d.id })).toMatchObject({ code: 'invalid-input', field: 'commitmentDrafts.0.dueAt' });
    expect((await w.ok('journals:get', { relationshipId: s.rel })).commitments.filter((c) => c.text.startsWith('Flag'))).toHaveLength(0);
    d = await save({ commitmentDrafts: [{ ...d.commitmentDrafts[0]!, dueAt: day(7) }, d.commitmentDrafts[1]!] });
    const { commitments } = await w.ok('debriefs:finish', { relationshipId: s.rel, id: d.id });
    expect(commitments.map((c) => c.dueAt)).toEqual([day(7), day(0)]);
  });

  it('fewer than one commitment each needs a reason; with one, it finishes', async () => {
    d = await save({ diagnosis: { guessed: 'skill-gap', outcome: 'confirmed', actual: null } });
    const r = await w.refused('debriefs:finish', { relationshipId: s.rel, id: d.id });
    expect(r).toMatchObject({ code: 'invalid-input', field: 'fewerCommitmentsReason' });
    d = await save({ fewerCommitmentsReason: 'We ran out of time; we meet again Monday.' });
    const { commitments } = await w.ok('debriefs:finish', { relationshipId: s.rel, id: d.id });
    expect(commitments.map((c) => c.owner)).toEqual(['me']);
  });

  it.each([
    ['a due date that is not a date', { commitmentDrafts: [{ key: 'a', owner: 'them', text: 'A', dueAt: 'soon' }] }, 'commitmentDrafts.0.dueAt'],
    ['an impossible due date', { commitmentDrafts: [{ key: 'a', owner: 'them', text: 'A', dueAt: '2026-02-31' }] }, 'commitmentDrafts.0.dueAt'],
    ['an unknown owner', { commitmentDrafts: [{ key: 'a', owner: 'boss', text: 'A', dueAt: null }] }, 'commitmentDrafts.0.owner'],
    ['an unknown step answer', { steps: { perspective: { happened: 'maybe', notes: '' } } }, 'steps.perspective.happened'],
    ['an unknown cause', { diagnosis: { guessed: 'skill-gap', outcome: 'revised', actual: 'bad-luck' } }, 'diagnosis.actual'],
    ['a time in the future', { heldAt: '2031-01-01T10:00:00.000Z' }, 'heldAt'],
    ['a held-at that is not a date', { heldAt: 'Tuesday' }, 'heldAt'],
    ['text over 20,000 characters', { learned: 'l'.repeat(20_001) }, 'learned'],
  ])('saving %s is refused, store unchanged', async (_label, patch, field) => {
    const input = { relationshipId: s.rel, id: d.id, ...fieldsOf(d), ...patch };
    expect(await w.refused('debriefs:save', input)).toMatchObject({ code: 'invalid-input', field });
  });

  it('refuses a debrief for a deleted relationship, a missing preparation or a missing debrief', async () => {
    expect(await w.refused('debriefs:start', { relationshipId: s.rel, preparationId: 'nope', incidentId: null })).toMatchObject({
      code: 'not-found',
      field: 'preparationId',
    });
    expect(await w.refused('debriefs:start', { relationshipId: s.rel, preparationId: null, incidentId: 'nope' })).toMatchObject({
      code: 'not-found',
      field: 'incidentId',
    });
    expect(await w.refused('debriefs:finish', { relationshipId: s.rel, id: 'nope' })).toMatchObject({ code: 'not-found' });
    await w.ok('relationships:delete', { id: s.rel });
    expect(await w.refused('debriefs:start', { relationshipId: s.rel, preparationId: null, incidentId: null })).toMatchObject({ code: 'not-found' });
    expect(await w.refused('debriefs:save', { relationshipId: s.rel, id: d.id, ...fieldsOf(d) })).toMatchObject({ code: 'not-found' });
  });

  it('a draft can be discarded; a finished debrief cannot', async () => {
    const other = await w.ok('debriefs:start', { relationshipId: s.rel, preparationId: null, incidentId: null });
    await w.ok('debriefs:discard', { relationshipId: s.rel, id: other.id });
    d = await save({ diagnosis: { guessed: 'skill-gap', outcome: 'confirmed', actual: null }, fewerCommitmentsReason: 'Later.' });
    await w.ok('debriefs:finish', { relationshipId: s.rel, id: d.id });
    expect(await w.refused('debriefs:discard', { relationshipId: s.rel, id: d.id })).toMatchObject({ code: 'conflict' });
  });

  it('a finished debrief stays editable and never grows drafted commitments', async () => {
    d = await save({ diagnosis: { guessed: 'skill-gap', outcome: 'confirmed', actual: null }, fewerCommitmentsReason: 'Later.' });
    await w.ok('debriefs:finish', { relationshipId: s.rel, id: d.id });
    const edited = await save({ learned: 'Ask about load first.' });
    expect(edited).toMatchObject({ status: 'done', learned: 'Ask about load first.', commitmentDrafts: [] });
  });
});

describe('debrief of a person with nothing else', () => {
  it('works from scratch with no preparations at all', async () => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    const d = await w.ok('debriefs:start', { relationshipId: rel, preparationId: null, incidentId: null });
    expect(d.commitmentDrafts.map((c) => c.owner)).toEqual(['them', 'me']);
  });
});
