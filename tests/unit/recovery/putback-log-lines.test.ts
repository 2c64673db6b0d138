import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeCore } from '../../../src/main/compose';
import { testPlatform } from '../../support/memory-file-store';
import { callOk } from '../../support/typed-call';
import { makeFolder, removeFolder, sam } from '../security/helpers';

/**
 * With a change log (as the app always runs), a journal's snapshot does not hold the saves made after
 * it: they are lines in this computer's log. A snapshot set aside (a kill mid-delete left it in trash/)
 * and put back must bring those lines back with it, not bury them under a copy stamped as new.
 */
const LAPTOP = { id: '1a1a1a1a1a1a1a1a', name: 'Laptop' };

let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-putback-');
});
afterEach(async () => {
  await removeFolder(dir);
});

const compose = () => composeCore({ dataFolder: dir, platform: { ...testPlatform().platform, dataFolder: dir }, newId: randomUUID, device: LAPTOP });
const open = async () => callOk(await compose());

describe('putting a set-aside snapshot back', () => {
  it('a trashed snapshot comes back with the edits saved after it in the change log', async () => {
    const core = await compose();
    const app = callOk(core);
    const { id } = await app('relationships:create', sam);
    await app('relationships:update', { id, ...sam, notes: 'Saved after the snapshot: prefers mornings.' });
    // What follows the saves (a fold once saving pauses, the index) is done before the files are touched:
    // on a loaded machine a fold landing after the tampering below would write a good snapshot over it.
    await core.settled?.();
    // A copy of the snapshot set aside in trash/, and the snapshot itself then torn. (A snapshot that is
    // only missing no longer needs a restore: the log, which holds the creation too, rebuilds it.)
    await fs.mkdir(path.join(dir, 'trash'), { recursive: true });
    const snapshot = path.join(dir, 'relationships', `${id}.json`);
    await fs.copyFile(snapshot, path.join(dir, 'trash', `${id}-2026-03-01T09-00-00-000Z.json`));
    await fs.truncate(snapshot, 100);

    const again = await open();
    const versions = await again('journals:backups', { relationshipId: id });
    const trashed = versions.find((v) => v.id.startsWith('trash/'));
    expect(trashed).toBeDefined();
    const restored = await again('journals:restore', { relationshipId: id, backupId: trashed!.id });
    expect(restored.relationship.notes).toBe('Saved after the snapshot: prefers mornings.');
    const reopened = await open();
    expect((await reopened('journals:get', { relationshipId: id })).relationship.notes).toBe('Saved after the snapshot: prefers mornings.');
    expect(await reopened('alternatives:list', { relationshipId: id })).toEqual([]);
  });
});
