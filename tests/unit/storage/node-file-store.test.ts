import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/core/errors';
import { DEFAULT_POLICY, backupsToKeep, pruneInterval } from '../../../src/main/storage/backup-policy';
import { type FsSeam } from '../../../src/main/storage/fs-seam';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { parseBackupId } from '../../../src/main/storage/storage-paths';
import { faultyFs, fsError, noLinksFs, type FaultPoint } from './helpers/fault-fs';
import { isTempName, listTree, makeTempDir, removeTempDir } from './helpers/temp-dir';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));
const FILE = 'relationships/r1.json';
const parseBackupIdOrThrow = (id: string) => parseBackupId(id) ?? expect.unreachable(`not a backup id: ${id}`);

let root: string;
beforeEach(async () => {
  root = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(root);
});

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('node file store: reading and writing', () => {
  it('round-trips bytes, creating folders, and lists file names only', async () => {
    const store = createNodeFileStore(root);
    const payload = new Uint8Array(300_000).map((_, i) => i % 251);
    await store.write(FILE, payload);
    await store.write('index.json', bytes('{}'));
    expect(Buffer.compare((await store.read(FILE))!, payload)).toBe(0);
    expect(await store.list('relationships')).toEqual(['r1.json']);
    expect(await store.list('')).toEqual(['index.json']); // folders and backups/ are not files
    expect(await store.read('relationships/missing.json')).toBeNull();
    expect(await store.list('nowhere')).toEqual([]);
    expect((await listTree(root)).filter(isTempName)).toEqual([]);
  });

  it('writes an empty file and reports a folder read as a file as a storage error', async () => {
    const store = createNodeFileStore(root);
    await store.write('empty.json', new Uint8Array());
    expect(await store.read('empty.json')).toEqual(new Uint8Array());
    await store.write('relationships/x.json', bytes('1'));
    expect((await rejection(store.read('relationships'))).code).toBe('storage');
  });

  it('refuses every path that leaves the data folder', async () => {
    const data = path.join(root, 'data'); // so anything escaping it would still land where we can see
    const store = createNodeFileStore(data);
    const bad = ['../x.json', '/etc/passwd', 'a/../../x', 'a/./b', 'C:\\x', 'C:x', '', 'a//b', '..\\x', 'a\0b'];
    for (const p of bad) {
      expect((await rejection(store.write(p, bytes('x')))).code).toBe('invalid-input');
      expect((await rejection(store.read(p))).code).toBe('invalid-input');
      expect((await rejection(store.move('index.json', p))).code).toBe('invalid-input');
      expect((await rejection(store.backups(p))).code).toBe('invalid-input');
    }
    expect((await rejection(store.list('../'))).code).toBe('invalid-input');
    expect((await listTree(root)).filter((f) => !f.startsWith(`data${path.sep}`))).toEqual([]);
  });

  it('moves a file into a new folder, refusing to replace one or to move a missing one', async () => {
    const store = createNodeFileStore(root);
    await store.write('a.json', bytes('A'));
    await store.write('trash/b.json', bytes('B'));
    await store.move('a.json', 'set-aside/a.json');
    expect(text(await store.read('set-aside/a.json'))).toBe('A');
    expect(await store.read('a.json')).toBeNull();
    expect((await rejection(store.move('set-aside/a.json', 'trash/b.json'))).code).toBe('conflict');
    expect(text(await store.read('trash/b.json'))).toBe('B');
    expect((await rejection(store.move('gone.json', 'trash/gone.json'))).code).toBe('not-found');
  });

  it('removes temp files left by a writer that died, but not those of live processes', async () => {
    await fs.mkdir(path.join(root, 'relationships'));
    const dead = path.join(root, 'relationships', '.r1.json.2147483646-abcd.tmp');
    const live = path.join(root, 'relationships', `.r1.json.${process.ppid}-abcd.tmp`);
    await fs.writeFile(dead, 'half');
    await fs.writeFile(live, 'half');
    await createNodeFileStore(root).write(FILE, bytes('{}'));
    expect(await fs.readdir(path.join(root, 'relationships'))).toEqual(
      [path.basename(live), 'r1.json'].sort(),
    );
  });
});

