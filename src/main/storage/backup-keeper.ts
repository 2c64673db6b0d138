import * as path from 'node:path';
import { DomainError } from '../../core/errors';
import type { BackupInfo } from '../../core/store/file-store';
import { backupsToKeep, pruneInterval, type BackupPolicy } from './backup-policy';
import { errorCode, type FsSeam } from './fs-seam';
import { ensureDir, pathExists } from './durable-write';
import { reasonFor, storageError } from './storage-errors';
import { BACKUP_FOLDER, backupId, backupSequence, isSafeBackupId, parseBackupId, resolveInside } from './storage-paths';

export interface BackupKeeperDeps {
  fs: FsSeam;
  root: string;
  /**
   * A promise while it is still being read (compose.ts reads it beside the folder's open); it must not
   * reject (node-file-store.ts's policyOf turns a failure into the defaults).
   */
  policy: BackupPolicy | Promise<BackupPolicy>;
  now: () => Date;
  warn: (message: string) => void;
}

/** Keeps, prunes, lists and reads the earlier versions of each file under backups/<path>/<id>. */
export function createBackupKeeper(deps: BackupKeeperDeps) {
  const { fs, root } = deps;
  /**
   * The policy once read; null while it is still being read. A save never waits for it: pruning runs
   * before the save's rename (preserve), so until the policy is known saves prune nothing, and the first
   * save after it prunes (a few more earlier versions meanwhile, never fewer).
   */
  let policy: BackupPolicy | null = deps.policy instanceof Promise ? null : deps.policy;
  if (deps.policy instanceof Promise) void deps.policy.then((read) => (policy = read));
  /** Backups made per file since its folder was last pruned; absent = not pruned by this process yet. */
  const sincePrune = new Map<string, number>();
  let lastStamp = 0;

  const folderFor = (rel: string) => resolveInside(root, `${BACKUP_FOLDER}/${rel}`);

  /** Strictly increasing per store, so ids sort newest first even within one millisecond. */
  function stamp(): Date {
    lastStamp = Math.max(deps.now().getTime(), lastStamp + 1);
    return new Date(lastStamp);
  }

  /**
   * A hard link keeps the version about to be replaced at no cost: the rename that follows gives the
   * target a new inode and the old one lives on under the backup name. Resolves false on a first save.
   */
  async function snapshot(rel: string, target: string): Promise<boolean> {
    const dir = folderFor(rel);
    const dest = path.join(dir, backupId(stamp(), await nextSequence(dir)));
    const linked = () => fs.link(target, dest).then(() => true, () => false);
    if (await linked()) return true;
    // The link failed because this is a first save, or the backup folder is missing, or the volume
    // has no hard links (FAT, exFAT, some network drives); the last gets a copy instead.
    if (!(await pathExists(fs, target))) return false;
    await ensureDir(fs, dir);
    if (await linked()) return true;
    await fs.copyFile(target, dest);
    return true;
  }

  /** Next sequence number per backup folder: read from the folder once, then counted here. */
  const sequences = new Map<string, number>();
  async function nextSequence(dir: string): Promise<number> {
    let last = sequences.get(dir);
    if (last === undefined) {
      const names = await fs.readdir(dir).then((es) => es.map((e) => e.name), (error: unknown) => {
        if (errorCode(error) === 'ENOENT') return [];
        throw error;
      });
      last = Math.max(0, ...names.map((n) => backupSequence(n) ?? 0));
    }
    sequences.set(dir, last + 1);
    return last + 1;
  }

  async function prune(rel: string, known: BackupPolicy): Promise<void> {
    const dir = folderFor(rel);
    const ids = (await fs.readdir(dir)).filter((e) => e.isFile()).map((e) => e.name);
    const keep = backupsToKeep(ids, deps.now(), known);
    for (const id of ids.filter((i) => !keep.has(i))) {
      await fs.unlink(path.join(dir, id)).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error; // gone already: another save pruned it
      });
    }
  }

  async function maybePrune(rel: string): Promise<void> {
    const known = policy;
    if (known === null) return; // still being read: a later save prunes (sincePrune stays unset for that)
    const made = sincePrune.get(rel);
    if (made !== undefined && made + 1 < pruneInterval(known)) {
      sincePrune.set(rel, made + 1);
      return;
    }
    sincePrune.set(rel, 0);
    await prune(rel, known);
  }

  return {
    /** Keeps the current version of `target` before it is replaced. Never throws: backups are extra. */
    async preserve(rel: string, target: string): Promise<void> {
      try {
        if (await snapshot(rel, target)) await maybePrune(rel);
      } catch (error) {
        deps.warn(`Could not keep an earlier version of ${rel}: ${reasonFor(error)}.`);
      }
    },

    async list(rel: string): Promise<BackupInfo[]> {
      const dir = folderFor(rel);
      let names: string[];
      try {
        names = (await fs.readdir(dir)).filter((e) => e.isFile()).map((e) => e.name);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return [];
        throw storageError('list the earlier versions of', rel, error);
      }
      const ours = names.filter((id) => parseBackupId(id) !== null).sort().reverse();
      const infos = await Promise.all(ours.map((id) => describe(dir, rel, id)));
      return infos.filter((b): b is BackupInfo => b !== null);
    },

    async read(rel: string, id: string): Promise<Uint8Array> {
      if (!isSafeBackupId(id)) {
        throw new DomainError('invalid-input', `"${id.slice(0, 80)}" is not an earlier version of ${rel}.`);
      }
      try {
        return await fs.readFile(path.join(folderFor(rel), id));
      } catch (error) {
        if (errorCode(error) === 'ENOENT') {
          throw new DomainError('not-found', `That earlier version of ${rel} no longer exists.`, { path: rel, id });
        }
        throw storageError('read an earlier version of', rel, error);
      }
    },
  };

  async function describe(dir: string, rel: string, id: string): Promise<BackupInfo | null> {
    try {
      const { size } = await fs.stat(path.join(dir, id));
      return { id, at: parseBackupId(id) as string, size };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null; // pruned while we were listing
      throw storageError('list the earlier versions of', rel, error);
    }
  }
}
