import * as path from 'node:path';
import { errorCode, type FsSeam } from './fs-seam';
import { isProcessAlive } from './process-alive';
import { isUnsupportedDirSync } from './storage-errors';
import { parseTempName, tempPathFor } from './storage-paths';

/**
 * Replaces `target` atomically and durably: unique temp file in the same folder, all bytes written and
 * fsynced, `beforeRename` (the backup hook, which must not throw), rename over the target, fsync of the
 * folder. A failure before the rename leaves the target untouched and removes the temp file; the error
 * is the raw file-system error, for the caller to put into words.
 */
export async function writeDurably(
  fs: FsSeam,
  target: string,
  bytes: Uint8Array,
  beforeRename: () => Promise<void>,
): Promise<void> {
  const dir = path.dirname(target);
  await ensureDir(fs, dir);
  const temp = tempPathFor(target);
  try {
    await writeNewFile(fs, temp, bytes);
    await beforeRename();
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined); // best effort: the real error is the one thrown below
    throw error;
  }
  // Without this the rename itself may not survive a power cut, and the save was acknowledged.
  await syncDir(fs, dir);
}

/** Writes every byte to a file that must not exist yet, fsyncs it and closes it. */
async function writeNewFile(fs: FsSeam, file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o600); // journal text: readable by this user only
  let failed = true;
  try {
    let offset = 0;
    while (offset < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, offset);
      if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
      offset += bytesWritten;
    }
    await handle.sync();
    failed = false;
  } finally {
    // A close error matters only when nothing else failed; otherwise keep the first error.
    await handle.close().catch((error: unknown) => {
      if (!failed) throw error;
    });
  }
}

/**
 * mkdir -p, and when it created folders, fsync each new folder's parent so the folders themselves
 * survive a power cut (the file's own folder is fsynced after the rename).
 */
export async function ensureDir(fs: FsSeam, dir: string): Promise<void> {
  const first = await fs.mkdir(dir);
  if (first === undefined) return;
  for (let d = dir; ; d = path.dirname(d)) {
    await syncDir(fs, path.dirname(d));
    if (d === first || path.dirname(d) === d) break;
  }
}

/** fsync a folder, tolerating platforms that cannot (Windows reports EISDIR/EPERM, some FSs EINVAL). */
export async function syncDir(fs: FsSeam, dir: string): Promise<void> {
  try {
    await fs.syncDir(dir);
  } catch (error) {
    if (!isUnsupportedDirSync(error)) throw error;
  }
}

/**
 * Removes temp files left in a folder by writers that died mid-save (a crash, a kill). Files of live
 * processes are left alone: one may be saving right now.
 */
export async function sweepStaleTemps(fs: FsSeam, dir: string): Promise<void> {
  const entries = await fs.readdir(dir);
  for (const entry of entries) {
    const temp = parseTempName(entry.name);
    if (!temp || temp.pid === process.pid || isProcessAlive(temp.pid)) continue;
    await fs.unlink(path.join(dir, entry.name)).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
  }
}

export async function pathExists(fs: FsSeam, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
