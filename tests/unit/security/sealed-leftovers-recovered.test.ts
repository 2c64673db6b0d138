import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { isSealed } from '../../../src/main/storage/sealed-file';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { PASSPHRASE, FAST_KDF, enableEncryption, makeFolder, ok, removeFolder, sam, tree } from './helpers';

/**
 * Encryption turned off elsewhere while this computer, which had just sealed a line, sat locked: the
 * key that line needs is no longer in memory and the folder has no keyring. The keyring turning it off
 * replaced is kept as keyring.previous.json, so the old passphrase still opens the line, and opening
 * it (security:unlock on the now plain folder) turns it back to plain for every computer.
 */
const HOME = { id: 'aaaaaaaaaaaaaaaa', name: 'Home' };
const WORK = { id: 'bbbbbbbbbbbbbbbb', name: 'Work' };

let dir: string;
const devices: string[] = [];
beforeEach(async () => {
  dir = await makeFolder('mend-leftovers-');
});
afterEach(async () => {
  await removeFolder(dir);
  for (const id of devices.splice(0)) await removeFolder(`${dir}-user-${id}`);
});

async function openOn(device: { id: string; name: string }): Promise<{ core: Core; look(): Promise<void> }> {
  devices.push(device.id);
  const timers: (() => void)[] = [];
  const core = await openCore({
    files: createNodeFileStore(dir, { warn: () => undefined }),
    platform: testPlatform().platform,
    vault: createNodeVault(dir, { kdf: FAST_KDF, userDataDir: `${dir}-user-${device.id}` }),
    device,
    now: fixedStamp().now,
    newId: randomUUID,
    watch: { everyMs: 1000, later: (run) => void timers.push(run) },
  });
  const keyringLook = timers.at(-1);
  const look = async (): Promise<void> => {
    for (const run of timers.splice(0)) run();
    await vi.waitFor(() => expect(timers).toContain(keyringLook));
  };
  return { core, look };
}

const incident = (relationshipId: string, facts: string) => ({
  relationshipId, title: 'The launch review', occurredAt: '2026-02-20T16:00:00.000Z', facts, impact: '', domains: [], causes: [],
  baseline: { reliability: null, competence: null, sincerity: null, care: null, reliance: null }, stability: null, status: 'open' as const,
});
const facts = async (core: Core, id: string) => (await ok(core, 'journals:get', { relationshipId: id })).incidents.map((i) => i.facts);
const sealedLeft = async () => [...(await tree(dir))].filter(([name, bytes]) => !name.startsWith('devices/') && (isSealed(bytes) || bytes.includes('MENDSEAL:'))).map(([name]) => name);

describe('encryption turned off elsewhere while this computer was locked', () => {
  it('the line it sealed is kept, and the old passphrase opens it back to plain for every computer', async () => {
    const home = await openOn(HOME);
    const { id } = await ok(home.core, 'relationships:create', sam);
    await enableEncryption(home.core, PASSPHRASE);
    const work = await openOn(WORK);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
    await ok(work.core, 'incidents:create', incident(id, 'saved on work, then work locked'));
    await work.core.settled?.();
    await ok(work.core, 'security:lock', {});
    await work.look();
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ encrypted: false, locked: false });
    // Nothing was deleted: the line is still there, sealed.
    expect((await sealedLeft()).length).toBeGreaterThan(0);

    // A wrong passphrase opens nothing and says so.
    expect(await work.core.call('security:unlock', { passphrase: 'not the old one at all' })).toMatchObject({ ok: false, code: 'invalid-input' });
    expect((await sealedLeft()).length).toBeGreaterThan(0);
    expect((await ok(work.core, 'journals:get', { relationshipId: id })).relationship.name).toBe(sam.name);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await sealedLeft()).toEqual([]);
    expect(await facts(work.core, id)).toEqual(['saved on work, then work locked']);
    const third = await openOn({ id: 'cccccccccccccccc', name: 'Third' });
    expect(await facts(third.core, id)).toEqual(['saved on work, then work locked']);
  });
});
