import * as path from 'node:path';
import { DomainError, isDomainError } from '../../core/errors';
import type { FileStore } from '../../core/store/file-store';
import { createBackupKeeper } from './backup-keeper';
import { DEFAULT_POLICY, type BackupPolicy } from './backup-policy';
import { ensureDir, pathExists, sweepStaleTemps, syncDir, writeDurably } from './durable-write';
import { errorCode, nodeFs, type FsSeam } from './fs-seam';
import { openLogChunks } from './log-chunks';
import { OpenLogs } from './open-logs';
import { isLocalType, QuickDisk } from './quick-disk';
import { statfs } from 'node:fs/promises';
import { reasonFor, storageError } from './storage-errors';
import { resolveInside } from './storage-paths';

export interface NodeFileStoreOptions {
  /** The file system; tests pass one that injects faults or models a power cut. */
  fs?: FsSeam;
  /** How many earlier versions to keep; a promise while the settings are still being read (saves never wait for it: backup-keeper.ts). */
  backups?: BackupChoice | PromiseLike<BackupChoice>;
  now?: () => Date;
  /** Hold change logs open between appends (open-logs.ts). Default: see keepLogsOpenHere. */
  keepLogsOpen?: boolean;
  /** Append to change logs through O_SYNC, with no fsync apart (open-logs.ts). Default: see writeThroughHere. */
  writeThroughLogs?: boolean;
  /**
   * When appends to a log held open may be made on the main thread (quick-disk.ts); null never. Default:
   * a fresh QuickDisk where logs are written through (writeThroughHere), else null.
   */
  quickDisk?: QuickDisk | null;
  /** Where non-fatal problems (a backup that could not be kept) are reported. Paths only, never content. */
  warn?: (message: string) => void;
  /** Change logs are read this much at a time (log-chunks.ts); tests cut it small. */
  logChunkBytes?: number;
}

/**
 * The durable FileStore over a data folder. Every path is relative to `root` and may not leave it.
 * See durable-write.ts for the save sequence and backup-keeper.ts for earlier versions.
 */
export function createNodeFileStore(root: string, options: NodeFileStoreOptions = {}): FileStore {
  const fs = options.fs ?? nodeFs;
  // A process warning shows on stderr (and to any 'warning' listener) without breaking the no-console rule.
  const warn = options.warn ?? ((message: string) => process.emitWarning(message, 'MendStorageWarning'));
  const backups = createBackupKeeper({
    fs,
    root: path.resolve(root),
    policy: policyOf(options.backups, warn),
    now: options.now ?? (() => new Date()),
    warn,
  });
  const at = (rel: string, allowRoot = false) => resolveInside(path.resolve(root), rel, allowRoot);
  const writeThrough = options.writeThroughLogs ?? writeThroughHere(options.fs);
  const quickDisk =
    options.quickDisk !== undefined ? options.quickDisk : writeThrough ? new QuickDisk(undefined, undefined, undefined, async () => isLocalType((await statfs(path.resolve(root))).type)) : null;
  const logs = new OpenLogs(fs, options.keepLogsOpen ?? keepLogsOpenHere(options.fs), undefined, writeThrough, quickDisk);
  /** Append targets as resolved once: a log is appended to on every save, and its path never changes. */
  const logTargets = new Map<string, string>();
  /** Folders already swept of dead writers' temp files by this store. */
  const swept = new Set<string>();

  async function sweepOnce(dir: string): Promise<void> {
    if (swept.has(dir)) return;
    swept.add(dir);
    await sweepStaleTemps(fs, dir).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return; // a first save: no folder yet, so nothing to tidy
      warn(`Could not tidy unfinished saves in a folder: ${reasonFor(error)}.`);
    });
  }

  return {
    async read(rel) {
      const file = at(rel);
      try {
        return await fs.readFile(file);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null;
        throw storageError('read', rel, error);
      }
    },

    ...(readLogsInChunksHere(options.fs) ? { readLogChunks: (rel: string) => openLogChunks(at(rel), rel, options.logChunkBytes) } : {}),

    async write(rel, bytes) {
      const target = at(rel);
      // Before our own temp file exists, so a crash loop never leaves more than one behind.
      await sweepOnce(path.dirname(target));
      await logs.release(target); // a log rewritten here (a trim, a torn save cut) is appended to afresh
      try {
        await writeDurably(fs, target, bytes, () => backups.preserve(rel, target));
      } catch (error) {
        throw storageError('save', rel, error);
      }
    },

    async append(rel, bytes) {
      let target = logTargets.get(rel);
      if (target === undefined) logTargets.set(rel, (target = at(rel)));
      try {
        await logs.append(target, bytes);
      } catch (error) {
        throw storageError('save', rel, error);
      }
    },

    async size(rel) {
      try {
        return (await fs.stat(at(rel))).size;
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null;
        throw storageError('read', rel, error);
      }
    },

    async list(rel) {
      try {
        const entries = await fs.readdir(at(rel, true));
        return entries
          .filter((e) => e.isFile() && !e.name.startsWith('.'))
          .map((e) => e.name)
          .sort();
      } catch (error) {
        if (isDomainError(error)) throw error;
        if (errorCode(error) === 'ENOENT') return [];
        throw storageError('list', rel || 'the data folder', error);
      }
    },

    async move(from, to) {
      const src = at(from);
      const dest = at(to);
      await Promise.all([logs.release(src), logs.release(dest)]);
      try {
        await moveNoClobber(fs, src, dest, from, to);
      } catch (error) {
        if (isDomainError(error)) throw error;
        throw storageError('move', from, error);
      }
    },

    releaseHeld: () => logs.releaseAll(),

    async backups(rel) {
      at(rel); // refuses paths outside the data folder with a message that names the caller's path
      return backups.list(rel);
    },

    async readBackup(rel, id) {
      at(rel);
      return backups.read(rel, id);
    },
  };
}

