import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_LIST } from '../../../src/core/api/channels';
import { OPEN_WHILE_LOCKED } from '../../../src/core/api/slices/security';
import { inputSchemas } from '../../../src/core/api/schemas';
import type { Channel } from '../../../src/core/api/contract';
import type { Result } from '../../../src/core/api/result';
import { openCore, type Core } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { memoryVault } from '../../support/memory-vault';
import { malformed, validish, type Pool } from '../../support/zod-arbitrary';

/**
 * Every channel in CHANNEL_LIST (so channels added later are fuzzed without anyone asking), through the
 * real dispatch and services over an in-memory store: random and malformed payloads must never crash
 * (no throw, no `internal`), no payload the channel's schema refuses may be accepted, and the store must
 * be byte-for-byte unchanged after every refused call.
 */
const RUNS_PER_CHANNEL = 800;
const FRESH_EVERY = 40;
const CODES = new Set(['invalid-input', 'not-found', 'conflict', 'storage', 'damaged', 'locked']);

interface World {
  files: MemoryFileStore;
  core: Core;
  pool: Pool;
}

/** A fresh store with two people in it, so payloads naming ids can reach the services. */
async function freshWorld(): Promise<World> {
  const files = new MemoryFileStore();
  const core = await openCore({ files, platform: testPlatform().platform, vault: memoryVault(), ...fixedStamp() });
  const pool: Pool = { ids: [] };
  for (const name of ['Sam Rivera', 'Ana Silva']) {
    const r = await core.call('relationships:create', { name, role: '', kind: 'peer', started: null, notes: '' });
    if (r.ok) pool.ids.push((r.value as { id: string }).id);
  }
  return { files, core, pool };
}

/** Ids in a successful answer join the pool, so later payloads can name the records just made. */
function harvest(value: unknown, pool: Pool, depth = 0): void {
  if (depth > 4 || typeof value !== 'object' || value === null) return;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'id' && typeof v === 'string' && !pool.ids.includes(v) && pool.ids.length < 50) pool.ids.push(v);
    else harvest(v, pool, depth + 1);
  }
}

const tally = { calls: 0, accepted: 0, refused: 0, invalid: 0 };

async function fuzzChannel(channel: Channel): Promise<void> {
  let world = await freshWorld();
  let runs = 0;
  const schema = inputSchemas[channel];
  const payloads = fc.oneof({ weight: 1, arbitrary: validish(schema, world.pool) }, { weight: 1, arbitrary: malformed(schema, world.pool) });
  await fc.assert(
    fc.asyncProperty(payloads, async (payload) => {
      if (++runs % FRESH_EVERY === 0) {
        const next = await freshWorld();
        world.files = next.files;
        world.core = next.core;
        world.pool.ids.splice(0, world.pool.ids.length, ...next.pool.ids);
      }
      const before = world.files.snapshot();
      let result: Result<unknown>;
      try {
        result = await world.core.call(channel, payload);
      } catch (e) {
        throw new Error(`${channel} threw instead of answering: ${String(e)}`);
      }
      tally.calls++;
      const valid = schema.safeParse(payload ?? {}).success;
      if (!valid) tally.invalid++;
      if (result.ok) {
        tally.accepted++;
        expect(valid, `${channel} accepted a payload its schema refuses`).toBe(true);
        harvest(result.value, world.pool);
        return;
      }
      tally.refused++;
      expect(CODES.has(result.code), `${channel} crashed: ${result.code}: ${result.message}`).toBe(true);
      expect(typeof result.message === 'string' && result.message.length > 0).toBe(true);
      if (!valid) expect(result.code).toBe('invalid-input');
      expect(world.files.snapshot() === before, `${channel} changed the store on a refused call`).toBe(true);
    }),
    { numRuns: RUNS_PER_CHANNEL },
  );
  world = undefined as unknown as World;
}

describe('fuzzing every channel through dispatch', () => {
  it(`${CHANNEL_LIST.length} channels × ${RUNS_PER_CHANNEL} payloads: no crash, nothing invalid accepted, refusals change nothing`, { timeout: 120_000 }, async () => {
    const started = performance.now();
    for (const channel of CHANNEL_LIST) await fuzzChannel(channel);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${CHANNEL_LIST.length} channels, ${tally.calls} payloads (${tally.accepted} accepted, ${tally.refused} refused, ${tally.invalid} invalid by schema) in ${seconds} s`,
    );
    expect(tally.calls).toBeGreaterThanOrEqual(CHANNEL_LIST.length * RUNS_PER_CHANNEL);
    expect(tally.accepted).toBeGreaterThan(0);
  });
});

describe('fuzzing a locked core', () => {
  it('answers `locked` to any payload on any closed channel and changes nothing', { timeout: 60_000 }, async () => {
    const files = new MemoryFileStore();
    const vault = memoryVault();
    const core = await openCore({ files, platform: testPlatform().platform, vault, ...fixedStamp() });
    await core.call('relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: 'Private words.' });
    const draft = await core.call('security:draft-key', { passphrase: 'a long enough passphrase' });
    const recoveryKey = draft.ok ? (draft.value as { recoveryKey: string }).recoveryKey : '';
    expect(await core.call('security:enable', { passphrase: 'a long enough passphrase', recoveryKey })).toMatchObject({ ok: true });
    await core.call('security:lock', {});
    const before = files.snapshot();
    const closed = CHANNEL_LIST.filter((c) => !OPEN_WHILE_LOCKED.has(c));
    const pool: Pool = { ids: ['id-0001'] };
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...closed).chain((c) => fc.tuple(fc.constant(c), fc.oneof(validish(inputSchemas[c], pool), malformed(inputSchemas[c], pool)))), async ([channel, payload]) => {
        calls++;
        expect(await core.call(channel, payload)).toMatchObject({ ok: false, code: 'locked' });
      }),
      { numRuns: 2000 },
    );
    expect(files.snapshot()).toBe(before);
    console.log(`fuzz (locked): ${closed.length} closed channels, ${calls} payloads, all answered locked`);
  });
});