describe('node file store: earlier versions', () => {
  it('keeps the replaced version on every overwrite, newest first, readable', async () => {
    let t = 0;
    const store = createNodeFileStore(root, { now: () => new Date(t) });
    for (const [i, v] of ['one', 'two', 'three'].entries()) {
      t = Date.parse('2025-03-01T10:00:00.000Z') + i * 1000;
      await store.write(FILE, bytes(v));
    }
    const list = await store.backups(FILE);
    expect(list.map((b) => b.size)).toEqual([3, 3]);
    expect(await Promise.all(list.map(async (b) => text(await store.readBackup(FILE, b.id))))).toEqual(['two', 'one']);
    expect(Date.parse(list[0]!.at)).toBeGreaterThan(Date.parse(list[1]!.at));
    expect(list.map((b) => b.at)).toEqual(['2025-03-01T10:00:02.000Z', '2025-03-01T10:00:01.000Z']);
    expect(await store.backups('relationships/other.json')).toEqual([]);
    for (const id of ['../r1.json', 'a/b', 'a\\b', '..', '']) {
      expect((await rejection(store.readBackup(FILE, id))).code).toBe('invalid-input');
    }
    expect((await rejection(store.readBackup(FILE, '2025-01-01T00-00-00.000Z-00'))).code).toBe('not-found');
  });

  it('prunes to the newest keepLast plus the newest of each recent day', async () => {
    const policy = { keepLast: 3, dailyDays: 5 };
    let now = new Date();
    const store = createNodeFileStore(root, { backups: policy, now: () => now });
    for (let day = 0; day < 10; day++) {
      for (let quarter = 0; quarter < 4; quarter++) {
        now = new Date(2025, 2, 1 + day, quarter * 6, 30); // local time: days are calendar days here
        await store.write(FILE, bytes(`day ${day} quarter ${quarter}`));
      }
    }
    const ids = (await store.backups(FILE)).map((b) => b.id);
    const wanted = backupsToKeep(ids, now, policy);
    expect(ids.filter((id) => wanted.has(id))).toEqual([...wanted].sort().reverse()); // all wanted are there
    expect(ids.length).toBeLessThanOrEqual(wanted.size + pruneInterval(policy) + 1); // pruned lazily, not never
    const days = new Set(ids.map((id) => new Date(Date.parse((parseBackupIdOrThrow(id)))).getDate()));
    expect([...days].filter((d) => d <= 4)).toEqual([]); // 1-4 March are outside the five-day window
    expect(wanted.size).toBe(3 + 4); // newest three (all today) + the newest of each of the four days before
  });

  it('never holds a save up for a policy still being read, and prunes by it once it is read', async () => {
    let settle: (p: { keepLast: number; dailyDays: number }) => void = () => undefined;
    const later = new Promise<{ keepLast: number; dailyDays: number }>((resolve) => (settle = resolve));
    const store = createNodeFileStore(root, { backups: later });
    // The policy never arrives during these: every save still finishes (pruning runs before a save's rename).
    for (let i = 0; i < 14; i++) await store.write(FILE, bytes(`save ${i}`));
    expect((await store.backups(FILE)).length).toBe(13); // nothing pruned yet, nothing lost
    settle({ keepLast: 1, dailyDays: 0 });
    await later;
    await store.write(FILE, bytes('last'));
    expect(text(await store.read(FILE))).toBe('last');
    // The first save after it prunes to the policy read, not the default ten.
    expect((await store.backups(FILE)).length).toBe(1);
  });

  it('keeps the default policy, and says so once, when the settings could not be read at all', async () => {
    const warnings: string[] = [];
    const store = createNodeFileStore(root, { backups: Promise.reject(new Error('unreadable')), warn: (m) => warnings.push(m) });
    await store.write(FILE, bytes('first'));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the rejection is seen
    for (let i = 0; i < 30; i++) await store.write(FILE, bytes(`save ${i}`));
    const kept = (await store.backups(FILE)).length;
    expect(kept).toBeGreaterThanOrEqual(DEFAULT_POLICY.keepLast);
    expect(kept).toBeLessThanOrEqual(DEFAULT_POLICY.keepLast + pruneInterval(DEFAULT_POLICY));
    expect(warnings).toEqual([expect.stringMatching(/^Could not read the backup settings .*keeping the default number of versions\.$/)]);
  });

  it('copies instead of linking on volumes without hard links', async () => {
    const store = createNodeFileStore(root, { fs: noLinksFs() });
    await store.write(FILE, bytes('old'));
    await store.write(FILE, bytes('new'));
    const [only] = await store.backups(FILE);
    expect(text(await store.readBackup(FILE, only!.id))).toBe('old');
    expect(text(await store.read(FILE))).toBe('new');
  });

  it('still saves when no backup can be kept, and says so without content', async () => {
    const warnings: string[] = [];
    const broken: FsSeam = { ...noLinksFs(), copyFile: () => Promise.reject(fsError('ENOSPC')) };
    const store = createNodeFileStore(root, { fs: broken, warn: (m) => warnings.push(m) });
    await store.write(FILE, bytes('secret one'));
    await store.write(FILE, bytes('secret two'));
    expect(text(await store.read(FILE))).toBe('secret two');
    expect(warnings).toEqual([`Could not keep an earlier version of ${FILE}: the disk is full.`]);
  });
});

describe('node file store: faults during a save', () => {
  const cases: Array<[FaultPoint, string, RegExp]> = [];
  for (const point of ['open', 'write', 'sync', 'rename'] as const) {
    cases.push([point, 'ENOSPC', /the disk is full/]);
    cases.push([point, 'EIO', /an input\/output error/]);
    cases.push([point, 'EROFS', /the folder is read-only/]);
  }

  it.each(cases)('%s fails with %s: clear error, previous bytes intact, no temp file', async (point, code, reason) => {
    const previous = new Uint8Array(50_000).map((_, i) => (i * 7) % 256);
    await createNodeFileStore(root).write(FILE, previous);
    const before = await listTree(root);
    const seam = faultyFs(point, code);
    const store = createNodeFileStore(root, { fs: seam });
    const error = await rejection(store.write(FILE, bytes('{"secret":"do not log me"}')));
    expect(seam.fired()).toBe(true);
    expect(error.code).toBe('storage');
    expect(error.message).toContain(FILE);
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain('secret');
    expect(error.message).not.toContain(root); // relative path only
    expect(Buffer.compare(await fs.readFile(path.join(root, FILE)), previous)).toBe(0);
    const after = await listTree(root);
    expect(after.filter(isTempName)).toEqual([]);
    // A backup of the unchanged file may have been kept just before a failed rename; nothing else changes.
    expect(after.filter((f) => !f.startsWith('backups'))).toEqual(before.filter((f) => !f.startsWith('backups')));
    expect(Buffer.compare((await store.read(FILE))!, previous)).toBe(0);
  });

  it('fails a first save into a folder it cannot create, naming the file', async () => {
    await fs.writeFile(path.join(root, 'relationships'), 'a file in the way');
    const error = await rejection(createNodeFileStore(root).write(FILE, bytes('{}')));
    expect(error.code).toBe('storage');
    expect(error.message).toBe(`Could not save ${FILE}: a file is in the way of a folder.`);
  });

});
