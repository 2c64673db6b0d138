import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSPHRASE, enableEncryption, makeFolder, ok, openApp, removeFolder, sam } from './helpers';

/**
 * With encryption on, a journal moved to trash/ or damaged/ keeps the identity it was sealed with
 * (relationships/<id>.json). It must still be offered, readable, as a version of that same person;
 * a copy moved under another person's name must not open.
 */
let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-held-sealed-');
});
afterEach(async () => {
  await removeFolder(dir);
});

describe('held copies in an encrypted folder', () => {
  it('a trashed copy cut off mid-delete is readable and restorable; under another id it is refused', async () => {
    const app = await openApp(dir);
    const { id } = await ok(app.core, 'relationships:create', sam);
    const other = await ok(app.core, 'relationships:create', { ...sam, name: 'Ana Silva' });
    await enableEncryption(app.core, PASSPHRASE);
    await fs.mkdir(path.join(dir, 'trash'), { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const trashed = `trash/${id}-${stamp}.json`;
    await fs.rename(path.join(dir, 'relationships', `${id}.json`), path.join(dir, trashed));
    await fs.copyFile(path.join(dir, trashed), path.join(dir, 'trash', `${other.id}-${stamp}.json`));

    const again = await openApp(dir);
    await ok(again.core, 'security:unlock', { passphrase: PASSPHRASE });
    const versions = await ok(again.core, 'journals:backups', { relationshipId: id });
    expect(versions.find((v) => v.id === trashed)).toMatchObject({ source: 'trash', name: 'Sam Rivera', entries: 0 });
    const forged = await ok(again.core, 'journals:backups', { relationshipId: other.id });
    expect(forged.find((v) => v.source === 'trash')).toMatchObject({ entries: null });
    await ok(again.core, 'journals:restore', { relationshipId: id, backupId: trashed });
    expect(await ok(again.core, 'journals:get', { relationshipId: id })).toMatchObject({ relationship: { name: 'Sam Rivera' } });
  });
});
