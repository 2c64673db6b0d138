import { describe, it, expect } from 'vitest';
import { computeInsights, type InsightJournal } from '../../../src/core/logic/insights';
import { seedTrustStory } from '../../support/trust-story';
import { trustWorld, NOW } from './world';

type Debrief = InsightJournal['debriefs'][number];
type Prep = InsightJournal['preparations'][number];
const debrief = (guessed: string | null, outcome: 'confirmed' | 'revised' | null, actual: string | null, status = 'done') =>
  ({ status, diagnosis: { guessed, outcome, actual } }) as unknown as Debrief;
const prep = (fears: string[], status = 'ready') => ({ status, coolDown: { fears } }) as unknown as Prep;
const check = (activation: number, source: string) => ({ activation, source }) as unknown as InsightJournal['checks'][number];
const promise = (owner: 'me' | 'them', status: string) => ({ owner, status }) as unknown as InsightJournal['commitments'][number];
const journal = (over: Partial<InsightJournal>): InsightJournal => ({ debriefs: [], preparations: [], checks: [], commitments: [], ...over });

describe('insights (pure)', () => {
  it('counts each first guess and what it turned out to be', () => {
    const skill = [
      debrief('skill-gap', 'revised', 'stretched-too-thin'),
      debrief('skill-gap', 'revised', 'stretched-too-thin'),
      debrief('skill-gap', 'revised', 'stretched-too-thin'),
      debrief('skill-gap', 'confirmed', 'skill-gap'),
      debrief('skill-gap', 'revised', 'misunderstanding'),
    ];
    const other = [debrief('personal-challenge', 'confirmed', 'personal-challenge'), debrief(null, null, null), debrief('skill-gap', null, null, 'draft')];
    const result = computeInsights([journal({ debriefs: skill.slice(0, 3) }), journal({ debriefs: [...skill.slice(3), ...other] })]);
    expect(result.diagnosis).toEqual([
      { guessed: 'skill-gap', times: 5, confirmed: 1, revisedTo: [{ cause: 'stretched-too-thin', count: 3 }, { cause: 'misunderstanding', count: 1 }] },
      { guessed: 'personal-challenge', times: 1, confirmed: 1, revisedTo: [] },
    ]);
  });

  it('ranks fears over preparations that were not discarded, each counted once per plan', () => {
    const result = computeInsights([journal({ preparations: [prep(['client', 'standing']), prep(['client', 'client']), prep(['control'], 'discarded'), prep([], 'draft')] })]);
    expect(result.fears).toEqual([{ fear: 'client', count: 2 }, { fear: 'standing', count: 1 }]);
    expect(result.preparations).toBe(3);
  });

  it('gives the share of hot checks, and both sides’ keeping rates (renegotiating early counts as keeping)', () => {
    const result = computeInsights([
      journal({
        checks: [check(3, ''), check(2, 'the board meeting'), check(0, ''), check(2, '  ')],
        commitments: [promise('me', 'kept'), promise('me', 'late'), promise('me', 'open'), promise('them', 'renegotiated'), promise('them', 'kept'), promise('them', 'missed')],
      }),
    ]);
    expect(result.checks).toEqual({ total: 4, hot: 2, share: 0.5 });
    expect(result.commitments).toEqual({ me: { kept: 1, resolved: 2, rate: 0.5 }, them: { kept: 2, resolved: 3, rate: 2 / 3 } });
  });

  it('never divides by zero: nothing recorded gives null rates, not NaN', () => {
    const result = computeInsights([]);
    expect(result).toEqual({
      journals: 0, skipped: 0, diagnosis: [], fears: [], preparations: 0, checks: { total: 0, hot: 0, share: null },
      commitments: { me: { kept: 0, resolved: 0, rate: null }, them: { kept: 0, resolved: 0, rate: null } },
      leader: {
        predictions: { checked: 0, anyRight: 0, byReaction: [] }, apologies: { planned: 0, made: 0, landed: 0 },
        bids: { me: { total: 0, landed: 0, partly: 0 }, them: { total: 0, landed: 0, partly: 0 } }, waited: { hot: 0, waited: 0 }, situations: [], keeping: [],
      },
    });
  });
});

describe('insights:get', () => {
  it('reads every journal, including archived ones', async () => {
    const w = await trustWorld();
    const story = await seedTrustStory((c, i) => w.core.call(c, i), NOW);
    await w.ok('relationships:archive', { id: story.kim, archived: true });
    const result = await w.ok('insights:get', {});
    expect(result).toMatchObject({
      journals: 3,
      skipped: 0,
      diagnosis: [
        { guessed: 'skill-gap', times: 1, confirmed: 0, revisedTo: [{ cause: 'stretched-too-thin', count: 1 }] },
        { guessed: 'stretched-too-thin', times: 1, confirmed: 1, revisedTo: [] },
      ],
      fears: [{ fear: 'client', count: 2 }, { fear: 'standing', count: 1 }, { fear: 'control', count: 1 }],
      checks: { total: 15, hot: 1 },
      commitments: { me: { kept: 2, resolved: 3 }, them: { kept: 7, resolved: 8 } },
    });
  });

  it('leaves out a journal it cannot read, says so, and changes nothing', async () => {
    const w = await trustWorld();
    const story = await seedTrustStory((c, i) => w.core.call(c, i), NOW);
    const fresh = await w.reopen();
    w.files.files.set(`relationships/${story.ana}.json`, new TextEncoder().encode('{ not json'));
    const before = w.files.snapshot();
    const result = await fresh.call('insights:get', {});
    expect(result).toMatchObject({ ok: true, value: { journals: 2, skipped: 1 } });
    expect(w.files.snapshot()).toBe(before);
  });

  it('refuses unknown fields, store unchanged', async () => {
    const w = await trustWorld();
    expect(await w.refused('insights:get', { since: '2026-01-01' })).toMatchObject({ code: 'invalid-input' });
  });
});