/**
 * Rename that refuses to replace an existing file: move is for trash and set-aside copies, and silently
 * overwriting one of those would lose data. Folders are fsynced new-name first, so a power cut can
 * leave both names but never neither.
 */
async function moveNoClobber(fs: FsSeam, src: string, dest: string, from: string, to: string): Promise<void> {
  if (!(await pathExists(fs, src))) {
    throw new DomainError('not-found', `Could not move ${from}: it does not exist.`, { path: from });
  }
  await ensureDir(fs, path.dirname(dest));
  if (await pathExists(fs, dest)) {
    throw new DomainError('conflict', `Could not move ${from} to ${to}: ${to} already exists.`, { path: to });
  }
  await fs.rename(src, dest);
  await syncDir(fs, path.dirname(dest));
  if (path.dirname(src) !== path.dirname(dest)) await syncDir(fs, path.dirname(src));
}

/**
 * On the real file system only: a test's seam (faults, a power cut's model, held reads) sees every read
 * through readFile, as before. Not on Windows, for the reason logs are not held open there: a log is
 * open while it is read, and a rename over a file open there can be refused (a conversion finishing
 * meanwhile, a sync tool putting its copy in place).
 */
function readLogsInChunksHere(seam: FsSeam | undefined): boolean {
  return seam === undefined && process.platform !== 'win32';
}

/**
 * Whether change logs are held open between appends by default (open-logs.ts). Not with a seam passed
 * in (fault injection, a model of a disk): those expect every append's open. Not on Windows: there a
 * file open anywhere cannot be replaced by rename (unless the volume gives POSIX semantics), so a log
 * held open would make a sync tool's replacement of it, or a conversion, fail while it is held.
 */
function keepLogsOpenHere(seam: FsSeam | undefined): boolean {
  return seam === undefined && process.platform !== 'win32';
}

/**
 * Whether appends go through O_SYNC rather than a write and an fsync: on the real file system on Linux
 * only, where each O_SYNC write syncs the file's data and size and flushes the drive's cache, as fsync
 * does. Not on macOS: there Node's fsync is F_FULLFSYNC (libuv), which empties the drive's cache, and
 * O_SYNC does not. Not on Windows: O_SYNC is write-through there, not the flush an fsync makes. Not with
 * a seam (a power cut's model, fault injection): it sees the fsync as a call of its own, as it always did.
 */
function writeThroughHere(seam: FsSeam | undefined): boolean {
  return seam === undefined && process.platform === 'linux';
}

type BackupChoice = { keepLast?: number; dailyDays?: number };

/**
 * The backup policy, over the defaults. One still being read is handed on as a promise that never
 * rejects: a failure (never expected: backup-settings.ts reports its own) keeps the defaults, and says so.
 */
function policyOf(choice: BackupChoice | PromiseLike<BackupChoice> | undefined, warn: (message: string) => void): BackupPolicy | Promise<BackupPolicy> {
  const over = (c: BackupChoice): BackupPolicy => ({ ...DEFAULT_POLICY, ...definedOnly(c) });
  if (choice === undefined || typeof (choice as PromiseLike<BackupChoice>).then !== 'function') return over((choice as BackupChoice | undefined) ?? {});
  return Promise.resolve(choice).then(over, (error: unknown) => {
    warn(`Could not read the backup settings (${reasonFor(error)}); keeping the default number of versions.`);
    return DEFAULT_POLICY;
  });
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
