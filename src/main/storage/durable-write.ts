import * as path from 'node:path';
import { errorCode, type FsSeam } from './fs-seam';
import { isUnsupportedDirSync } from './storage-errors';
import { isSweepable, parseTempName, tempPathFor } from './temp-names';

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
 * Removes temp files left in a folder by writers that died mid-save (a crash, a kill); see temp-names.ts
 * for which may go. With `scrub`, each is overwritten with zeros first (it may hold plain journal text).
 */
export async function sweepStaleTemps(fs: FsSeam, dir: string, options: { scrub?: boolean; nowMs?: number; atStart?: boolean } = {}): Promise<number> {
  const nowMs = options.nowMs ?? Date.now();
  let removed = 0;
  for (const entry of await fs.readdir(dir)) {
    const temp = entry.isFile() ? parseTempName(entry.name) : null;
    if (!temp) continue;
    const file = path.join(dir, entry.name);
    const modified = await fs.stat(file).then((s) => s.mtimeMs, () => undefined);
    if (!isSweepable(temp, modified === undefined ? undefined : nowMs - modified, options.atStart)) continue;
    if (options.scrub) await scrub(fs, file);
    await fs.unlink(file).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
    removed++;
  }
  return removed;
}

/**
 * Best effort: zeros over a file's bytes, fsynced, before it is unlinked, so a plain temp's text does
 * not linger in the freed blocks of a simple disk. (Copy-on-write and flash disks may keep old blocks
 * anyway; the journal's own files are protected by sealing, not by this.)
 */
export async function scrub(fs: FsSeam, file: string): Promise<void> {
  try {
    const { size } = await fs.stat(file);
    const handle = await fs.open(file, 'r+');
    try {
      const zeros = new Uint8Array(Math.min(size, 1 << 20));
      for (let at = 0; at < size; at += zeros.byteLength) {
        await handle.write(zeros, 0, Math.min(zeros.byteLength, size - at), at);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The unlink that follows still removes it; zeroing is an extra, not a condition.
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
