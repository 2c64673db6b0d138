import { describe, it, expect } from 'vitest';
import { makeWorld, seedStory, SAM, noRatings } from './helpers';
import { MISTYPED_YEAR } from '../../../src/core/logic/typed-dates';

/**
 * One rule for a typed date in every form: a year before 1950 or after 2099 is a typing slip ("0202"
 * for 2026). Before, an incident dated 1901 was saved and sorted to the end of the timeline, and a
 * person could be "working together since" a day years ahead (found by a walkthrough).
 */
describe('a date whose year is a typing slip is refused on its field, in every form', () => {
  it('each dated form refuses it, nothing written, and takes the same date once the year is right', async () => {
    const w = await makeWorld();
    const s = await seedStory(w);
    const d = await w.ok('debriefs:start', { relationshipId: s.rel, preparationId: null, incidentId: null });
    const debrief = {
      relationshipId: s.rel, id: d.id, heldAt: d.heldAt, steps: d.steps, theirView: '', diagnosis: d.diagnosis, surprised: '', learned: '',
      differently: '', fewerCommitmentsReason: '', commitmentDrafts: [],
    };
    const cases: [string, Record<string, unknown>, string][] = [
      ['relationships:create', { ...SAM, started: '0202-05-01' }, 'started'],
      ['incidents:create', {
        relationshipId: s.rel, title: 'Late again', occurredAt: '1901-01-01T09:00:00.000Z', facts: 'x', impact: '', domains: ['reliability'], causes: [],
        baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 5 }, stability: 3, status: 'open',
      }, 'occurredAt'],
      ['checks:create', { relationshipId: s.rel, at: '0026-02-28T17:00:00.000Z', ratings: { ...noRatings, reliability: 4 }, evidence: 'On time.', interpretation: '', activation: 1, emotion: '', source: '', debriefId: null }, 'at'],
      ['monitoring-notes:create', { relationshipId: s.rel, at: '1026-02-27T09:30:00.000Z', kind: 'other', note: '' }, 'at'],
      ['capture:note', { relationshipId: s.rel, at: '0202-02-28T15:00:00.000Z', text: 'Talked.' }, 'at'],
      ['capture:commitment', { relationshipId: s.rel, owner: 'them', text: 'Send it.', dueAt: '2206-03-10' }, 'dueAt'],
      ['commitments:create', { relationshipId: s.rel, owner: 'me', text: 'Pair on it.', dueAt: '9999-12-31', debriefId: null }, 'dueAt'],
      ['debriefs:save', { ...debrief, heldAt: '1900-02-28T10:00:00.000Z' }, 'heldAt'],
      ['debriefs:save', { ...debrief, commitmentDrafts: [{ key: 'k1', owner: 'them', text: 'Send the deck.', dueAt: '2026-03-10' }, { key: 'k2', owner: 'me', text: 'Review it.', dueAt: '3026-03-10' }] }, 'commitmentDrafts.1.dueAt'],
      ['repair-bids:create', { relationshipId: s.rel, at: '0201-02-26T09:00:00.000Z', by: 'them', what: 'Flagged a risk early', received: 'unsure', note: '' }, 'at'],
      ['their-trust:create', { relationshipId: s.rel, at: '1949-12-31T23:00:00.000Z', ratings: { ...noRatings, care: 4 }, evidence: 'Asked me to review.', interpretation: '' }, 'at'],
    ];
    for (const [channel, input, field] of cases) {
      expect(await w.refused(channel as never, input), channel).toMatchObject({ code: 'invalid-input', field, message: MISTYPED_YEAR });
    }
    // The edge years themselves are fine.
    await w.ok('monitoring-notes:create', { relationshipId: s.rel, at: '1950-01-01T09:30:00.000Z', kind: 'other', note: '' });
    await w.ok('commitments:create', { relationshipId: s.rel, owner: 'me', text: 'Pair on it.', dueAt: '2099-12-31', debriefId: null });
  });

  it('a commitment marked as settled on a mistyped day is refused', async () => {
    const w = await makeWorld();
    const s = await seedStory(w);
    const c = await w.ok('commitments:create', { relationshipId: s.rel, owner: 'them', text: 'Send it.', dueAt: null, debriefId: null });
    expect(await w.refused('commitments:resolve', { relationshipId: s.rel, id: c.id, status: 'kept', note: '', resolvedAt: '0026-02-20T10:00:00.000Z' }))
      .toMatchObject({ field: 'resolvedAt', message: MISTYPED_YEAR });
  });
});

describe('the day you started working together', () => {
  it('cannot be in the future; today and earlier are fine; an edit that leaves it alone is not refused', async () => {
    const w = await makeWorld(); // now: 2026-03-01
    expect(await w.refused('relationships:create', { ...SAM, started: '2031-05-01' })).toMatchObject({ code: 'invalid-input', field: 'started' });
    const today = await w.ok('relationships:create', { ...SAM, started: '2026-03-01' });
    expect(await w.refused('relationships:update', { id: today.id, ...SAM, started: '2026-03-02' })).toMatchObject({ field: 'started' });
    await w.ok('relationships:update', { id: today.id, ...SAM, name: 'Sam R.', started: '2019-09-01' });
  });
});

