import type { Core } from '../../src/core/open-core';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';

/** A call that must succeed, for seeding through the real core (the one typed helper). */
export function seed<C extends Channel>(core: Core, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(core)(channel, input);
}

/** Two people whose entries share words, one entry holding markup that must stay text. */
export async function seedSearchStory(core: Core): Promise<{ sam: string; ana: string; incident: string }> {
  const person = (name: string, notes: string) =>
    seed(core, 'relationships:create', { name, role: 'Account lead', kind: 'direct-report', started: null, notes });
  const sam = (await person('Sam Rivera', 'Owns the Acme account.')).id;
  const ana = (await person('Ana Silva', 'Runs the <img src=x onerror=alert(1)> deadline board.')).id;
  const incident = await seed(core, 'incidents:create', {
    relationshipId: sam, title: 'Missed the renewal deadline', occurredAt: '2026-02-03T15:30:00.000Z',
    facts: 'The renewal deck was not sent by Friday noon.', impact: 'The client asked me directly.',
    domains: ['reliability'], causes: [], baseline: { reliability: 6, competence: 6, sincerity: 7, care: 6, reliance: 5 }, stability: 3, status: 'open',
  });
  await seed(core, 'monitoring-notes:create', { relationshipId: ana, at: '2026-02-25T16:00:00.000Z', kind: 'extra-check-in', note: 'Asked twice about the deadline.' });
  return { sam, ana, incident: incident.id };
}
