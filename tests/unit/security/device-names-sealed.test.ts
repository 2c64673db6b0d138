import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { isSealed } from '../../../src/main/storage/sealed-file';
import { FAST_KDF, PASSPHRASE, enableEncryption, filesContaining, makeFolder, ok, removeFolder, sam, tree } from './helpers';

const HOME = { id: 'aaaaaaaaaaaaaaaa', name: 'Home laptop' };
const WORK = { id: 'bbbbbbbbbbbbbbbb', name: 'Work desktop' };

let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-device-names-');
});
afterEach(async () => {
  await removeFolder(dir);
});

async function openOn(device: { id: string; name: string }): Promise<Core> {
  return openCore({
    files: createNodeFileStore(dir, { warn: () => undefined }),
    platform: testPlatform().platform,
    vault: createNodeVault(dir, { kdf: FAST_KDF }),
    device,
    ...fixedStamp(),
  });
}

describe('computer names after encryption is switched on', () => {
  it('another computer’s name stays readable on this one, before that computer opens the folder again', async () => {
    // The work computer writes once (its record says its name), then closes.
    const work = await openOn(WORK);
    await ok(work, 'relationships:create', sam);
    await work.settled?.();
    const home = await openOn(HOME);
    expect((await ok(home, 'devices:list', {})).map((d) => d.name).sort()).toEqual(['Home laptop', 'Work desktop']);

    await enableEncryption(home, PASSPHRASE);
    expect((await ok(home, 'devices:list', {})).find((d) => d.id === WORK.id)?.name).toBe('Work desktop');
    // The records stay plain (a name, times, log positions: no journal text); everything else is sealed.
    const files = await tree(dir);
    for (const id of [HOME.id, WORK.id]) expect(isSealed(files.get(`devices/${id}.json`)!), id).toBe(false);
    expect(filesContaining(files, [sam.name, sam.notes].filter(Boolean))).toEqual([]);
    const journals = [...files.keys()].filter((k) => k.startsWith('relationships/'));
    expect(journals.length).toBeGreaterThan(0);
    expect(journals.every((k) => isSealed(files.get(k)!))).toBe(true);

    // And after this computer is restarted and unlocked, still before the work computer is back.
    await home.settled?.();
    const again = await openOn(HOME);
    await ok(again, 'security:unlock', { passphrase: PASSPHRASE });
    expect((await ok(again, 'devices:list', {})).find((d) => d.id === WORK.id)?.name).toBe('Work desktop');
  });

  it('on the other computer, this computer’s name is readable once it unlocks the sealed folder', async () => {
    const home = await openOn(HOME);
    await ok(home, 'relationships:create', sam);
    await enableEncryption(home, PASSPHRASE);
    await home.settled?.();
    const work = await openOn(WORK);
    await ok(work, 'security:unlock', { passphrase: PASSPHRASE });
    expect((await ok(work, 'devices:list', {})).find((d) => d.id === HOME.id)?.name).toBe('Home laptop');
  });

  it('a computer that was open while the other sealed the folder still shows that computer’s name', async () => {
    const work = await openOn(WORK);
    await ok(work, 'relationships:create', sam);
    await work.settled?.();
    const home = await openOn(HOME);
    await enableEncryption(home, PASSPHRASE);
    await home.settled?.();
    expect((await ok(work, 'devices:list', {})).find((d) => d.id === HOME.id)?.name).toBe('Home laptop');
  });
});
