import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';

/**
 * The few file-system calls the storage adapter makes, behind one interface, so tests can inject faults
 * (ENOSPC, EIO, EROFS at a chosen call), record the exact sequence of operations, or run the adapter
 * against an in-memory model of a disk that forgets whatever was not synced.
 * Errors must look like Node's: an Error with a string `code`.
 */
export interface SeamFileHandle {
  /** `position` null writes at the current position: the file's end, for a file opened with 'a'. */
  write(data: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
  /**
   * Which file this handle has open (fstat). Optional: a change log is held open between appends only
   * when its handle can say which file it is, so a file put in its place is noticed (open-logs.ts).
   */
  identity?(): Promise<FileIdentity>;
  /**
   * Writes on the calling thread, at the file's end for a file opened with 'a' or 'as'; returns the
   * bytes written. Optional: only the real file system has it, for appends a quick disk makes on the
   * main thread (quick-disk.ts).
   */
  writeNow?(data: Uint8Array, offset: number, length: number): number;
}

/**
 * A file as the file system tells it apart from every other file on the machine while it is open. As
 * bigints: Windows' file ids are 64 bits, and as doubles two files can share one (nodejs/node#12115).
 */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

export interface SeamDirent {
  name: string;
  isFile(): boolean;
}

export interface FsSeam {
  /**
   * Opens a file for writing: 'wx' (a new file, never an existing one) for saves, 'a' for change logs,
   * 'r+' only to zero a leftover temp file before it is removed.
   */
  open(path: string, flags: string, mode?: number): Promise<SeamFileHandle>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Recursive; resolves to the first folder it created, or undefined when all existed (as Node does). */
  mkdir(path: string): Promise<string | undefined>;
  readdir(path: string): Promise<SeamDirent[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** `mtimeMs` where the file system keeps it (the sweep of old temp files needs it; without it, they stay). */
  stat(path: string): Promise<{ size: number; mtimeMs?: number }>;
  /** Which file is at `path` now (stat), to compare with a handle's `identity`. Optional, as that is. */
  identify?(path: string): Promise<FileIdentity>;
  /** `identify` on the calling thread; null when nothing is at `path`. Optional, as `writeNow` is. */
  identifyNow?(path: string): FileIdentity | null;
  /** Makes a folder's entries (creates, renames, deletes) durable: open the folder, fsync, close. */
  syncDir(path: string): Promise<void>;
}

export const nodeFs: FsSeam = {
  open: (path, flags, mode) => openDescriptor(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  copyFile: (from, to) => fsp.copyFile(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: (path) => fsp.mkdir(path, { recursive: true }),
  readdir: (path) => fsp.readdir(path, { withFileTypes: true }),
  // A plain Uint8Array, not a Buffer: callers compare and decode it as the port's type says. The callback
  // readFile, not fs/promises': opening to Home reads seven index shards at once, and the promise version
  // (a FileHandle, then fstat, read and close each a round trip of its own) made that about 5 ms slower
  // at L (open to Home 27–32 ms against 22–24, measured 2 December with .tmp probes side by side).
  readFile: (path) =>
    new Promise((resolve, reject) => {
      fs.readFile(path, (error, b) => (error ? reject(error) : resolve(new Uint8Array(b.buffer, b.byteOffset, b.byteLength))));
    }),
  stat: (path) => fsp.stat(path),
  // The callback stat, for the reason readFile uses the callback call: an append to a log held open
  // makes one beside its write (open-logs.ts), and the promise version costs more of the main thread.
  identify: (path) =>
    new Promise((resolve, reject) => {
      fs.stat(path, { bigint: true }, (error, stats) => (error ? reject(error) : resolve({ dev: stats.dev, ino: stats.ino })));
    }),
  identifyNow: (path) => {
    const stats = fs.statSync(path, { bigint: true, throwIfNoEntry: false });
    return stats ? { dev: stats.dev, ino: stats.ino } : null;
  },
  async syncDir(path) {
    const handle = await fsp.open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/**
 * A file opened by descriptor through Node's callback calls. A save's append is four of these calls
 * (open, write, fsync, close); a promise FileHandle costs more of the main thread for each (its own
 * object and event emitter, a promise-backed request): about a third of the append's own work on the
 * main thread, measured. A closed handle refuses everything: a descriptor number is reused by the next
 * file opened, so a late write or a second close must never reach it.
 */
function openDescriptor(path: string, flags: string, mode?: number): Promise<SeamFileHandle> {
  return new Promise((resolve, reject) => {
    fs.open(path, flags, mode, (error, fd) => (error ? reject(error) : resolve(descriptorHandle(fd))));
  });
}

function descriptorHandle(fd: number): SeamFileHandle {
  let open = true;
  const done = (resolve: () => void, reject: (e: Error) => void) => (error: Error | null) => (error ? reject(error) : resolve());
  const closedError = () => Object.assign(new Error('The file was already closed.'), { code: 'EBADF' });
  return {
    write: (data, offset, length, position) =>
      new Promise((resolve, reject) => {
        if (!open) return reject(closedError());
        fs.write(fd, data, offset, length, position, (error, bytesWritten) => (error ? reject(error) : resolve({ bytesWritten })));
      }),
    sync: () =>
      new Promise((resolve, reject) => {
        if (!open) return reject(closedError());
        fs.fsync(fd, done(resolve, reject));
      }),
    close: () =>
      new Promise((resolve, reject) => {
        if (!open) return resolve();
        open = false;
        fs.close(fd, done(resolve, reject));
      }),
    identity: () =>
      new Promise((resolve, reject) => {
        if (!open) return reject(closedError());
        fs.fstat(fd, { bigint: true }, (error, stats) => (error ? reject(error) : resolve({ dev: stats.dev, ino: stats.ino })));
      }),
    writeNow: (data, offset, length) => {
      if (!open) throw closedError();
      return fs.writeSync(fd, data, offset, length, null);
    },
  };
}

/** The `code` of a Node file-system error ('ENOENT', 'ENOSPC', ...), or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
