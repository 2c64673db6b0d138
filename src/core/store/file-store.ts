/**
 * The storage port. Core speaks only in paths relative to the data folder and raw bytes;
 * the Node adapter (src/main/storage) makes them durable, a test can swap in anything else.
 */
export interface BackupInfo {
  /** Opaque id, passed back to readBackup. */
  id: string;
  /** When that version was replaced (ISO). */
  at: string;
  size: number;
}

export interface FileStore {
  /** The whole file, or null when it does not exist. */
  read(path: string): Promise<Uint8Array | null>;
  /**
   * Atomic and durable: resolves only once the new bytes are on disk under `path` (temp file, fsync,
   * rename, fsync of the folder). The version it replaces is kept as a backup.
   */
  write(path: string, bytes: Uint8Array): Promise<void>;
  /**
   * Adds bytes at the end of a file (creating it and its folder), durable before it resolves: the
   * file and, for a new file, its folder are fsynced. Change logs use it, so a save costs one append.
   * Optional: a store without it gets a read and an atomic rewrite instead.
   */
  append?(path: string, bytes: Uint8Array): Promise<void>;
  /** The size of a file in bytes, or null when it does not exist. Optional: used to notice another computer's new lines cheaply. */
  size?(path: string): Promise<number | null>;
  /** File names (not paths) directly inside a folder; [] when the folder does not exist. */
  list(dir: string): Promise<string[]>;
  /** Atomic rename inside the data folder; creates the target's folder. Used for trash and set-aside files. */
  move(from: string, to: string): Promise<void>;
  /** Earlier versions of a file, newest first. */
  backups(path: string): Promise<BackupInfo[]>;
  /** The bytes of one earlier version. */
  readBackup(path: string, id: string): Promise<Uint8Array>;
}
