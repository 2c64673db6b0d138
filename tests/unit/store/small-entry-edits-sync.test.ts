import { describe, expect, it } from 'vitest';
import { callOk } from '../../support/typed-call';
import { pair, SyncWorld } from '../../support/sync-sim';

/**
 * A check-in of my own, a 1:1 note and an estimate of their trust, edited on two computers at once: each
 * field goes through the change log on its own (the last writer wins a kind or a moment, never the
 * whole entry), and a text both changed keeps both versions for the person to choose.
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: '' };
const AT = '2026-11-30T10:00:00.000Z';
const noRatings = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };

async function twoComputers() {
  const w = new SyncWorld(['home', 'work']);
  const [home, work] = pair(w);
  const { id } = await callOk(await w.open(home))('relationships:create', sam);
  const ok = () => callOk(home.core!);
  const check = await ok()('monitoring-notes:create', { relationshipId: id, at: AT, kind: 'extra-check-in', note: 'Asked about the report.' });
  const note = await ok()('capture:note', { relationshipId: id, at: AT, text: 'Talked about the launch.' });
  const estimate = await ok()('their-trust:create', { relationshipId: id, at: AT, ratings: { ...noRatings, care: 4 }, evidence: 'Asked me first.', interpretation: '' });
  w.transfer(home, work);
  await w.open(work);
  return { w, home, work, id, check, note, estimate };
}

describe('editing the small entries on two computers at once', () => {
  it('keeps each computer\'s change to different fields, and both versions of a text both changed', async () => {
    const { w, home, work, id, check, note, estimate } = await twoComputers();
    const atHome = callOk(home.core!);
    const atWork = callOk(work.core!);
    // Different fields: home changes the kind, work the note; home moves the estimate, work rates it anew.
    await atHome('monitoring-notes:update', { relationshipId: id, id: check.id, at: AT, kind: 'took-work-back', note: check.note });
    await atWork('monitoring-notes:update', { relationshipId: id, id: check.id, at: AT, kind: 'extra-check-in', note: 'Asked about the report twice.' });
    await atHome('their-trust:update', { relationshipId: id, id: estimate.id, at: '2026-11-29T10:00:00.000Z', ratings: estimate.ratings, evidence: estimate.evidence, interpretation: '' });
    await atWork('their-trust:update', { relationshipId: id, id: estimate.id, at: AT, ratings: { ...noRatings, care: 5 }, evidence: estimate.evidence, interpretation: '' });
    // The same text: both versions kept.
    await atHome('capture:update-note', { relationshipId: id, id: note.id, at: AT, text: 'Talked about the launch, written at home.' });
    await atWork('capture:update-note', { relationshipId: id, id: note.id, at: AT, text: 'Talked about the launch, written at work.' });
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      const core = await w.open(d);
      const j = await callOk(core)('journals:get', { relationshipId: id });
      expect(j.monitoringNotes[0]).toMatchObject({ kind: 'took-work-back', note: 'Asked about the report twice.' });
      expect(j.theirTrust[0]).toMatchObject({ at: '2026-11-29T10:00:00.000Z', ratings: { care: 5 } });
      const alts = await callOk(core)('alternatives:list', { relationshipId: id });
      expect(alts.map((a) => [a.record, a.field])).toEqual([[`meetingNotes/${note.id}`, 'text']]);
      expect([alts[0]!.shown.text, alts[0]!.other.text].sort()).toEqual(['Talked about the launch, written at home.', 'Talked about the launch, written at work.']);
    }
  });
});
