import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFolder, ok, openApp, removeFolder, sam } from '../security/helpers';

/**
 * Restores and deletes that a kill cut short, found on disk. A person whose journal file is missing
 * must offer every version Mend holds (earlier versions, trash, damaged) and can always be removed;
 * restoring over a healthy journal must not put a copy of it in damaged/.
 */
let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-held-');
});
afterEach(async () => {
  await removeFolder(dir);
});

async function personWithHistory() {
  const app = await openApp(dir);
  const { id } = await ok(app.core, 'relationships:create', sam);
  await ok(app.core, 'relationships:update', { id, ...sam, notes: 'Second version.' });
  await ok(app.core, 'relationships:update', { id, ...sam, notes: 'Third version.' });
  return { app, id, file: path.join(dir, 'relationships', `${id}.json`) };
}

const list = async (folder: string) => fs.readdir(path.join(dir, folder)).catch(() => [] as string[]);

describe('versions Mend holds', () => {
  it('restoring over a healthy journal keeps it as an earlier version, not in damaged/', async () => {
    const { app, id } = await personWithHistory();
    const versions = await ok(app.core, 'journals:backups', { relationshipId: id });
    await ok(app.core, 'journals:restore', { relationshipId: id, backupId: versions.at(-1)!.id });
    expect(await list('damaged')).toEqual([]);
    const after = await ok(app.core, 'journals:backups', { relationshipId: id });
    const notes = await Promise.all(after.filter((v) => v.entries !== null).map((v) => v.updatedAt));
    expect(notes.length).toBe(versions.length + 1);
  });

  it('a journal cut off by a kill mid-delete (moved to trash, still listed) offers the trashed copy and can be removed', async () => {
    const { id, file } = await personWithHistory();
    await fs.mkdir(path.join(dir, 'trash'), { recursive: true });
    const trashed = `trash/${id}-2026-03-01T09-00-00-000Z.json`;
    await fs.rename(file, path.join(dir, trashed)); // the move landed; the index update did not
    const app = await openApp(dir, undefined, undefined);
    const opened = await app.core.call('journals:get', { relationshipId: id });
    expect(opened).toMatchObject({ ok: false, code: 'damaged', detail: { missing: true } });
    const versions = await ok(app.core, 'journals:backups', { relationshipId: id });
    expect(versions.find((v) => v.id === trashed)).toMatchObject({ source: 'trash', entries: 0, name: 'Sam Rivera' });
    expect(versions.filter((v) => v.source === 'backup').length).toBeGreaterThan(0);
    await ok(app.core, 'relationships:delete', { id });
    expect(await ok(app.core, 'relationships:list', { includeArchived: true })).toEqual([]);
  });

  it('a person whose file vanished with no copy anywhere can still be removed', async () => {
    const { id, file } = await personWithHistory();
    await fs.rm(path.join(dir, 'backups'), { recursive: true });
    await fs.rm(file);
    const app = await openApp(dir);
    await ok(app.core, 'relationships:delete', { id });
    expect(await ok(app.core, 'relationships:list', { includeArchived: true })).toEqual([]);
    expect((await list('trash')).length).toBe(1);
  });

  it('a copy in damaged/ is offered and can be restored', async () => {
    const { app, id, file } = await personWithHistory();
    await fs.mkdir(path.join(dir, 'damaged'), { recursive: true });
    const aside = `damaged/${id}-2026-03-02T10-00-00-000Z.json`;
    await fs.copyFile(file, path.join(dir, aside));
    await fs.writeFile(file, '{ cut sh');
    const again = await openApp(dir);
    const versions = await ok(again.core, 'journals:backups', { relationshipId: id });
    expect(versions.find((v) => v.id === aside)).toMatchObject({ source: 'damaged', entries: 0 });
    const restored = await ok(again.core, 'journals:restore', { relationshipId: id, backupId: aside });
    expect(restored.relationship.notes).toBe('Third version.');
    expect((await list('damaged')).length).toBe(2); // the copy restored from, and the unreadable file set aside
    void app;
  });

  it('refuses a held-copy id that is not one of this person’s copies', async () => {
    const { app, id } = await personWithHistory();
    for (const backupId of ['trash/../keyring.json', `damaged/${id}.json`, 'trash/other-2026-03-01T09-00-00-000Z.json']) {
      expect(await app.core.call('journals:restore', { relationshipId: id, backupId })).toMatchObject({ ok: false });
    }
  });
});

describe('whose copies are whose', () => {
  it('a person never claims the copies of another whose id starts the same', async () => {
    const app = await openApp(dir);
    const { id } = await ok(app.core, 'relationships:create', sam);
    await fs.mkdir(path.join(dir, 'trash'), { recursive: true });
    await fs.writeFile(path.join(dir, 'trash', `${id}-other-2026-03-01T09-00-00-000Z.json`), '{}');
    await fs.writeFile(path.join(dir, 'trash', `${id}-replaced-2026-03-01T09-00-00-000Z.json`), '{}');
    const versions = await ok(app.core, 'journals:backups', { relationshipId: id });
    expect(versions.filter((v) => v.source === 'trash').map((v) => v.id)).toEqual([`trash/${id}-replaced-2026-03-01T09-00-00-000Z.json`]);
  });
});
