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

/** How a change log is rewritten (trimming, or cutting this computer's own torn last row). */
export interface LogEdit {
  /** Complete rows dropped from the front: folded into every known computer's snapshot. */
  drop: number;
  /** A row put first (the trim marker), as plain text without its newline. */
  head?: string;
  /**
   * Only the first `keep` rows of the log stay, counted from its start: the rest is this computer's own
   * save cut short by a crash, which goes whole (its complete rows as well as its torn one, or they
   * would join the next save's). Without it, everything after the dropped rows stays as it is.
   */
  keep?: number;
}

/**
 * A change log an older Mend sealed as one whole-file block (before f0570ea), opened: its rows and the
 * rows after it, in the order stored. Read row by row, such a log shifts every row number after it.
 */
export interface RecoveredLog {
  /** Plain rows, each ending in a newline, in parts read one by one (a part's unfinished save never joins the next). */
  parts: Uint8Array[];
  /** Whole blocks that could not be opened here (no key, cut short, damaged): their lines are not among the parts. */
  unreadable: number;
}

/**
 * A change log read a chunk at a time (FileStore.readLogChunks), so a long one is never held whole.
 */
export interface LogChunks {
  /** The file's size, as stored, when it was opened. */
  readonly size: number;
  /**
   * The next chunk of the log as read (opened, in a sealed folder), or null at its end. A chunk's memory
   * may be reused for the next: it is read before the next is asked for. Chunks may be cut anywhere;
   * one cut just after a newline saves the reader a copy.
   */
  next(): Uint8Array | null;
  /** Lets go of the file (done by itself at the end); safe to call again. */
  close(): void;
}

export interface FileStore {
  /** The whole file, or null when it does not exist. */
  read(path: string): Promise<Uint8Array | null>;
  /**
   * A change log, a chunk at a time, or null when it does not exist. Optional: without it, a log is
   * read whole with read().
   */
  readLogChunks?(path: string): Promise<LogChunks | null>;
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
  /**
   * Rewrites a change log row by row, as stored (log-edit.ts): every row it keeps is copied byte for
   * byte, so a row sealed under a key this computer does not hold stays exactly as it was, and `head`
   * is stored as an append would store it (sealed when the folder is). Atomic and durable, like write.
   * Optional: without it, a read and a write, which is right for a store that keeps rows as it reads them.
   */
  rewriteLog?(path: string, edit: LogEdit): Promise<void>;
  /**
   * The rows of a change log that starts with a block sealed whole (RecoveredLog), or null when it does
   * not. Reads only. Optional: only a store that seals files can have written one.
   */
  recoverLog?(path: string): Promise<RecoveredLog | null>;
  /**
   * Closes any file the store holds open between calls (a change log held open between appends): the
   * folder's files are about to be renamed over by a conversion made outside it. Optional.
   */
  releaseHeld?(): Promise<void>;
  /** File names (not paths) directly inside a folder; [] when the folder does not exist. */
  list(dir: string): Promise<string[]>;
  /** Atomic rename inside the data folder; creates the target's folder. Used for trash and set-aside files. */
  move(from: string, to: string): Promise<void>;
  /** Earlier versions of a file, newest first. */
  backups(path: string): Promise<BackupInfo[]>;
  /** The bytes of one earlier version. */
  readBackup(path: string, id: string): Promise<Uint8Array>;
}
