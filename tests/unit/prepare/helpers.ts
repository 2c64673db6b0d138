import type { Channel, Input } from '../../../src/core/api/contract';
import { callOk, type Value } from '../../support/typed-call';
import { openCore, type Core } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';

/** The article's situation: a direct report who just missed an important client deadline. */
export const sam: Input<'relationships:create'> = { name: 'Sam Rivera', role: 'Account lead', kind: 'direct-report', started: '2024-02-01', notes: '' };

export const missedDeadline: Omit<Input<'incidents:create'>, 'relationshipId'> = {
  title: 'Missed the Acme proposal deadline',
  occurredAt: '2026-02-27T16:30:00.000Z',
  facts: 'The proposal was due **Friday 17:00**. It arrived Monday 09:10.',
  impact: 'I had to call the client and ask for more time.',
  domains: ['reliability'],
  causes: [
    { cause: 'stretched-too-thin', confidence: 'medium' },
    { cause: 'unclear-expectations', confidence: 'low' },
  ],
  baseline: { reliability: 6, competence: 6, sincerity: 7, care: 6, reliance: 5 },
  stability: 3,
  status: 'open',
};

export interface Harness {
  files: MemoryFileStore;
  core: Core;
  reopen: () => Promise<Core>;
  /** Calls a channel and returns the value, failing the test with the message if it was refused. */
  ok: <C extends Channel>(channel: C, input: Input<C>) => Promise<Value<C>>;
}

export async function harness(): Promise<Harness> {
  const files = new MemoryFileStore();
  const stamp = fixedStamp();
  const open = () => openCore({ files, platform: testPlatform().platform, ...stamp, device: { id: 'c0ffee00c0ffee00', name: 'This computer' } });
  const h: Harness = {
    files,
    core: await open(),
    reopen: async () => (h.core = await open()),
    ok: (channel, input) => callOk(h.core)(channel, input),
  };
  return h;
}

/** A harness with Sam's journal and the missed-deadline incident in it. */
export async function withIncident(): Promise<Harness & { relationshipId: string; incidentId: string }> {
  const h = await harness();
  const { id: relationshipId } = await h.ok('relationships:create', sam);
  const { id: incidentId } = await h.ok('incidents:create', { relationshipId, ...missedDeadline });
  return { ...h, relationshipId, incidentId };
}
