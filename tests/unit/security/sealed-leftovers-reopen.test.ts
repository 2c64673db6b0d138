import { describe, expect, it } from 'vitest';
import type { Vault } from '../../../src/core/services/vault';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { FAST_KDF, PASSPHRASE, enableEncryption, ok, sam, sharedFolder, incidentWith } from './helpers';

/**
 * While the old passphrase opens the words still sealed with it (the journal is closed and opened again
 * around it), the calls that answer while locked (the progress poll, app:info, holding a draft) still
 * answer, and the work reports its progress: before, every call waited, and a large folder froze the
 * window with no sign of life (found by review; failed before).
 */
const HOME = { id: 'aaaaaaaaaaaaaaaa', name: 'Home' };
const WORK = { id: 'bbbbbbbbbbbbbbbb', name: 'Work' };
const folder = sharedFolder('mend-leftovers-reopen-');
const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe('opening words sealed with the old passphrase', () => {
  it('leaves the progress poll and app:info answering, and reports progress', async () => {
    const home = await folder.openOn(HOME);
    const { id } = await ok(home.core, 'relationships:create', sam);
    await enableEncryption(home.core, PASSPHRASE);
    let stall: Promise<void> | null = null;
    let release = (): void => undefined;
    let progressSeen = false;
    const real = createNodeVault(folder.dir(), { kdf: FAST_KDF, userDataDir: `${folder.dir()}-user-${WORK.id}` });
    const vault: Vault = {
      ...real,
      async unlock(secret, onProgress) {
        if (onProgress) progressSeen = true;
        if (stall) await stall; // a conversion that takes minutes on a large folder
        return real.unlock(secret, onProgress);
      },
    };
    const work = await folder.openOn(WORK, { vault });
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
    await ok(work.core, 'incidents:create', incidentWith(id, 'sealed words'));
    await work.core.settled?.();
    await ok(work.core, 'security:lock', {});
    await work.look();
    stall = new Promise<void>((resolve) => (release = resolve));
    progressSeen = false;
    const unlock = work.core.call('security:unlock', { passphrase: PASSPHRASE });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const poll = await within(work.core.call('progress:current', {}), 500);
    const info = await within(work.core.call('app:info', {}), 500);
    release();
    expect(await unlock).toMatchObject({ ok: true });
    expect({ poll, info, progressSeen }).toEqual({ poll: true, info: true, progressSeen: true });
  });
});
