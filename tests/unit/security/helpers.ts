import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { Channel, Input } from '../../../src/core/api/contract';
import { callOk, type Value } from '../../support/typed-call';
import { folderFiles } from '../../support/folder-files';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { openCore, type Core, type CoreDeps } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import type { KdfParams } from '../../../src/main/storage/keyring';
import type { Vault } from '../../../src/core/services/vault';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';

/** Cheap key derivation for tests that unlock many times; one test pins the production cost. */
export const FAST_KDF: KdfParams = { N: 2 ** 10, r: 8, p: 1 };
export const PASSPHRASE = 'river stones at dusk';

export async function makeFolder(prefix = 'mend-vault-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Retries: a core's write that follows a save (an index summary) can land in the folder while it is removed (ENOTEMPTY). */
export async function removeFolder(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
}

export interface TestApp {
  core: Core;
  vault: Vault;
}

/** The real stack on a real folder: node storage, node vault, core. */
export async function openApp(dir: string, kdf: KdfParams = FAST_KDF, stamp = fixedStamp()): Promise<TestApp> {
  const vault = createNodeVault(dir, { kdf });
  const core = await openCore({ files: createNodeFileStore(dir, { warn: () => undefined }), platform: testPlatform().platform, vault, ...stamp });
  return { core, vault };
}

/** The value of a call that must succeed. */
export function ok<C extends Channel>(core: Core, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(core)(channel, input);
}

/** Turns encryption on as the app does: the recovery key is drafted (shown), then handed back to seal. */
export async function enableEncryption(core: Core, passphrase: string): Promise<{ recoveryKey: string }> {
  const { recoveryKey } = await ok(core, 'security:draft-key', { passphrase });
  return ok(core, 'security:enable', { passphrase, recoveryKey });
}

/** Every file under `dir` (the lock file aside) with its bytes, for "nothing changed" and "no plain text" checks. */
export async function tree(dir: string): Promise<Map<string, Buffer>> {
  const out = await folderFiles(dir);
  out.delete('mend.lock');
  return out;
}

export function sameTree(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!b.get(k)?.equals(v)) return false;
  return true;
}

/** The files (by path) whose bytes contain any of `needles`. */
export function filesContaining(files: Map<string, Buffer>, needles: string[]): string[] {
  return [...files].filter(([, bytes]) => needles.some((n) => bytes.includes(Buffer.from(n, 'utf8')))).map(([k]) => k);
}

export const sam: Input<'relationships:create'> = {
  name: 'Sam Rivera',
  role: 'Account lead',
  kind: 'direct-report',
  started: '2024-02-01',
  notes: 'Missed the **Acme** renewal deadline; quiet since.',
};

/** A few people, a few edits (so there are earlier versions in backups/), one moved to trash. */
export async function seed(core: Core): Promise<{ ids: string[]; secrets: string[] }> {
  const a = await ok(core, 'relationships:create', sam);
  const b = await ok(core, 'relationships:create', { ...sam, name: 'Ana Silva', notes: 'Prefers written updates; worried about the Q3 launch.' });
  await ok(core, 'relationships:update', { id: a.id, ...sam, notes: `${sam.notes} Second thoughts about the handover.` });
  const c = await ok(core, 'relationships:create', { ...sam, name: 'Lee Park', notes: 'Trashed but never erased.' });
  await ok(core, 'relationships:delete', { id: c.id });
  return { ids: [a.id, b.id], secrets: ['Sam Rivera', 'Ana Silva', 'Lee Park', 'renewal deadline', 'written updates', 'Second thoughts', 'Account lead', 'never erased'] };
}

/** A computer opened on a shared folder: its core, its 1 s looks run on demand, what it reported. */
export interface Computer {
  core: Core;
  /** Runs the looks that came due (the change logs', the keyring's) and waits until they are done. */
  look(): Promise<void>;
  reports: string[];
}

/**
 * Main's 1 s looks at the folder (the change logs', the keyring's), driven by hand: pass `watch` to
 * openCore, then `bind(core)` gives the look to run. A look is done once every look still running has
 * asked for its next turn: the keyring's (set last at open, one for the core's life) and the change logs'
 * of the store open now. Waiting for the keyring's alone let a test read before the logs had been
 * (a flake under load). A closed store's look ends without asking again, so a store's look is awaited
 * only while the folder is unlocked, and only the newest store's.
 */
