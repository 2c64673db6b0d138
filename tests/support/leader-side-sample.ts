import type { Core } from '../../src/core/open-core';
import { ok } from './sample-journal';

/**
 * Adds the leader's own side to the sample person: their debrief finished (with an apology received
 * and what they really did), so follow-ups are scheduled, plus a repair bid and an estimate of their
 * trust in me. Kept apart from addSamplePerson so tests that count its entries stay as they are.
 */
export async function addLeaderSide(core: Core, relationshipId: string): Promise<void> {
  const journal = await ok(core, 'journals:get', { relationshipId });
  const debrief = journal.debriefs[0]!;
  const { id: _id, preparationId: _p, incidentId: _i, status: _s, createdAt: _c, updatedAt: _u, ...fields } = debrief;
  await ok(core, 'debriefs:save', {
    relationshipId, id: debrief.id, ...fields, diagnosis: { ...fields.diagnosis, outcome: 'confirmed' },
    commitmentDrafts: [], fewerCommitmentsReason: 'We agreed them the next day.',
    ownSide: { ...fields.ownSide, apologised: 'yes', received: 'well', happened: ['relieved'], happenedWords: 'Quiet, then relieved.' },
  });
  await ok(core, 'debriefs:finish', { relationshipId, id: debrief.id });
  await ok(core, 'repair-bids:create', { relationshipId, at: '2026-02-26T11:00:00.000Z', by: 'them', what: 'Flagged a risk early', received: 'well', note: 'I thanked them.' });
  await ok(core, 'their-trust:create', {
    relationshipId, at: '2026-02-27T09:00:00.000Z', ratings: { reliability: 4, competence: 5, sincerity: null, care: 4, reliance: 3 },
    evidence: 'They asked me to look at the draft early.', interpretation: '',
  });
}
