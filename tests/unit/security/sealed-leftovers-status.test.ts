import { sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { nodeFs, type FsSeam } from '../../../src/main/storage/fs-seam';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { FAST_KDF, PASSPHRASE, enableEncryption, ok, sam, sharedFolder, incidentWith, incidentFacts, leftoversOf, sealedLeftover, LEFTOVER_WORDS } from './helpers';

/**
 * Lines this computer sealed just before it noticed that encryption went off elsewhere stay sealed, and
 * the journal opens without them. The status says so (how many files, never what is in them), so the
 * window can ask for the old passphrase; it stops saying so once that passphrase has opened them.
 */
const HOME = { id: 'aaaaaaaaaaaaaaaa', name: 'Home' };
const WORK = { id: 'bbbbbbbbbbbbbbbb', name: 'Work' };
const THIRD = { id: 'cccccccccccccccc', name: 'Third' };
const WORDS = LEFTOVER_WORDS;

const folder = sharedFolder('mend-leftovers-status-');

const leaveSealedLine = () => sealedLeftover(folder);

/** A computer on the folder whose vault reads through `fs` (to count what a status call reads). */
async function openCounting(device: { id: string; name: string }, fs: FsSeam) {
  const dir = folder.dir();
  return openCore({
    files: createNodeFileStore(dir, { warn: () => undefined }),
    platform: testPlatform().platform,
    vault: createNodeVault(dir, { kdf: FAST_KDF, fs, userDataDir: `${dir}-user-${device.id}-counting` }),
    device,
    now: fixedStamp().now,
    newId: randomUUID,
  });
}

describe('status says when sealed lines wait for the old passphrase', () => {
  it('noticed live, when this computer sees encryption went off while it was locked; gone after the old passphrase', async () => {
    const home = await folder.openOn(HOME);
    const { id } = await ok(home.core, 'relationships:create', sam);
    await enableEncryption(home.core, PASSPHRASE);
    const work = await folder.openOn(WORK);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect((await ok(work.core, 'security:status', {})).sealedLeftovers).toBeUndefined();
    await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
    await ok(work.core, 'incidents:create', incidentWith(id, WORDS));
    await work.core.settled?.();
    await ok(work.core, 'security:lock', {});
    await work.look();

    await leftoversOf(work.core);
    const status = await ok(work.core, 'security:status', {});
    expect(status).toMatchObject({ encrypted: false, locked: false });
    expect(status.sealedLeftovers).toBeGreaterThan(0);
    expect(JSON.stringify(status)).not.toContain('saved on work');
    // The journal opens without the line meanwhile.
    expect(await incidentFacts(work.core, id)).toEqual([]);

    // A wrong passphrase opens nothing: the words still wait, and the prompt stays. (Not the same count of
    // files: the journal is read afresh around the try, and this computer's index cache, derived and
    // sealed by it too, is written again plain then; only the words' own files must stay sealed.)
    expect(await work.core.call('security:unlock', { passphrase: 'not the old one at all' })).toMatchObject({ ok: false, code: 'invalid-input' });
    expect((await ok(work.core, 'security:status', {})).sealedLeftovers).toBeGreaterThan(0);
    expect(await incidentFacts(work.core, id)).toEqual([]);

    const after = await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(after.sealedLeftovers).toBeUndefined();
    expect((await ok(work.core, 'security:status', {})).sealedLeftovers).toBeUndefined();
    expect(await incidentFacts(work.core, id)).toEqual([WORDS]);
  });

  it('noticed at the next start, and by any computer on the folder, at no cost per status call', async () => {
    await leaveSealedLine();
    const restarted = await folder.openOn(WORK);
    await leftoversOf(restarted.core);

    let reads = 0;
    const counting: FsSeam = { ...nodeFs, readFile: (p) => (reads++, nodeFs.readFile(p)) };
    const third = await openCounting(THIRD, counting);
    await leftoversOf(third);
    const afterFirst = reads;
    for (let i = 0; i < 3; i++) await ok(third, 'security:status', {});
    expect(reads).toBe(afterFirst);
  });

  it('opening Mend never waits for the look through the folder (it runs behind; the count comes when it is done)', async () => {
    await leaveSealedLine();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Every read under logs/ waits until released: the look through the folder cannot finish meanwhile.
    const slow: FsSeam = { ...nodeFs, readFile: async (p) => (p.includes(`${sep}logs${sep}`) ? held.then(() => nodeFs.readFile(p)) : nodeFs.readFile(p)) };
    const third = await openCounting(THIRD, slow);
    expect((await ok(third, 'security:status', {})).sealedLeftovers).toBeUndefined();
    release();
    expect(await leftoversOf(third)).toBeGreaterThan(0);
  });

  it('noticed when such a line arrives from another computer after this one opened the folder', async () => {
    const home = await folder.openOn(HOME);
    const { id } = await ok(home.core, 'relationships:create', sam);
    await enableEncryption(home.core, PASSPHRASE);
    const work = await folder.openOn(WORK);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
    const third = await folder.openOn(THIRD);
    expect(await incidentFacts(third.core, id)).toEqual([]);
    expect((await ok(third.core, 'security:status', {})).sealedLeftovers).toBeUndefined();

    await ok(work.core, 'incidents:create', incidentWith(id, WORDS));
    await work.core.settled?.();
    // Its look for other computers' lines reads the sealed one: counted, without reading every file again.
    await third.look();
    await leftoversOf(third.core);
    await ok(third.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect((await ok(third.core, 'security:status', {})).sealedLeftovers).toBeUndefined();
    expect(await incidentFacts(third.core, id)).toEqual([WORDS]);
  });

  it('says nothing for a folder that never had a passphrase, nor after encryption was turned off here', async () => {
    const home = await folder.openOn(HOME);
    await ok(home.core, 'relationships:create', sam);
    expect((await ok(home.core, 'security:status', {})).sealedLeftovers).toBeUndefined();
    await enableEncryption(home.core, PASSPHRASE);
    await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
    expect((await ok(home.core, 'security:status', {})).sealedLeftovers).toBeUndefined();
    const again = await folder.openOn(HOME);
    expect((await ok(again.core, 'security:status', {})).sealedLeftovers).toBeUndefined();
  });
});
