import type { Core } from '../../src/core/open-core';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from './typed-call';

/** One typed call that must succeed; the compiler checks each input against the contract. */
export function ok<C extends Channel>(core: Core, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(core)(channel, input);
}

/**
 * A person with something in every kind of entry the app has: an incident, a plan, a debrief,
 * commitments (one resolved), a trust check and a monitoring note, all dated in February 2026.
 */
export async function addSamplePerson(core: Core, name = 'Sam Rivera'): Promise<string> {
  const person = await ok(core, 'relationships:create', {
    name, role: 'Account lead', kind: 'direct-report', started: '2024-02-01', notes: 'Owns the **Acme** account.\n\nPrefers mornings.',
  });
  const relationshipId = person.id;
  const incident = await ok(core, 'incidents:create', {
    relationshipId, title: 'Missed the Acme renewal deadline', occurredAt: '2026-02-03T15:30:00.000Z',
    facts: 'The renewal deck was not sent by Friday noon.', impact: 'The client asked me **directly** where it was.',
    domains: ['reliability'], causes: [{ cause: 'stretched-too-thin', confidence: 'medium' }],
    baseline: { reliability: 6, competence: 6, sincerity: 7, care: 6, reliance: 5 }, stability: 3, status: 'open',
  });
  const prep = await ok(core, 'preparations:start', { relationshipId, incidentId: incident.id, plannedAt: '2026-02-05T10:00:00.000Z' });
  await ok(core, 'preparations:save-draft', {
    relationshipId, id: prep.id,
    patch: { facts: { camera: 'Deck arrived Monday 9:10.' }, plan: { perspective: 'Ask how the week went for them.' } },
  });
  await ok(core, 'debriefs:start', { relationshipId, preparationId: prep.id, incidentId: incident.id });
  const theirs = await ok(core, 'commitments:create', {
    relationshipId, owner: 'them', text: 'Flag a slipping deadline two days ahead', dueAt: '2026-02-20', debriefId: null,
  });
  await ok(core, 'commitments:resolve', { relationshipId, id: theirs.id, status: 'kept', note: 'Flagged it on Tuesday.', resolvedAt: '2026-02-18T12:00:00.000Z' });
  await ok(core, 'commitments:create', { relationshipId, owner: 'me', text: 'Share the client calendar', dueAt: '2026-02-10', debriefId: null });
  await ok(core, 'checks:create', {
    relationshipId, at: '2026-02-24T08:00:00.000Z',
    ratings: { reliability: 5, competence: 6, sincerity: null, care: 6, reliance: 4 },
    evidence: 'Sent the weekly report early.', interpretation: 'Things are settling.', activation: 1, emotion: 'calm', source: '', debriefId: null,
  });
  await ok(core, 'monitoring-notes:create', { relationshipId, at: '2026-02-25T16:00:00.000Z', kind: 'extra-check-in', note: 'Asked twice about the deck.' });
  return relationshipId;
}