/**
 * Entries saved before the rule (or handed back by Undo) keep their dates: an edit that leaves a date
 * as saved, a debrief's autosave and Undo are never refused for it. Before, every such call was refused,
 * and Undo through the create channels lost the entry (found by review).
 */
describe('a date saved before the rule', () => {
  it('does not block an edit, an autosave or Undo; changing it to a mistyped year is still refused', async () => {
    const w = await makeWorld();
    const s = await seedStory(w);
    // Planted as an old build saved it: Undo hands an entry back whole, its dates unchecked.
    const old = { id: 'old-bid', createdAt: '2026-02-01T09:00:00.000Z', updatedAt: '2026-02-01T09:00:00.000Z', at: '1926-02-01T09:00:00.000Z', by: 'them' as const, what: 'Flagged a risk', received: 'unsure' as const, note: '' };
    const bid = await w.ok('entries:restore', { relationshipId: s.rel, list: 'repairBids', entry: old });
    await w.ok('repair-bids:update', { relationshipId: s.rel, id: bid.id, at: old.at, by: 'them', what: 'Flagged a risk early', received: 'well', note: '' });
    expect(await w.refused('repair-bids:update', { relationshipId: s.rel, id: bid.id, at: '1925-02-01T09:00:00.000Z', by: 'them', what: 'x', received: 'well', note: '' }))
      .toMatchObject({ field: 'at', message: MISTYPED_YEAR });
    const removed = (await w.ok('journals:get', { relationshipId: s.rel })).repairBids.find((b) => b.id === bid.id)!;
    await w.ok('repair-bids:delete', { relationshipId: s.rel, id: bid.id });
    await w.ok('entries:restore', { relationshipId: s.rel, list: 'repairBids', entry: removed });
    expect((await w.ok('journals:get', { relationshipId: s.rel })).repairBids.map((b) => [b.what, b.at])).toEqual([['Flagged a risk early', old.at]]);
    expect((await w.refused('entries:restore', { relationshipId: s.rel, list: 'repairBids', entry: removed })).code).toBe('conflict');

    const d = await w.ok('debriefs:start', { relationshipId: s.rel, preparationId: null, incidentId: null });
    await w.ok('debriefs:discard', { relationshipId: s.rel, id: d.id });
    const draft = await w.ok('debriefs:restore', { relationshipId: s.rel, debrief: { ...d, heldAt: '1926-02-28T10:00:00.000Z', commitmentDrafts: [{ key: 'k1', owner: 'them', text: 'Send it', dueAt: '1926-03-01' }] } });
    const save = (patch: Record<string, unknown>) => ({
      relationshipId: s.rel, id: draft.id, heldAt: draft.heldAt, steps: draft.steps, theirView: 'They were open about it.', diagnosis: draft.diagnosis,
      surprised: '', learned: '', differently: '', fewerCommitmentsReason: '', commitmentDrafts: draft.commitmentDrafts, ...patch,
    });
    await w.ok('debriefs:save', save({}) as never);
    await w.ok('debriefs:save', save({ commitmentDrafts: [...draft.commitmentDrafts, { key: 'k2', owner: 'me', text: 'Review', dueAt: '2026-03-10' }] }) as never);
    expect(await w.refused('debriefs:save', save({ heldAt: '1900-02-28T10:00:00.000Z' }))).toMatchObject({ field: 'heldAt', message: MISTYPED_YEAR });
    expect(await w.refused('debriefs:save', save({ commitmentDrafts: [{ key: 'k3', owner: 'me', text: 'Review', dueAt: '3026-03-10' }] })))
      .toMatchObject({ field: 'commitmentDrafts.0.dueAt', message: MISTYPED_YEAR });
  });
});

describe('a date saved before the rule, sent back written another way', () => {
  // The edit screens send a saved moment back in this computer's offset; the same instant is no change.
  // Found by an attack on the edit screens: "…T09:00:00.000Z" sent back as "…+00:00" was refused.
  const base = (at: string) => ({ id: 'planted-0001', createdAt: '2026-02-01T09:00:00.000Z', updatedAt: '2026-02-01T09:00:00.000Z', at });
  it.each([
    ['Z stored, +00:00 sent', '1926-02-01T09:00:00.000Z', '1926-02-01T09:00:00.000+00:00'],
    ['+01:00 stored, -05:00 sent', '1926-02-01T10:00:00.000+01:00', '1926-02-01T04:00:00.000-05:00'],
  ])('%s: is not refused, and a real change to another slip still is', async (_l, stored, sent) => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    const old = await w.ok('entries:restore', { relationshipId: rel, list: 'monitoringNotes', entry: { ...base(stored), kind: 'other', note: '' } });
    await w.ok('monitoring-notes:update', { relationshipId: rel, id: old.id, at: sent, kind: 'other', note: 'Still counts.' });
    const moved = await w.core.call('monitoring-notes:update', { relationshipId: rel, id: old.id, at: '1927-02-01T09:00:00.000Z', kind: 'other', note: 'Still counts.' });
    expect(moved).toMatchObject({ ok: false, code: 'invalid-input', field: 'at', message: MISTYPED_YEAR });
  });
});
