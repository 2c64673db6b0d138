import * as path from 'node:path';
import { KeyedMutex } from '../../core/store/mutex';
import { ensureDir, pathExists, syncDir } from './durable-write';
import { errorCode, type FileIdentity, type FsSeam, type SeamFileHandle } from './fs-seam';
import type { QuickDisk } from './quick-disk';

/** A log held open this long without an append is closed (a pause in typing, another journal opened). */
const IDLE_MS = 10_000;

/** A change log held open between appends: its handle, which file that is, and when it was last used. */
interface HeldLog {
  handle: SeamFileHandle;
  file: FileIdentity;
  lastUsed: number;
}

/**
 * The appends to change logs, durable before they resolve. Each append used to be open, write, fsync,
 * close: four round trips to the thread pool, each with its own main-thread work, and most of what a
 * save waited for beside the fsync itself. With `keep`, a log stays open after an append, so the next is
 * a write and an fsync (or one O_SYNC write, below), with a stat of the log's path made beside the write.
 *
 * Why the stat: an append must land in the file at the log's path, the one other computers read. A sync
 * tool may put another file there (a version from elsewhere, a restore), and this computer rewrites its
 * own logs by rename (a trim, a torn save cut off, a conversion to or from encryption). A held handle
 * still reaches the file that was there, where nobody reads it any more. So the path's file is compared
 * with the held one: when another file is there, the bytes went to one no longer read, and the append is
 * made again, through a fresh open, into the file now at the path; when none is, the log is made again
 * in its folder (never the folder: a data folder moved away while Mend is open refuses the save, as an
 * open without a held handle did). Never twice into one file (that would count a save twice in the
 * log's row numbers): only after the stat says it is another file. The race left, a file replaced
 * between the stat and the write, is the one an open before each write always had. What is left behind
 * is a line in a file no longer at the log's path (deleted, or a sync tool's copy, merged like any).
 *
 * With `writeThrough`, a log is opened 'as' (O_APPEND | O_SYNC): each write returns only once its bytes
 * and the file's size are on the disk, as a write then an fsync would, in one call to the thread pool
 * instead of two. That second round trip was about a fifth of a save's time at L (the save probe,
 * `tests/bench/save-probe.ts 400`, six runs each way taken in turn on 5 December: medians 0.32–0.41 ms
 * against 0.40–0.46 with the fsync apart). Linux only (node-file-store.ts's writeThroughHere): on macOS
 * Node's fsync flushes the drive's cache (F_FULLFSYNC) and O_SYNC does not; on Windows O_SYNC is
 * write-through, not the flush an fsync makes there.
 *
 * With `quick` as well, once the disk has shown itself quick (quick-disk.ts), an append to a log held
 * open is made on the main thread: the stat of the path, then the O_SYNC write, each a synchronous call,
 * so no thread has to wake another. The path's file is looked at before the write there, so bytes meant
 * for a log that was replaced never reach the file no longer read.
 *
 * Appends and closes of one log run one after another, and a handle is closed only once every call on
 * it has settled (a descriptor closed under a queued write may be the next file's, which the write then
 * reaches). Writes that replace a log through this store (rewrites, moves) first `release` it; a
 * conversion of the folder releases them all (releaseAll).
 */
export class OpenLogs {
  private readonly held = new Map<string, HeldLog>();
  private readonly turns = new KeyedMutex();
  /** Logs appended to (and so known to exist, their folder entry durable). */
  private readonly known = new Set<string>();

  constructor(
    private readonly fs: FsSeam,
    /** Hold logs open between appends (the real file system); false opens and closes each time. */
    private readonly keep: boolean,
    private readonly idleMs = IDLE_MS,
    /** Open logs O_SYNC and make no fsync of their own (see the class comment): the real file system on Linux only. */
    private readonly writeThrough = false,
    /** Tells when appends through a held log may be made on the main thread (write-through only). */
    private readonly quick: QuickDisk | null = null,
  ) {}

  append(target: string, bytes: Uint8Array): Promise<void> {
    return this.turns.run(target, async () => {
      const held = this.held.get(target);
      if (!held) return this.appendFresh(target, bytes);
      const started = this.quick?.now() ?? 0;
      try {
        if (this.writeThrough && this.quick?.onMainThread && held.handle.writeNow && this.fs.identifyNow) {
          const at = await this.appendHeldNow(target, held, bytes);
          if (at === 'same') return this.quick.took(this.quick.now() - started);
          this.quick.unsettled(); // the log was replaced or removed: back to the pool until quick again
          return await this.appendFresh(target, bytes, at === 'gone');
        }
        await this.appendHeld(target, held, bytes);
      } catch (error) {
        // A disk that fails (EIO after a long timeout, a share gone away) must not be written to on the
        // main thread again before it has shown itself quick once more.
        this.quick?.unsettled();
        throw error;
      }
      this.quick?.took(this.quick.now() - started);
    });
  }

  /** Before this store replaces or moves `target`: a handle held on it is closed first. */
  release(target: string): Promise<void> {
    if (!this.held.has(target)) return Promise.resolve();
    return this.turns.run(target, () => this.close(target));
  }

  /** Closes every log held open: the folder's files are about to be converted (renamed over) outside this store. */
  async releaseAll(): Promise<void> {
    await Promise.all([...this.held.keys()].map((target) => this.release(target)));
  }

