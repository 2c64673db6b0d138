import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { listTree, makeTempDir, removeTempDir } from '../storage/helpers/temp-dir';
import { ANON_INDEX } from '../../support/read-index';

/**
 * A journal that cannot be read is reported with its file name and left exactly as it is, while the
 * rest of Mend keeps working; its backups are offered and a restore sets the damaged file aside.
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report', started: null, notes: 'first' };

describe('damaged journal files', () => {
  let dir: string;
  let open: () => Promise<Core>;
  beforeEach(async () => {
    dir = await makeTempDir('mend-damaged-');
    const stamp = fixedStamp();
    open = () => openCore({ files: createNodeFileStore(dir), platform: testPlatform().platform, ...stamp });
  });
  afterEach(() => removeTempDir(dir));

  async function seed(): Promise<{ id: string; file: string }> {
    const core = await open();
    const created = await core.call('relationships:create', sam);
    const id = (created as { value: { id: string } }).value.id;
    await core.call('relationships:update', { id, ...sam, notes: 'second' });
    await core.call('relationships:create', { ...sam, name: 'Ana' });
    return { id, file: join(dir, 'relationships', `${id}.json`) };
  }

  const damage: [string, (bytes: Buffer) => Buffer][] = [
    ['truncated', (b) => b.subarray(0, Math.floor(b.length / 2))],
    ['empty', () => Buffer.alloc(0)],
    ['NUL-filled', (b) => Buffer.alloc(b.length)],
    ['garbage', () => Buffer.from('not json at all \u00ff')],
    ['bit-flipped inside a text field', (b) => {
      const copy = Buffer.from(b);
      const at = copy.indexOf('second');
      copy[at] = copy[at]! ^ 0x01;
      return copy;
    }],
  ];

  it.each(damage)('a %s journal is reported by name and left byte-for-byte untouched', async (_kind, spoil) => {
    const { id, file } = await seed();
    const spoiled = spoil(await readFile(file));
    await writeFile(file, spoiled);
    const treeBefore = await listTree(dir);

    const core = await open();
    const result = await core.call('journals:get', { relationshipId: id });
    expect(result).toMatchObject({ ok: false, code: 'damaged' });
    expect((result as { message: string }).message).toContain(`relationships/${id}.json`);
    expect((result as { message: string }).message).not.toContain('second');
    // Saving to it is refused too, and the rest of Mend still works.
    expect(await core.call('relationships:update', { id, ...sam, notes: 'third' })).toMatchObject({ ok: false, code: 'damaged' });
    expect(await core.call('relationships:list', {})).toMatchObject({ ok: true });
    expect(await core.call('relationships:create', { ...sam, name: 'Kim' })).toMatchObject({ ok: true });

    expect((await readFile(file)).equals(spoiled)).toBe(true);
    expect((await listTree(dir)).filter((p) => treeBefore.includes(p))).toEqual(treeBefore);
  });

  it('offers the backups and restores one, setting the damaged file aside', async () => {
    const { id, file } = await seed();
    await writeFile(file, 'garbage');
    const core = await open();
    const backups = await core.call('journals:backups', { relationshipId: id });
    expect(backups).toMatchObject({ ok: true, value: [{ entries: 0 }] });
    const backupId = (backups as { value: { id: string }[] }).value[0]!.id;
    expect(await core.call('journals:restore', { relationshipId: id, backupId })).toMatchObject({ ok: true });
    expect(await core.call('journals:get', { relationshipId: id })).toMatchObject({ ok: true, value: { relationship: { notes: 'first' } } });
    const damaged = (await listTree(dir)).filter((p) => p.startsWith('damaged/'));
    expect(damaged).toHaveLength(1);
    expect(await readFile(join(dir, damaged[0]!), 'utf8')).toBe('garbage');
  });

  it('an unreadable index shard is set aside and rebuilt from the journals', async () => {
    const { id } = await seed();
    const shard = join(dir, ...ANON_INDEX, (await readdir(join(dir, ...ANON_INDEX)))[0]!);
    await writeFile(shard, '{"mend": "index", "version": 1, "checksum": "crc32:00000000", "data": {}}');
    const core = await open();
    const list = await core.call('relationships:list', {});
    expect((list as { value: { name: string }[] }).value.map((r) => r.name)).toEqual(['Ana', 'Sam']);
    expect(await core.call('journals:get', { relationshipId: id })).toMatchObject({ ok: true });
    expect((await listTree(dir)).some((p) => p.startsWith('damaged/index-'))).toBe(true);
  });
});
