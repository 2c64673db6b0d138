import { expect } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import type { Channel, Input } from '../../../src/core/api/contract';
import { callLoose, callOk, type Refusal, type Value } from '../../support/typed-call';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';

/** A core on an in-memory store, with helpers to unwrap results and seed the missed-deadline story. */
export interface World {
  files: MemoryFileStore;
  core: Core;
  /** Calls a channel and returns its value, failing the test if it was refused. */
  ok<C extends Channel>(channel: C, input: Input<C>): Promise<Value<C>>;
  /** Calls a channel that must be refused; checks the store is byte-for-byte unchanged. */
  refused(channel: Channel, input: unknown): Promise<Refusal>;
  /** Opens a fresh core on the same files, as after a restart. */
  reopen(): Promise<Core>;
}

export async function makeWorld(): Promise<World> {
  const files = new MemoryFileStore();
  // As main opens it: with this computer's device, so saves are appended to a change log.
  const open = () => openCore({ files, platform: testPlatform().platform, ...fixedStamp(), device: { id: 'c0ffee00c0ffee00', name: 'This computer' } });
  const world: World = {
    files,
    core: await open(),
    ok: (channel, input) => callOk(world.core)(channel, input),
    async refused(channel, input) {
      const before = files.snapshot();
      const result = await callLoose(world.core)(channel, input);
      expect(result.ok, `${channel} should be refused`).toBe(false);
      expect(files.snapshot(), 'store unchanged').toBe(before);
      const failure = result as Refusal;
      expect(failure.message.length).toBeGreaterThan(10);
      return failure;
    },
    reopen: open,
  };
  return world;
}

export const SAM: Input<'relationships:create'> = { name: 'Sam Rivera', role: 'Account lead', kind: 'direct-report', started: null, notes: '' };

export const noRatings = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };

/** A person, the missed deadline, and a finished preparation whose leading guess is "skill gap". */
export async function seedStory(w: World): Promise<{ rel: string; incident: string; prep: string }> {
  const rel = (await w.ok('relationships:create', SAM)).id;
  const incident = await w.ok('incidents:create', {
    relationshipId: rel,
    title: 'Missed the Acme deadline',
    occurredAt: '2026-02-20T16:00:00.000Z',
    facts: 'The report was due Friday and arrived Monday.',
    impact: '',
    domains: ['reliability'],
    causes: [{ cause: 'skill-gap', confidence: 'medium' }],
    baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 5 },
    stability: 3,
    status: 'open',
  });
  const prep = await w.ok('preparations:start', { relationshipId: rel, incidentId: incident.id, plannedAt: null });
  await w.ok('preparations:save-draft', {
    relationshipId: rel,
    id: prep.id,
    patch: {
      hypotheses: [
        { cause: 'stretched-too-thin', confidence: 'low', note: '' },
        { cause: 'skill-gap', confidence: 'high', note: 'The model was new to them.' },
      ],
      plan: { perspective: 'Ask how the week went for them.' },
      myCommitment: 'Pair on the first model next week.',
    },
  });
  await w.ok('preparations:finish', { relationshipId: rel, id: prep.id });
  return { rel, incident: incident.id, prep: prep.id };
}
