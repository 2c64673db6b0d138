import { expect } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import type { Result } from '../../../src/core/api/result';
import { MemoryFileStore, testPlatform } from '../../support/memory-file-store';

/** The moment every trust test is evaluated at. */
export const NOW = new Date('2026-06-01T12:00:00.000Z');
export const DAY = 86_400_000;

/** A core on an in-memory store with a clock the test moves by hand. */
export interface TrustWorld {
  files: MemoryFileStore;
  core: Core;
  clock: { now: Date };
  ok<T = Record<string, unknown>>(channel: string, input: unknown): Promise<T>;
  /** Calls a channel that must be refused and checks the store is byte-for-byte unchanged. */
  refused(channel: string, input: unknown): Promise<Extract<Result<unknown>, { ok: false }>>;
  /** A fresh core on the same files, as after a restart. */
  reopen(): Promise<Core>;
}

export async function trustWorld(start: Date = NOW): Promise<TrustWorld> {
  const files = new MemoryFileStore();
  const clock = { now: start };
  let n = 0;
  const open = () =>
    openCore({ files, platform: testPlatform().platform, now: () => clock.now, newId: () => `id-${(++n).toString().padStart(4, '0')}` });
  const world: TrustWorld = {
    files,
    clock,
    core: await open(),
    async ok<T>(channel: string, input: unknown) {
      const result = await world.core.call(channel, input);
      if (!result.ok) throw new Error(`${channel} refused: ${result.code} ${result.message}`);
      return result.value as T;
    },
    async refused(channel, input) {
      const before = files.snapshot();
      const result = await world.core.call(channel, input);
      expect(result.ok, `${channel} should be refused`).toBe(false);
      expect(files.snapshot(), 'store unchanged').toBe(before);
      return result as Extract<Result<unknown>, { ok: false }>;
    },
    reopen: open,
  };
  return world;
}

export { readIndex } from '../../support/read-index';
