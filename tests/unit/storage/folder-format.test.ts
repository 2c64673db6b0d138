import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMendFolder } from '../../../src/main/compose';
import { walk } from '../../../src/main/storage/convert-folder';
import { FOLDER_FILE, FOLDER_FORMAT, FOLDER_NEWER } from '../../../src/main/storage/folder-format';
import { testPlatform } from '../../support/memory-file-store';
import { listTree, makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * A data folder a newer Mend has set up is refused before anything is written to it (issue 13, "Bad
 * input"). Each journal's files already name their format, but opening writes before it reads every
 * journal: this Mend's change logs, this computer's record, its index cache, its lock. Before the
 * marker, a folder whose journal came from a newer Mend was opened and written to (found by attacking).
 */
const DEVICE = { id: 'a1b2c3d4e5f60718', name: 'This laptop' };
let root: string;
beforeEach(async () => {
  root = await makeTempDir('mend-format-');
});
afterEach(async () => {
  await removeTempDir(root);
});

const open = () => openMendFolder({ dataFolder: root, platform: { ...testPlatform().platform, dataFolder: root }, device: DEVICE });
const marker = async () => JSON.parse(await fs.readFile(path.join(root, FOLDER_FILE), 'utf8')) as { format: number };

describe('the data folder\'s format', () => {
  it('a new folder is marked as this format, and opens again', async () => {
    const first = await open();
    await first.core.call('relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: '' });
    await first.lock.release();
    expect((await marker()).format).toBe(FOLDER_FORMAT);
    const again = await open();
    expect((await again.core.call('relationships:list', { includeArchived: true })).ok).toBe(true);
    await again.lock.release();
  });

  it('a folder a newer Mend marked is refused with a clear message, and nothing in it is written', async () => {
    const first = await open();
    await first.core.call('relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: '' });
    await first.lock.release();
    await fs.writeFile(path.join(root, FOLDER_FILE), JSON.stringify({ mend: 'folder', format: FOLDER_FORMAT + 1 }));
    const before = await listTree(root);
    const stamps = await Promise.all(before.map(async (f) => (await fs.stat(path.join(root, f))).mtimeMs));
    await expect(open()).rejects.toThrow(FOLDER_NEWER);
    expect(await listTree(root)).toEqual(before);
    expect(await Promise.all(before.map(async (f) => (await fs.stat(path.join(root, f))).mtimeMs))).toEqual(stamps);
  });

  it('a folder an older Mend marked (format 2: groups of answers written whole) opens and is marked as this format', async () => {
    const first = await open();
    await first.core.call('relationships:create', { name: 'Sam', role: '', kind: 'peer', started: null, notes: '' });
    await first.lock.release();
    await fs.writeFile(path.join(root, FOLDER_FILE), JSON.stringify({ mend: 'folder', format: 2 }));
    const again = await open();
    expect((await again.core.call('relationships:list', { includeArchived: true })).ok).toBe(true);
    await again.lock.release();
    // A format-2 Mend on the other computer now refuses the folder rather than misread a part's line.
    expect((await marker()).format).toBe(3);
  });

  it('a marker that cannot be read is never written over, and does not keep the folder shut', async () => {
    await fs.mkdir(root, { recursive: true });
    await fs.writeFile(path.join(root, FOLDER_FILE), '{"mend":"fol');
    const app = await open();
    expect((await app.core.call('relationships:list', { includeArchived: true })).ok).toBe(true);
    await app.lock.release();
    expect(await fs.readFile(path.join(root, FOLDER_FILE), 'utf8')).toBe('{"mend":"fol');
  });

  it('stays plain when encryption is turned on: it is read before any unlock', async () => {
    const app = await open();
    await app.lock.release();
    expect((await walk(root)).files).not.toContain(FOLDER_FILE);
  });
});
