import { describe, expect, it } from 'vitest';
import { isSealed } from '../../../src/main/storage/sealed-file';
import { PASSPHRASE, enableEncryption, ok, sam, tree, sharedFolder, incidentWith, incidentFacts } from './helpers';

/**
 * Encryption turned off elsewhere while this computer, which had just sealed a line, sat locked: the
 * key that line needs is no longer in memory and the folder has no keyring. The keyring turning it off
 * replaced is kept as keyring.previous.json, so the old passphrase still opens the line, and opening
 * it (security:unlock on the now plain folder) turns it back to plain for every computer.
 */
const HOME = { id: 'aaaaaaaaaaaaaaaa', name: 'Home' };
const WORK = { id: 'bbbbbbbbbbbbbbbb', name: 'Work' };

const folder = sharedFolder('mend-leftovers-');
const openOn = folder.openOn;

const sealedLeft = async () => [...(await tree(folder.dir()))].filter(([name, bytes]) => !name.startsWith('devices/') && (isSealed(bytes) || bytes.includes('MENDSEAL:'))).map(([name]) => name);

describe('encryption turned off elsewhere while this computer was locked', () => {
  it('the line it sealed is kept, and the old passphrase opens it back to plain for every computer', async () => {
    const home = await openOn(HOME);
    const { id } = await ok(home.core, 'relationships:create', sam);
    await enableEncryption(home.core, PASSPHRASE);
    const work = await openOn(WORK);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
    await ok(work.core, 'incidents:create', incidentWith(id, 'saved on work, then work locked'));
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
    expect(await incidentFacts(work.core, id)).toEqual(['saved on work, then work locked']);
    const third = await openOn({ id: 'cccccccccccccccc', name: 'Third' });
    expect(await incidentFacts(third.core, id)).toEqual(['saved on work, then work locked']);
  });
});
