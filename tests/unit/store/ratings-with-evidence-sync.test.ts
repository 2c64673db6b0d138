import { describe, expect, it } from 'vitest';
import { callOk } from '../../support/typed-call';
import { pair, SyncWorld } from '../../support/sync-sim';

/**
 * An estimate of their trust (and a trust check) edited on two computers at once. Its numbers and the
 * evidence beside them are written together, so the merge keeps one computer's numbers with that
 * computer's evidence, never numbers beside evidence the other computer cleared (the rule "a number needs
 * evidence" broken by a merge), and the other computer's evidence words stay offered. Found by an attack
 * on the edit screens; the first test failed before ({ rated: true, evidence: '' }).
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: '' };
const AT = '2026-11-30T10:00:00.000Z';
const noRatings = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };

async function twoComputers() {
  const w = new SyncWorld(['home', 'work']);
  const [home, work] = pair(w);
  const { id } = await callOk(await w.open(home))('relationships:create', sam);
  const estimate = await callOk(home.core!)('their-trust:create', { relationshipId: id, at: AT, ratings: { ...noRatings, reliability: 4 }, evidence: 'Asked me first.', interpretation: '' });
  w.transfer(home, work);
  await w.open(work);
  return { w, home, work, id, estimate };
}

describe('numbers and their evidence, edited on two computers at once', () => {
  it('never end as numbers with no evidence: one computer cleared both, the other gave new numbers', async () => {
    const { w, home, work, id, estimate } = await twoComputers();
    await callOk(home.core!)('their-trust:update', { relationshipId: id, id: estimate.id, at: AT, ratings: { ...noRatings }, evidence: '', interpretation: '' });
    await callOk(work.core!)('their-trust:update', { relationshipId: id, id: estimate.id, at: AT, ratings: { ...noRatings, reliability: 4, care: 6 }, evidence: estimate.evidence, interpretation: '' });
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      const t = (await callOk(await w.open(d))('journals:get', { relationshipId: id })).theirTrust[0]!;
      // The later write (work's) whole: its numbers with its evidence.
      expect({ ratings: t.ratings, evidence: t.evidence }).toEqual({ ratings: { ...noRatings, reliability: 4, care: 6 }, evidence: 'Asked me first.' });
    }
  });

  it('keep the other computer\'s evidence words on offer when both wrote numbers', async () => {
    const { w, home, work, id, estimate } = await twoComputers();
    await callOk(home.core!)('their-trust:update', { relationshipId: id, id: estimate.id, at: AT, ratings: { ...noRatings, reliability: 6 }, evidence: 'Brought me the risk early.', interpretation: '' });
    await callOk(work.core!)('their-trust:update', { relationshipId: id, id: estimate.id, at: AT, ratings: { ...noRatings, reliability: 3 }, evidence: estimate.evidence, interpretation: '' });
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      const core = await w.open(d);
      const t = (await callOk(core)('journals:get', { relationshipId: id })).theirTrust[0]!;
      expect({ ratings: t.ratings, evidence: t.evidence }).toEqual({ ratings: { ...noRatings, reliability: 3 }, evidence: 'Asked me first.' });
      const offered = (await callOk(core)('alternatives:list', { relationshipId: id })).map((a) => a.other.text);
      expect(offered).toEqual(['Brought me the risk early.']);
    }
  });
});
