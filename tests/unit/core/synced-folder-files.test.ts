import { copyFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { makeTempDir, removeTempDir } from '../storage/helpers/temp-dir';
import { enableEncryption, ok, openApp, PASSPHRASE } from '../security/helpers';
import { ANON_INDEX } from '../../support/read-index';

/**
 * What sync tools and people leave in a synced data folder: conflict copies, renamed and duplicated
 * files, a damaged journal nobody indexed. None may show a person twice, show a ghost, or stop Mend
 * from opening (or unlocking).
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: 'first' };
const names = async (core: Core) => (await ok(core, 'relationships:list', {})).map((r) => r.name).sort();

describe('files a sync tool leaves in the data folder', () => {
  let dir: string;
  let open: () => Promise<Core>;
  beforeEach(async () => {
    dir = await makeTempDir('mend-synced-');
    const stamp = fixedStamp();
    open = () => openCore({ files: createNodeFileStore(dir, { warn: () => undefined }), platform: testPlatform().platform, ...stamp });
  });
  afterEach(() => removeTempDir(dir));

  async function seed(core: Core): Promise<string> {
    const { id } = await ok(core, 'relationships:create', sam);
    await ok(core, 'relationships:create', { ...sam, name: 'Ana' });
    return id;
  }

  const conflictNames = (id: string) => [
    `${id} (Ana's conflicted copy 2026-12-01).json`, // Dropbox
    `${id}.sync-conflict-20261201-120000-ABCDEFG.json`, // Syncthing
    `${id}-work-laptop.json`, // OneDrive
    `${id} 2.json`, // iCloud
  ];

  it('never shows a person twice for a conflict copy, with or without an index', async () => {
    const id = await seed(await open());
    for (const name of conflictNames(id)) await copyFile(join(dir, 'relationships', `${id}.json`), join(dir, 'relationships', name));
    expect(await names(await open())).toEqual(['Ana', 'Sam']);
    await rm(join(dir, ...ANON_INDEX), { recursive: true });
    expect(await names(await open())).toEqual(['Ana', 'Sam']);
  });

  it('shows no ghost for a renamed or duplicated journal file', async () => {
    const id = await seed(await open());
    await copyFile(join(dir, 'relationships', `${id}.json`), join(dir, 'relationships', 'Sam backup.json'));
    await copyFile(join(dir, 'relationships', `${id}.json`), join(dir, 'relationships', '0f0e0d0c-0000-4000-8000-000000000000.json'));
    const core = await open();
    expect(await names(core)).toEqual(['Ana', 'Sam']);
    for (const r of await ok(core, 'relationships:list', {})) {
      expect(await core.call('journals:get', { relationshipId: r.id })).toMatchObject({ ok: true });
    }
  });
});

describe('an encrypted folder with foreign files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('mend-synced-sealed-');
  });
  afterEach(() => removeTempDir(dir));

  it('unlocks although a conflict copy or an unindexed damaged journal is present', async () => {
    const { core } = await openApp(dir);
    await enableEncryption(core, PASSPHRASE);
    const { id } = await ok(core, 'relationships:create', sam);
    await ok(core, 'relationships:create', { ...sam, name: 'Ana' });
    const rel = join(dir, 'relationships');
    await copyFile(join(rel, `${id}.json`), join(rel, `${id} (work-laptop's conflicted copy 2026-12-01).json`));
    await writeFile(join(rel, '11111111-2222-4333-8444-555555555555.json'), Buffer.from('\u0000\u0001garbage'));
    const sealedCopy = join(rel, '66666666-2222-4333-8444-555555555555.json');
    await copyFile(join(rel, `${id}.json`), sealedCopy); // sealed for another path: cannot be opened here

    const again = (await openApp(dir)).core;
    expect(await ok(again, 'security:unlock', { passphrase: PASSPHRASE })).toMatchObject({ locked: false });
    expect(await names(again)).toContain('Sam');
    expect((await names(again)).filter((n) => n === 'Sam')).toHaveLength(1);
    await rename(sealedCopy, `${sealedCopy}.moved`);
    expect(await readdir(rel)).toContain(`${id}.json`);
  });
});