  /**
   * Write and fsync (or one O_SYNC write) through the held handle, with the path's file checked beside the write. When the
   * path holds another file (or none) now, the handle is closed and the append made again, afresh.
   */
  private async appendHeld(target: string, held: HeldLog, bytes: Uint8Array): Promise<void> {
    held.lastUsed = Date.now();
    // Both settle before anything else happens to the handle: a failed stat never closes it under the write.
    const [at, wrote] = await Promise.allSettled([this.fileAt(target, held.file), writeAll(held.handle, bytes)]);
    if (at.status === 'rejected' || wrote.status === 'rejected') {
      await this.close(target); // as an append through a fresh handle fails: the next one opens the log again
      throw wrote.status === 'rejected' ? wrote.reason : (at as PromiseRejectedResult).reason;
    }
    if (at.value !== 'same') {
      await this.close(target);
      await this.appendFresh(target, bytes, at.value === 'gone');
      return;
    }
    if (this.writeThrough) return; // the write itself was synchronised (O_SYNC)
    try {
      await held.handle.sync();
    } catch (error) {
      await this.close(target);
      throw error;
    }
  }

  /**
   * appendHeld on the main thread: the path's file first, then the write, both synchronous calls. When
   * the path holds another file (or none) now, nothing is written through the handle, which is closed;
   * the caller appends afresh. An error closes the handle, as in appendHeld, so the next append opens the
   * log again. No await before the write: nothing else runs on the main thread between the look and it.
   */
  private async appendHeldNow(target: string, held: HeldLog, bytes: Uint8Array): Promise<'same' | 'other' | 'gone'> {
    held.lastUsed = Date.now();
    let at: 'same' | 'other' | 'gone';
    try {
      const now = this.fs.identifyNow!(target);
      at = now === null ? 'gone' : now.ino === held.file.ino && now.dev === held.file.dev ? 'same' : 'other';
      if (at === 'same') writeAllNow(held.handle, bytes);
    } catch (error) {
      await this.close(target);
      throw error;
    }
    if (at !== 'same') await this.close(target);
    return at;
  }

  /**
   * Opens the log and appends. A file new to this store has its folder made and, when the file itself is
   * new, the folder fsynced too, so an acknowledged first line survives a power cut. The write has no
   * position (null): with the 'a' (or 'as') flag every platform then writes at the file's end as it is at that
   * moment (write(2) on an O_APPEND descriptor on Linux and macOS; libuv opens it FILE_APPEND_DATA on
   * Windows). No stat is needed, and a file trimmed or rewritten by rename since the last append is
   * appended to at its new end. (A position would be wrong on macOS, where pwrite honours it over
   * O_APPEND, and is ignored on Linux.)
   */
  private async appendFresh(target: string, bytes: Uint8Array, gone = false): Promise<void> {
    // `gone`: a held log no longer at its path; its folder is not made again (see the class comment).
    let created = gone;
    if (!this.known.has(target)) {
      await ensureDir(this.fs, path.dirname(target));
      created = !(await pathExists(this.fs, target));
    }
    const handle = await this.fs.open(target, this.writeThrough ? 'as' : 'a', 0o600);
    let file: FileIdentity | null = null;
    let failed = true;
    try {
      // Both settle before the handle may be closed (identityOf itself never fails).
      const [id, wrote] = await Promise.allSettled([this.keep && this.fs.identify ? identityOf(handle) : null, writeAll(handle, bytes)]);
      if (wrote.status === 'rejected') throw wrote.reason;
      file = id.status === 'fulfilled' ? id.value : null;
      if (!this.writeThrough) await handle.sync();
      if (created) await syncDir(this.fs, path.dirname(target));
      failed = false;
    } finally {
      // A close error matters only when nothing else failed; otherwise keep the first error.
      if (failed || !file) {
        await handle.close().catch((error: unknown) => {
          if (!failed) throw error;
        });
      }
    }
    if (file) this.hold(target, handle, file);
    this.known.add(target);
  }

  /** Whether `target` is still the file held open, another file, or none. */
  private async fileAt(target: string, file: FileIdentity): Promise<'same' | 'other' | 'gone'> {
    try {
      const now = await this.fs.identify!(target);
      return now.ino === file.ino && now.dev === file.dev ? 'same' : 'other';
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return 'gone';
      throw error;
    }
  }

  private hold(target: string, handle: SeamFileHandle, file: FileIdentity): void {
    const held: HeldLog = { handle, file, lastUsed: Date.now() };
    this.held.set(target, held);
    this.closeWhenIdle(target, held, this.idleMs);
  }

  /**
   * Closes a held log once no append used it for `idleMs`: a sync tool or a person moving the folder
   * (Windows keeps a folder with an open file in it) is never held up for long. One timer per held log,
   * looking again when it fires (setting a timer on every append cost a tenth of a save's own work).
   */
  private closeWhenIdle(target: string, held: HeldLog, ms: number): void {
    const timer = setTimeout(() => {
      if (this.held.get(target) !== held) return;
      const left = held.lastUsed + this.idleMs - Date.now();
      if (left > 0) this.closeWhenIdle(target, held, left);
      else void this.turns.run(target, () => (this.held.get(target) === held ? this.close(target) : Promise.resolve()));
    }, ms);
    timer.unref(); // a held log never keeps the process alive
  }

  /** Closes a held log; its close can lose nothing (every append through it was fsynced), so errors are ignored. */
  private async close(target: string): Promise<void> {
    const held = this.held.get(target);
    if (!held) return;
    this.held.delete(target);
    await held.handle.close().catch(() => undefined);
  }
}

/** Which file a handle has open, or null when it cannot say (then it is not held open). */
async function identityOf(handle: SeamFileHandle): Promise<FileIdentity | null> {
  if (!handle.identity) return null;
  const file = await handle.identity().catch(() => null);
  // A file system without inode numbers (0 for every file) cannot tell a replaced file apart.
  return file && file.ino !== 0n ? file : null;
}

function writeAllNow(handle: SeamFileHandle, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const bytesWritten = handle.writeNow!(bytes, offset, bytes.byteLength - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

async function writeAll(handle: SeamFileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, null);
    if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    offset += bytesWritten;
  }
}
