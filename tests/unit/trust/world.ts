import { expect } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import type { Channel, Input } from '../../../src/core/api/contract';
import { callLoose, callOk, type Refusal, type Value } from '../../support/typed-call';
import { MemoryFileStore, testPlatform } from '../../support/memory-file-store';

/** The moment every trust test is evaluated at. */
export const NOW = new Date('2026-06-01T12:00:00.000Z');
export const DAY = 86_400_000;

/** A core on an in-memory store with a clock the test moves by hand. */
export interface TrustWorld {
  files: MemoryFileStore;
  core: Core;
  clock: { now: Date };
  ok<C extends Channel>(channel: C, input: Input<C>): Promise<Value<C>>;
  /** Calls a channel that must be refused and checks the store is byte-for-byte unchanged. */
  refused(channel: Channel, input: unknown): Promise<Refusal>;
  /** A fresh core on the same files, as after a restart. */
  reopen(): Promise<Core>;
}

export async function trustWorld(start: Date = NOW): Promise<TrustWorld> {
  const files = new MemoryFileStore();
  const clock = { now: start };
  let n = 0;
  const open = () =>
    openCore({ files, platform: testPlatform().platform, now: () => clock.now, newId: () => `id-${(++n).toString().padStart(4, '0')}`, device: { id: 'c0ffee00c0ffee00', name: 'This computer' } });
  const world: TrustWorld = {
    files,
    clock,
    core: await open(),
    ok: (channel, input) => callOk(world.core)(channel, input),
    async refused(channel, input) {
      const before = files.snapshot();
      const result = await callLoose(world.core)(channel, input);
      expect(result.ok, `${channel} should be refused`).toBe(false);
      expect(files.snapshot(), 'store unchanged').toBe(before);
      return result as Refusal;
    },
    reopen: open,
  };
  return world;
}

export { readIndex } from '../../support/read-index';
