import { describe, expect, it } from 'vitest';
import { withFreshIdsForRemoved } from '../../../src/core/logic/fresh-ids-for-removed';
import type { Journal } from '../../../src/core/model/journal';

/**
 * The pure half of restoring a version: entries removed since get new ids, every link between entries
 * follows, and nothing else changes. Only the fields that matter here are filled in.
 */
const version = {
  relationship: { id: 'sam', name: 'Sam' },
  incidents: [{ id: 'inc-1', what: 'Missed the deadline.' }],
  preparations: [{ id: 'prep-1', incidentId: 'inc-1' }],
  debriefs: [{ id: 'deb-1', preparationId: 'prep-1', incidentId: 'inc-1' }],
  commitments: [
    { id: 'com-1', debriefId: 'deb-1' },
    { id: 'com-2', debriefId: null },
  ],
  checks: [{ id: 'chk-1', debriefId: 'deb-1' }],
  monitoringNotes: [{ id: 'note-1', note: 'Kept.' }],
  meetingNotes: [],
  repairBids: [],
  followUps: [{ id: 'fu-1', debriefId: 'deb-1' }],
  theirTrust: [],
} as unknown as Journal;

const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('fresh ids for entries removed since a version was saved', () => {
  it('returns the very same version when nothing in it was removed', () => {
    const { journal, renamed } = withFreshIdsForRemoved(version, () => false, counter());
    expect(journal).toBe(version);
    expect(renamed.size).toBe(0);
  });

  it('a debrief with a new id takes its commitments, checks and follow-ups along', () => {
    const { journal, renamed } = withFreshIdsForRemoved(version, (c, id) => c === 'debriefs' && id === 'deb-1', counter());
    expect([...renamed]).toEqual([['deb-1', 'new-1']]);
    expect(journal.debriefs[0]).toMatchObject({ id: 'new-1', preparationId: 'prep-1', incidentId: 'inc-1' });
    expect(journal.commitments.map((c) => [c.id, c.debriefId])).toEqual([
      ['com-1', 'new-1'],
      ['com-2', null],
    ]);
    expect(journal.checks.map((c) => [c.id, c.debriefId])).toEqual([['chk-1', 'new-1']]);
    expect(journal.followUps.map((f) => [f.id, f.debriefId])).toEqual([['fu-1', 'new-1']]);
  });

  it('an incident and a preparation with new ids: the preparation and the debrief point at them', () => {
    const removed = new Set(['incidents/inc-1', 'preparations/prep-1']);
    const { journal } = withFreshIdsForRemoved(version, (c, id) => removed.has(`${c}/${id}`), counter());
    expect(journal.incidents[0]!.id).toBe('new-1');
    expect(journal.preparations[0]).toEqual({ id: 'new-2', incidentId: 'new-1' });
    expect(journal.debriefs[0]).toEqual({ id: 'deb-1', preparationId: 'new-2', incidentId: 'new-1' });
  });

  it('changes only what it must: the version given is left as it was, untouched entries are the same objects', () => {
    const before = structuredClone(version);
    const { journal } = withFreshIdsForRemoved(version, (c) => c === 'monitoringNotes', counter());
    expect(version).toEqual(before);
    expect(journal.monitoringNotes).toEqual([{ id: 'new-1', note: 'Kept.' }]);
    expect(journal.relationship).toBe(version.relationship);
    expect(journal.debriefs[0]).toBe(version.debriefs[0]);
  });
});
