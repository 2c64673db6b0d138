import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyJournal, CopyMismatchError, FolderTakenError, markMoveDone, MOVE_MARK } from '../../../src/main/journal-copy';
import { FOLDER_FILE } from '../../../src/main/storage/folder-format';
import { isSweepable, parseTempName, tempPathFor } from '../../../src/main/storage/temp-names';
import { folderFiles } from '../../support/folder-files';
import { bundleFixture, spawnNode, watchLines } from '../storage/helpers/bundle';
import { isTempName, makeTempDir, removeTempDir } from '../storage/helpers/temp-dir';

/**
 * A read back that lies, for the CopyMismatchError test only: `lieAbout` names a file whose bytes the
 * next read returns changed. Every other read is Node's own.
 */
const lie = vi.hoisted(() => ({ about: null as string | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const readFile = (async (...args: Parameters<typeof real.readFile>) => {
    const bytes = await real.readFile(...args);
    if (lie.about !== null && String(args[0]) === lie.about && Buffer.isBuffer(bytes)) {
      lie.about = null;
      const changed = Buffer.from(bytes);
      changed[0] = (changed[0] ?? 0) ^ 0xff;
      return changed;
    }
    return bytes;
  }) as typeof real.readFile;
  return { ...real, default: { ...real, readFile }, readFile };
});

let root: string;
let from: string;
let to: string;
beforeEach(async () => {
  root = await makeTempDir('mend-journal-copy-');
  from = path.join(root, 'from');
  to = path.join(root, 'to');
  await fs.mkdir(to);
});
afterEach(async () => {
  lie.about = null;
  await removeTempDir(root);
});

async function put(dir: string, rel: string, bytes: string | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await fs.writeFile(path.join(dir, rel), bytes);
}

/** The files a copy must bring, with their bytes. */
type Files = Map<string, Buffer>;

/**
 * A data folder as Mend leaves it: its mark, a keyring, journals, each computer's change logs, backups,
 * what damaged/ keeps, plus what is never copied: the lock, a half-written temp file, Finder's file.
 */
async function makeJournal(dir: string, extra = 0): Promise<Files> {
  const wanted: Files = new Map();
  const add = async (rel: string, bytes: string | Buffer) => {
    await put(dir, rel, bytes);
    wanted.set(rel, Buffer.from(bytes));
  };
  await add(FOLDER_FILE, '{"mend":"folder","format":3}\n');
  await add('keyring.json', JSON.stringify({ mend: 'keyring', salt: randomBytes(16).toString('base64') }));
  await add('relationships/r1.json', JSON.stringify({ id: 'r1', name: 'Sam', notes: 'ünïcödé ✓' }));
  await add('relationships/r2.json', randomBytes(3000)); // sealed: not text at all
  await add('relationships/empty.json', '');
  await add('devices/d0a1b2c3/device.json', '{"id":"d0a1b2c3"}');
  await add('devices/d0a1b2c3/changes/r1/000001.log', '{"op":"set"}\n{"op":"set"}\n');
  await add('devices/e9f8a7b6/changes/r2/000001.log', randomBytes(500));
  await add('backups/relationships/r1.json/s0000000001-2026-03-01T10-00-00.000Z-0a1b2c3d', '{"id":"r1","name":"Sam (old)"}');
  await add('damaged/relationships/r3.json.2026-03-01T10-00-00.000Z', '{"id":"r3", torn');

  for (let i = 0; i < extra; i++) await add(`relationships/bulk-${String(i).padStart(4, '0')}.json`, randomBytes(64 + (i % 200)));
  // Never copied:
  await put(dir, 'mend.lock', `${process.pid}\n`);
  // Each computer's own lock in a synced folder, and a reaper's link to a stale one (data-lock.ts).
  await put(dir, 'mend.lock.work-laptop', `${process.pid}\n`);
  await put(dir, 'mend.lock.home-pc.reap-1234', '1');
  await put(dir, path.relative(dir, tempPathFor(path.join(dir, 'relationships', 'r1.json'))), '{"id":"r1","na');
  await put(dir, '.DS_Store', 'Finder');
  // The system's own files are not the journal's, wherever they are (as encryption leaves them: convert-folder.ts).
  await put(dir, 'relationships/.DS_Store', 'Finder, in a subfolder');
  return wanted;
}

/** The destination's files, temp files aside (they are the next start's to sweep). */
/** The destination's files, temp files and the move's own mark aside. */
async function copied(dir: string): Promise<Files> {
  const all = await folderFiles(dir);
  for (const rel of all.keys()) if (isTempName(rel) || rel === MOVE_MARK) all.delete(rel);
  return all;
}

const totalBytes = (files: Files) => [...files.values()].reduce((n, b) => n + b.byteLength, 0);

describe('copying a journal into an empty folder', () => {
  it('brings every file but the lock, temp files and the root’s housekeeping, byte for byte', async () => {
    const wanted = await makeJournal(from);
    const sourceBefore = await folderFiles(from);
    const result = await copyJournal(from, to);
    expect(result).toEqual({ files: wanted.size, bytes: totalBytes(wanted) });
    expect(await copied(to)).toEqual(wanted);
    // Nothing left behind by the copy itself.
    expect([...(await folderFiles(to)).keys()].filter(isTempName)).toEqual([]);
    expect([...(await folderFiles(to)).keys()].filter((rel) => rel.startsWith('mend.lock'))).toEqual([]);
    // The source is only ever read.
    expect(await folderFiles(from)).toEqual(sourceBefore);
  });

  it('never makes the destination folder itself: one that is not there fails, and stays not there', async () => {
    await makeJournal(from);
    // A drive unplugged since the choice: a journal written onto its mount point would look like a lost one.
    const gone = path.join(root, 'unplugged', 'journal');
    await expect(copyJournal(from, gone)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fs.stat(path.join(root, 'unplugged'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('copies an empty journal folder as nothing at all', async () => {
    await fs.mkdir(from);
    await put(from, 'mend.lock', '1');
    expect(await copyJournal(from, to)).toEqual({ files: 0, bytes: 0 });
    // Only the move's mark, until the move is noted as done.
    expect(await fs.readdir(to)).toEqual([MOVE_MARK]);
    await markMoveDone(to);
    expect(await fs.readdir(to)).toEqual([]);
  });

  it('finishes a copy an earlier try left part-way, and a second run over a whole copy changes nothing', async () => {
    const wanted = await makeJournal(from, 30);
    const sourceBefore = await folderFiles(from);
    await copyJournal(from, to);
    // As if that try had stopped: some files, and a whole folder, never arrived.
    await fs.rm(path.join(to, 'devices'), { recursive: true });
    await fs.rm(path.join(to, 'relationships', 'r2.json'));
    await fs.rm(path.join(to, FOLDER_FILE));
    for (const rel of [...wanted.keys()].filter((r) => r.startsWith('relationships/bulk-')).slice(0, 20)) await fs.rm(path.join(to, rel));
    // And a temp file of that try, which the next start sweeps.
    await put(to, path.relative(to, tempPathFor(path.join(to, 'keyring.json'))), 'half');
    expect((await copied(to)).size).toBeLessThan(wanted.size);

    expect(await copyJournal(from, to)).toEqual({ files: wanted.size, bytes: totalBytes(wanted) });
    expect(await copied(to)).toEqual(wanted);
    expect(await copyJournal(from, to)).toEqual({ files: wanted.size, bytes: totalBytes(wanted) });
    expect(await copied(to)).toEqual(wanted);
    expect(await folderFiles(from)).toEqual(sourceBefore);
  });

  it('copies into a folder holding only the system’s and a sync tool’s files, and leaves them', async () => {
    const wanted = await makeJournal(from);
    await put(to, '.DS_Store', 'Finder’s');
    await fs.mkdir(path.join(to, '.stfolder'));
    await copyJournal(from, to);
    const after = await copied(to);
    expect(after.get('.DS_Store')?.toString()).toBe('Finder’s');
    after.delete('.DS_Store');
    expect(after).toEqual(wanted);
    expect((await fs.stat(path.join(to, '.stfolder'))).isDirectory()).toBe(true);
  });

  it('leaves what a sync tool keeps inside its own folders out of both sides (Syncthing’s marker file, old versions)', async () => {
    const wanted = await makeJournal(from);
    // The old folder was a Syncthing folder too: its marker and versions are not the journal's.
    await put(from, '.stversions/relationships/r1~20260101.json', '{"old":true}');
    const marker = '# This directory is a Syncthing folder marker.\n';
    await put(to, '.stfolder/syncthing-folder-4b1e2f.txt', marker);
    await copyJournal(from, to);
    const after = await copied(to);
    expect(after.get('.stfolder/syncthing-folder-4b1e2f.txt')?.toString()).toBe(marker);
    after.delete('.stfolder/syncthing-folder-4b1e2f.txt');
    expect(after).toEqual(wanted);
  });

  it('copies into a folder holding a lock of its own (a Mend that opened it meanwhile is not the journal)', async () => {
    const wanted = await makeJournal(from);
    await put(to, 'mend.lock', 'other');
    await copyJournal(from, to);
    const after = await copied(to);
    expect(after.get('mend.lock')?.toString()).toBe('other');
    after.delete('mend.lock');
    expect(after).toEqual(wanted);
  });
});

describe('a destination that is no longer empty', () => {
  it.each([
    ['another journal’s file', 'relationships/x.json'],
    ['a file of its own at the top', 'holiday.jpg'],
    ['a file deep inside', 'devices/zzzz/changes/x/000001.log'],
  ])('refuses to copy over %s, and writes nothing there', async (_what, foreign) => {
    await makeJournal(from);
    const sourceBefore = await folderFiles(from);
    await put(to, foreign, '{"id":"x","name":"someone else’s"}');
    const before = await folderFiles(to);
    const error = await copyJournal(from, to).then(
      () => expect.unreachable('it copied'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FolderTakenError);
    expect((error as Error).message).toMatch(/no longer empty/);
    expect(await folderFiles(to)).toEqual(before);
    expect(await folderFiles(from)).toEqual(sourceBefore);
  });

  it('with its mark (an earlier try of its own), a file the journal no longer has goes, so a person removed since never comes back', async () => {
    const wanted = await makeJournal(from);
    await copyJournal(from, to);
    // Since that try: a person moved out of relationships/ in the journal (to the Trash, say).
    await fs.rm(path.join(from, 'relationships', 'r1.json'));
    wanted.delete('relationships/r1.json');
    await copyJournal(from, to);
    expect(await copied(to)).toEqual(wanted);
  });

  it('refuses a finished copy (its mark gone) beside a foreign file, leaving both as they are', async () => {
    await makeJournal(from);
    await copyJournal(from, to);
    await markMoveDone(to);
    await put(to, 'relationships/x.json', 'theirs');
    const before = await folderFiles(to);
    await expect(copyJournal(from, to)).rejects.toBeInstanceOf(FolderTakenError);
    expect(await folderFiles(to)).toEqual(before);
  });
});

describe('checking the copy', () => {
  it('fails with CopyMismatchError naming the file when a copy reads back different', async () => {
    await makeJournal(from);
    lie.about = path.join(to, 'relationships', 'r1.json');
    const error = await copyJournal(from, to).then(
      () => expect.unreachable('it copied'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CopyMismatchError);
    expect((error as CopyMismatchError).file).toBe('relationships/r1.json');
    expect((error as Error).message).toContain('relationships/r1.json');
  });
});

describe('a copy killed part-way (kill -9)', () => {
  let work: string;
  let script: string;
  beforeAll(async () => {
    work = await makeTempDir('mend-copy-kill-');
    // Bundled once to plain .mjs: a child then starts in tens of ms, not tsx's ~300 ms each round.
    script = await bundleFixture(path.join(import.meta.dirname, 'fixtures', 'copy-journal.ts'), work);
  });
  afterAll(async () => {
    await removeTempDir(work);
  });

  const ROUNDS = 20;
  const BUDGET_MS = 15_000;

  /** One child life: SIGKILL `delayMs` after it says it starts copying; whether it finished first. */
  async function killOnce(delayMs: number): Promise<'killed' | 'finished'> {
    const child = spawnNode([script, from, to]);
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    const closed = watchLines(child, (line) => {
      if (line === 'start') timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      if (line.startsWith('done ')) finished = true;
    });
    const safety = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const { code, signal, stderr } = await closed;
    clearTimeout(timer);
    clearTimeout(safety);
    if (finished) return 'finished';
    expect(signal, `the copy failed on its own (code ${code}): ${stderr}`).toBe('SIGKILL');
    return 'killed';
  }

  it('leaves only whole files, and the next run completes a byte-identical copy', { timeout: 30_000 }, async () => {
    const wanted = await makeJournal(from, 190);
    const sourceBefore = await folderFiles(from);
    // How long one copy takes here, so the kills fall across the whole of it.
    const scratch = path.join(work, 'scratch');
    await fs.mkdir(scratch);
    const t0 = performance.now();
    await copyJournal(from, scratch);
    const copyMs = Math.max(5, performance.now() - t0);

    const started = performance.now();
    let rounds = 0;
    let killed = 0;
    while (rounds < ROUNDS && performance.now() - started < BUDGET_MS) {
      const outcome = await killOnce(Math.random() * copyMs * 1.2);
      rounds++;
      if (outcome === 'killed') killed++;
      // Whatever arrived is whole: every file there is one of the journal's, with its bytes.
      for (const [rel, bytes] of await copied(to)) expect(bytes.equals(wanted.get(rel) ?? Buffer.alloc(0)), rel).toBe(true);
      expect(await folderFiles(from)).toEqual(sourceBefore);
    }
    console.log(`journal copy: ${rounds} rounds, ${killed} killed part-way, one copy ~${Math.round(copyMs)} ms`);
    expect(killed).toBeGreaterThan(0);

    expect(await copyJournal(from, to)).toEqual({ files: wanted.size, bytes: totalBytes(wanted) });
    expect(await copied(to)).toEqual(wanted);
    expect(await folderFiles(from)).toEqual(sourceBefore);
    // The killed children's temp files stay for the next start, which may sweep every one of them.
    const now = Date.now();
    for (const rel of [...(await folderFiles(to)).keys()].filter(isTempName)) {
      const temp = parseTempName(path.basename(rel));
      expect(temp, rel).not.toBeNull();
      const age = now - (await fs.stat(path.join(to, rel))).mtimeMs;
      expect(isSweepable(temp!, age, true), rel).toBe(true);
    }
  });
});
