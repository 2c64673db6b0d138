import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { errorCode, nodeFs } from './storage/fs-seam';
import { writeDurably } from './storage/durable-write';
import { parseTempName } from './storage/temp-names';
import { HOUSEKEEPING } from './folder-look';
import { LOCK_FILE } from './storage/data-lock';

/** The folder's locks (mend.lock, mend.lock.<computer>, and a reaper's link): live state of the Mends using it, never copied. */
const isLock = (rel: string): boolean => rel === LOCK_FILE || rel.startsWith(`${LOCK_FILE}.`);

/** Every file of a data folder worth copying, by its path relative to the folder ('/'-separated). */
async function filesOf(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    // Half-written temp files of an earlier run are left behind, as the next start would sweep them;
    // a sync tool's or the system's own files (at the root, and what its folders hold, e.g.
    // .stfolder/ or .stversions/) are not the journal's, as folder-look judged when it was picked.
    if (isLock(rel) || parseTempName(entry.name) !== null || HOUSEKEEPING.has(rel.split('/')[0]!)) continue;
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

/**
 * Copies a data folder into another, file by file, each written durably (temp file, fsync, rename), then
 * compares each copy, read back, with its source. Safe to run again after a crash part-way: each
 * file is replaced whole and read back at once, and `from` is only ever read. Snapshots, change logs, the keyring, backups and
 * what damaged/ keeps all go: the copy is the same journal, sealed or not, for every computer.
 */
export async function copyJournal(from: string, to: string): Promise<{ files: number; bytes: number }> {
  const source = await filesOf(from);
  // The folder was empty when picked. What it holds now must be an earlier try's copy, nothing else:
  // another computer's journal, arrived meanwhile through a sync tool, is never written over.
  const wanted = new Set(source);
  if ((await filesOf(to)).some((rel) => !wanted.has(rel))) throw new FolderTakenError();
  let files = 0;
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
    files += 1;
    total += bytes.byteLength;
  }
  return { files, bytes: total };
}
