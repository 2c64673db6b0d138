import { randomUUID } from 'node:crypto';
import { openCore, type Core, type CoreDeps } from '../core/open-core';
import type { Platform } from '../core/services/platform';
import { backupPolicyFor, type SettingsPlace } from './backup-settings';
import type { BackupPolicy } from './storage/backup-policy';
import { ANONYMOUS_DEVICE } from '../core/store/journal-store';
import { createCopiesLedger } from './external-copies-file';
import { acquireDataLock } from './storage/data-lock';
import { markFolderFormat, refuseNewerFolder } from './storage/folder-format';
import { pruneDamaged } from './storage/damaged-pruner';
import { nodeFs, type FsSeam } from './storage/fs-seam';
import { createNodeFileStore } from './storage/node-file-store';
import { createNodeVault } from './storage/node-vault';
import { tidyTempsAtStart } from './storage/start-tidy';
import { installNativeCrc32 } from './storage/native-crc32';
import { workerSearchEngines } from './search-worker-host';

/**
 * The one composition root: how Mend is wired on a data folder (durable node storage with the saved
 * backup policy, the encryption vault, the platform, the core). Main, the end-to-end harness, the
 * Electron stand-in and the bench all open Mend through here, so none of them runs a different app.
 * No electron import: the platform is what differs, and the caller brings it.
 */
export interface ComposeOptions {
  dataFolder: string;
  platform: Platform;
  now?: () => Date;
  newId?: () => string;
  /** The file system under the data folder; tests pass one that injects faults (disk full). */
  fs?: FsSeam;
  /** Per-computer state kept outside the data folder (the passphrase throttle): Electron's userData. */
  userDataDir?: string;
  /** This computer's identity (from user-data): with it, saves append to this device's change logs. */
  device?: CoreDeps['device'];
  /** How often to look for another computer's changes while open (main only). */
  watch?: CoreDeps['watch'];
  /** News for the page (another computer changed a journal); main forwards it to the window. */
  onEvent?: CoreDeps['onEvent'];
  /**
   * The search worker's script. Main leaves it unset: the script built beside its own bundle. The
   * bench, which runs main's code from source, passes the app's built script so it times what the app runs.
   */
  searchWorker?: string;
  /** This computer's backup policy when the caller has begun reading it already (openMendFolder); else it is read here. */
  backups?: Promise<BackupPolicy>;
}

/** Backup settings are this computer's own (issue 13 item 8): named by the same id as its change logs. */
export const settingsPlace = (options: Pick<ComposeOptions, 'dataFolder' | 'device'>): SettingsPlace => ({
  dataFolder: options.dataFolder,
  deviceId: (options.device ?? ANONYMOUS_DEVICE).id,
});

export type DataLock = Awaited<ReturnType<typeof acquireDataLock>>;

/** The core on a data folder, without the folder lock (the bench opens one folder many times). */
export async function composeCore(options: ComposeOptions): Promise<Core> {
  const { dataFolder, fs } = options;
  installNativeCrc32(); // snapshots' checksums in native code (core keeps its own as the fallback)
  // Read beside the open when no caller read it before (main reads it once, for pruneDamaged, and hands
  // it on): only pruning earlier versions needs it, and a save never waits for it (backup-keeper.ts).
  // Its two reads (this computer's file, then the folder's older shared one) were about a seventh of
  // opening to Home at L.
  const backups = options.backups ?? backupPolicyFor(settingsPlace(options));
  return openCore({
    files: createNodeFileStore(dataFolder, fs ? { backups, fs } : { backups }),
    platform: options.platform,
    newId: options.newId ?? (() => randomUUID()),
    now: options.now ?? (() => new Date()),
    // Always the real vault: an encrypted folder opens locked everywhere, as in the app.
    ...(options.device ? { device: options.device } : {}),
    ...(options.watch ? { watch: options.watch } : {}),
    // Exports are listed in user-data (they name people), never in the data folder.
    ...(options.userDataDir ? { copies: createCopiesLedger(options.userDataDir) } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    // What the store skipped or could not do yet, in the process's warnings: file names, lines and fixed reasons, never text.
    reportSync: (p) => process.emitWarning(`${p.file}${p.line ? `, line ${p.line}` : ''}: ${p.reason}`, 'MendStorageWarning'),
    // The search index is built and searched in a worker thread: main's calls never wait behind it.
    searchEngines: workerSearchEngines(options.searchWorker),
    vault: createNodeVault(dataFolder, { ...(fs ? { fs } : {}), ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}) }),
  });
}

/**
 * Locks the folder (one Mend per folder), then opens the core. The lock is released again if the
 * core cannot open. A `conflict` DomainError means another Mend has the folder, or (with a
 * `folderFormat` detail) that a newer Mend set the folder up.
 */
export async function openMendFolder(options: ComposeOptions): Promise<{ core: Core; lock: DataLock }> {
  // A folder a newer Mend set up is refused before anything (the lock included) is written to it.
  const { unmarked } = await refuseNewerFolder(options.fs ?? nodeFs, options.dataFolder);
  const lock = await acquireDataLock(options.dataFolder);
  try {
    // damaged/ is pruned like backups/ (newest few per file plus one a day), before anything reads it.
    const warn = (message: string) => process.emitWarning(message, 'MendStorageWarning');
    // Not worth refusing to open over (a full disk, say): the next start marks it.
    if (unmarked) await markFolderFormat(options.fs ?? nodeFs, options.dataFolder).catch(() => warn("Could not note the data folder's format; Mend tries again at its next start."));
    // This computer's half-written temp files from earlier runs go first, whatever pid they name.
    await tidyTempsAtStart(options.fs ?? nodeFs, options.dataFolder, { ...(options.device ? { deviceId: options.device.id } : {}), warn });
    const backups = backupPolicyFor(settingsPlace(options));
    await pruneDamaged(options.fs ?? nodeFs, options.dataFolder, (options.now ?? (() => new Date()))(), await backups, warn);
    const core = await composeCore({ ...options, backups });
    // Index summaries follow a save by a moment: they are written before another Mend may take the folder.
    const release = async () => {
      await core.settled?.().catch(() => undefined);
      await lock.release();
    };
    return { core, lock: { ...lock, release } };
  } catch (error) {
    await lock.release().catch(() => undefined);
    throw error;
  }
}
