import type { Input } from '../../../src/core/api/contract';
import { describe, it, expect, beforeEach } from 'vitest';
import { makeWorld, noRatings, SAM, type World } from './helpers';
import { checkProblem, isHotCheck } from '../../../src/core/model/trust-check';

const cool: Omit<Input<'checks:create'>, 'relationshipId'> = {
  at: '2026-02-28T17:00:00.000Z',
  ratings: { reliability: 4, competence: 5, sincerity: null, care: null, reliance: 3 },
  evidence: 'The Tuesday update arrived on time.',
  interpretation: 'They may be getting on top of the load.',
  activation: 1,
  emotion: 'Uneasy',
  source: 'The client call tomorrow.',
  debriefId: null,
};

describe('trust checks: every validation rule', () => {
  let w: World;
  let rel: string;
  // Extras may be deliberately wrong (refusal tests), so only the sound base is checked against the contract.
  const input = (extra: Record<string, unknown> = {}) => ({ relationshipId: rel, ...cool, ...extra }) as Input<'checks:create'>;
  beforeEach(async () => {
    w = await makeWorld();
    rel = (await w.ok('relationships:create', SAM)).id;
  });

  it('saves a sound check with every field', async () => {
    const saved = await w.ok('checks:create', input());
    expect(saved).toMatchObject({ ...cool, id: expect.any(String), createdAt: expect.any(String) });
    const journal = await w.ok('journals:get', { relationshipId: rel });
    expect(journal.checks).toHaveLength(1);
  });

  it('"no new evidence" on every item needs no evidence', async () => {
    expect(await w.ok('checks:create', input({ ratings: noRatings, evidence: '' }))).toMatchObject({ ratings: noRatings });
  });

  it.each([
    ['blank', ''],
    ['only spaces', '  \n '],
  ])('a rating with %s evidence is refused, naming the evidence field', async (_label, evidence) => {
    const r = await w.refused('checks:create', input({ ratings: { ...noRatings, care: 2 }, evidence }));
    expect(r).toMatchObject({ code: 'invalid-input', field: 'evidence' });
    expect(r.message).toMatch(/saw or heard/);
  });

  it.each([0, 8, -1, 70])('a rating of %s (outside 1–7) is refused', async (value) => {
    const r = await w.refused('checks:create', input({ ratings: { ...cool.ratings, competence: value } }));
    expect(r).toMatchObject({ code: 'invalid-input', field: 'ratings.competence' });
    expect(r.message).toMatch(/1 to 7/);
  });

  it.each([4.5, '4', true])('a rating of %j (not a whole number) is refused', async (value) => {
    expect(await w.refused('checks:create', input({ ratings: { ...cool.ratings, reliance: value } }))).toMatchObject({
      code: 'invalid-input',
      field: 'ratings.reliance',
    });
  });

  it('every item must be answered, and unknown items are refused', async () => {
    const { care: _care, ...missing } = cool.ratings;
    expect(await w.refused('checks:create', input({ ratings: missing }))).toMatchObject({ field: 'ratings.care' });
    expect(await w.refused('checks:create', input({ ratings: { ...cool.ratings, charm: 3 } }))).toMatchObject({ code: 'invalid-input' });
  });

  it.each([-1, 4, 1.5, null])('activation %j (not 0–3) is refused', async (activation) => {
    expect(await w.refused('checks:create', input({ activation }))).toMatchObject({ code: 'invalid-input', field: 'activation' });
  });

  it.each([
    ['a date that is not a date', { at: 'yesterday' }, 'at'],
    ['a day without a time', { at: '2026-02-28' }, 'at'],
    ['a moment in the future', { at: '2031-01-01T00:00:00.000Z' }, 'at'],
    ['a feeling over 200 characters', { emotion: 'e'.repeat(201) }, 'emotion'],
    ['evidence over 20,000 characters', { evidence: 'e'.repeat(20_001) }, 'evidence'],
    ['an interpretation over 20,000 characters', { interpretation: 'i'.repeat(20_001) }, 'interpretation'],
    ['a source over 20,000 characters', { source: 's'.repeat(20_001) }, 'source'],
  ])('%s is refused', async (_label, extra, field) => {
    expect(await w.refused('checks:create', input(extra))).toMatchObject({ code: 'invalid-input', field });
  });

  it('a debrief that does not exist, or a deleted relationship, is not-found', async () => {
    expect(await w.refused('checks:create', input({ debriefId: 'nope' }))).toMatchObject({ code: 'not-found', field: 'debriefId' });
    await w.ok('relationships:delete', { id: rel });
    expect(await w.refused('checks:create', input())).toMatchObject({ code: 'not-found' });
  });

  it('unknown fields are refused', async () => {
    expect(await w.refused('checks:create', input({ mood: 'fine' }))).toMatchObject({ code: 'invalid-input' });
  });
});

describe('hot checks', () => {
  it.each([
    [0, '', false],
    [1, '', false],
    [2, '', true],
    [3, '   ', true],
    [2, 'The client call.', false],
    [3, 'Tired after the board meeting.', false],
  ])('activation %i with source %j is hot: %s', (activation, source, hot) => {
    expect(isHotCheck({ activation, source })).toBe(hot);
  });

  it('a hot check is still saved as written', async () => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    const saved = await w.ok('checks:create', { relationshipId: rel, ...cool, activation: 3, source: '' });
    expect(isHotCheck(saved)).toBe(true);
  });

  it('checkProblem names the evidence field only when a number is given without a fact', () => {
    expect(checkProblem({ ratings: noRatings, evidence: '' })).toBeNull();
    expect(checkProblem({ ratings: { ...noRatings, reliability: 1 }, evidence: 'Missed standup.' })).toBeNull();
    expect(checkProblem({ ratings: { ...noRatings, reliability: 1 }, evidence: ' ' })?.field).toBe('evidence');
  });
});
