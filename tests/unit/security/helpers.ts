import type { Channel, Input } from '../../../src/core/api/contract';
import { callOk, type Value } from '../../support/typed-call';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { openCore, type Core } from '../../../src/core/open-core';
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
  const out = new Map<string, Buffer>();
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile()) continue;
    const rel = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    if (rel === 'mend.lock') continue;
    out.set(rel, await fs.readFile(path.join(dir, rel)));
  }
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