export function handDrivenLooks(): { watch: NonNullable<CoreDeps['watch']>; bind(core: Core): () => Promise<void> } {
  const timers: (() => void)[] = [];
  /** Every look ever scheduled, in the order first seen. */
  const looks: (() => void)[] = [];
  const watch = {
    everyMs: 1000,
    later: (run: () => void) => {
      if (!looks.includes(run)) looks.push(run);
      timers.push(run);
    },
  };
  return {
    watch,
    bind(core) {
      const keyringLook = timers.at(-1);
      return async () => {
        for (const run of timers.splice(0)) run();
        await vi.waitFor(async () => {
          expect(timers).toContain(keyringLook);
          const storeLook = looks.filter((run) => run !== keyringLook).at(-1);
          if (storeLook && !timers.includes(storeLook)) {
            const status = await core.call('security:status', {});
            expect(status.ok && (status.value as { locked?: boolean }).locked).toBe(true);
          }
        });
      };
    },
  };
}

/**
 * One real folder that several computers open (each with a user-data folder of its own, as a synced
 * folder is), for what one does while another changes the keyring. The folders go after each test.
 */
export function sharedFolder(prefix: string): { dir(): string; openOn(device: { id: string; name: string }, extra?: Partial<CoreDeps>): Promise<Computer> } {
  let dir = '';
  const devices: string[] = [];
  beforeEach(async () => {
    dir = await makeFolder(prefix);
  });
  afterEach(async () => {
    await removeFolder(dir);
    for (const id of devices.splice(0)) await removeFolder(`${dir}-user-${id}`);
  });
  return {
    dir: () => dir,
    async openOn(device, extra = {}) {
      devices.push(device.id);
      const looks = handDrivenLooks();
      const reports: string[] = [];
      const core = await openCore({
        files: createNodeFileStore(dir, { warn: () => undefined }),
        platform: testPlatform().platform,
        vault: createNodeVault(dir, { kdf: FAST_KDF, userDataDir: `${dir}-user-${device.id}` }),
        device,
        now: fixedStamp().now,
        newId: randomUUID,
        watch: looks.watch,
        reportSync: (p) => void reports.push(`${p.file} ${p.reason}`),
        ...extra,
      });
      return { core, look: looks.bind(core), reports };
    },
  };
}

/** An incident about `relationshipId` whose facts are `facts`: the line these tests seal and look for. */
export const incidentWith = (relationshipId: string, facts: string) => ({
  relationshipId, title: 'The launch review', occurredAt: '2026-02-20T16:00:00.000Z', facts, impact: '', domains: [], causes: [],
  baseline: { reliability: null, competence: null, sincerity: null, care: null, reliance: null }, stability: null, status: 'open' as const,
});

/** The facts of every incident a computer reads in the person's journal. */
export const incidentFacts = async (core: Core, id: string): Promise<string[]> => (await ok(core, 'journals:get', { relationshipId: id })).incidents.map((i) => i.facts);

/**
 * How many files wait for the old passphrase, once the background look through the folder has counted
 * them (the status never waits for it): waits until the count is above zero.
 */
export async function leftoversOf(core: Core): Promise<number> {
  let count = 0;
  await vi.waitFor(async () => {
    count = (await ok(core, 'security:status', {})).sealedLeftovers ?? 0;
    expect(count).toBeGreaterThan(0);
  });
  return count;
}

/** The words the sealed-leftover tests seal on Work just before encryption goes off elsewhere. */
export const LEFTOVER_WORDS = 'saved on work, then work locked';

/**
 * Home turns encryption off while Work, which has not looked yet, saves LEFTOVER_WORDS about Sam in a
 * line sealed under the old key, then locks: the line waits for the old passphrase.
 */
export async function sealedLeftover(
  folder: ReturnType<typeof sharedFolder>,
  workDeps: Partial<CoreDeps> = {},
): Promise<{ id: string; home: Computer; work: Computer }> {
  const home = await folder.openOn({ id: 'aaaaaaaaaaaaaaaa', name: 'Home' });
  const { id } = await ok(home.core, 'relationships:create', sam);
  await enableEncryption(home.core, PASSPHRASE);
  const work = await folder.openOn({ id: 'bbbbbbbbbbbbbbbb', name: 'Work' }, workDeps);
  await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
  await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
  await ok(work.core, 'incidents:create', incidentWith(id, LEFTOVER_WORDS));
  await work.core.settled?.();
  await ok(work.core, 'security:lock', {});
  return { id, home, work };
}
