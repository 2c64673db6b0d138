import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { errorCode, nodeFs } from './storage/fs-seam';
import { syncDir, writeDurably } from './storage/durable-write';
import { parseTempName } from './storage/temp-names';
import { isSyncToolsOwn } from './storage/sync-tool-files';
import { LOCK_FILE } from './storage/data-lock';

/**
 * Written first into the folder a move copies into, and removed only once the move is noted as done
 * (data-folder-start.ts): while it is there, what the folder holds is a copy Mend is making, never a
 * journal to open, and a later try may replace it whole.
 */
export const MOVE_MARK = '.mend-move-unfinished';

/** The folder's locks (mend.lock, mend.lock.<computer>, and a reaper's link): live state of the Mends using it, never copied. */
const isLock = (rel: string): boolean => rel === LOCK_FILE || rel.startsWith(`${LOCK_FILE}.`);

/** Every file of a data folder worth copying, by its path relative to the folder ('/'-separated). */
async function filesOf(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    // Half-written temp files of an earlier run are left behind, as the next start would sweep them;
    // a sync tool's or the system's own files (with what its folders hold: .stfolder/, .stversions/)
    // are not the journal's, as folder-look judged when the folder was picked.
    if (isLock(rel) || rel === MOVE_MARK || parseTempName(entry.name) !== null || isSyncToolsOwn(rel)) continue;
    out.push(rel);
  }
  return out.sort();
}

/** Thrown when the folder to copy into holds files the journal does not (it was empty when picked). */
export class FolderTakenError extends Error {
  constructor() {
    super('The folder is no longer empty, so Mend did not copy your journal into it.');
    this.name = 'FolderTakenError';
  }
}

/** Thrown when the copy read back differs from the journal it came from; nothing is opened then. */
export class CopyMismatchError extends Error {
  constructor(readonly file: string) {
    super(`The copy of ${file} does not match the journal it came from.`);
    this.name = 'CopyMismatchError';
  }
}

const hasMark = (to: string): Promise<boolean> => stat(join(to, MOVE_MARK)).then(() => true, () => false);

/**
 * Copies a data folder into another, file by file, each written durably (temp file, fsync, rename)
 * and read back at once to compare with its source; then lists the copy again, so a file that a later
 * one replaced (two names one case-insensitive disk sees as one) is caught. `from` is only ever read.
 * Snapshots, change logs, the keyring, backups and what damaged/ keeps all go: the copy is the same
 * journal, sealed or not, for every computer.
 *
 * The folder gets MOVE_MARK first, and keeps it: the caller removes it (markMoveDone) once the move is
 * noted. Safe to run again after a crash part-way: with the mark there, what the folder holds is an
 * earlier try's copy, and a file the journal no longer has (a person since deleted) goes, so it never
 * comes back. Without the mark the folder must hold nothing but the system's and sync tools' files:
 * another computer's journal, arrived meanwhile, is never written over.
 */
export async function copyJournal(from: string, to: string): Promise<{ files: number; bytes: number }> {
  const source = await filesOf(from);
  const wanted = new Set(source);
  const there = await filesOf(to);
  if (await hasMark(to)) {
    for (const rel of there) if (!wanted.has(rel)) await unlink(join(to, rel));
  } else {
    if (there.length > 0) throw new FolderTakenError();
    await writeDurably(nodeFs, join(to, MOVE_MARK), new TextEncoder().encode('Mend is copying a journal here; this file goes once the copy is whole.\n'), async () => undefined);
  }
  const done: string[] = [];
  let total = 0;
  for (const rel of source) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(from, rel));
    } catch (error) {
      // Gone since the listing (a sync tool tidying up): nothing to copy.
      if (errorCode(error) === 'ENOENT') continue;
      throw error;
    }
    await writeDurably(nodeFs, join(to, rel), bytes, async () => undefined);
    // Checked file by file, so a large folder is never held in memory whole.
    if (!(await readFile(join(to, rel))).equals(bytes)) throw new CopyMismatchError(rel);
    done.push(rel);
    total += bytes.byteLength;
  }
  const copied = new Set(await filesOf(to));
  for (const rel of done) if (!copied.has(rel)) throw new CopyMismatchError(rel);
  return { files: done.length, bytes: total };
}

/** The move is noted as done: the folder is a journal from now on. Missing already is fine. */
export async function markMoveDone(to: string): Promise<void> {
  try {
    await unlink(join(to, MOVE_MARK));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  await syncDir(nodeFs, to);
}
