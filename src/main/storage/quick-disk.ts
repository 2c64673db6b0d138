/**
 * Whether an append to a change log held open may be made on the main thread itself, as one synchronous
 * O_SYNC write (open-logs.ts), instead of through Node's thread pool.
 *
 * Why at all: on a fast disk the write takes a tenth of a millisecond or two, less than handing it to a
 * pool thread and waking the main thread when it is done. And that hand-over is where a save's slowest
 * moments came from: while V8 compiles hot code on a thread of its own (the first few hundred saves of a
 * session), the pool thread that finished the write waited for a core for 2 to 3 ms. Measured on the
 * 2-core build machine on 5 December (`.tmp` probes reading each thread's /proc schedstat): the slow
 * saves' main thread had used 0.3 to 0.8 ms, its pool thread had waited 2 to 3 ms to run. With a thread
 * busy beside them, 300 O_SYNC writes of a 1,362-byte line took 0.22–0.27 / 0.51–1.13 ms (median / p95)
 * through the pool and 0.14–0.15 / 0.22–0.26 ms on the main thread.
 *
 * Why not always: a write on the main thread holds it (window moves and every other request wait) for
 * as long as the disk takes. So only a local disk that has shown itself quick gets it: `QUALIFY_AFTER`
 * appends in a row, none slower than `SLOW_MS` (the first ones go through the pool, as every append did
 * before). One slow append (a spinning disk, a disk that stalls), or one that fails or finds its log
 * replaced, sends the next ones back to the pool until the disk has been quick that many times again.
 * A network share or a FUSE mount never gets it (`isLocal`, `isLocalType`). What is left: a quick local
 * disk that stalls mid-write holds the main thread for that one append. A save is never less durable
 * either way: the same O_SYNC write returns only once the line and the file's size are on the disk.
 */
export const SLOW_MS = 4;
export const QUALIFY_AFTER = 20;

export class QuickDisk {
  private quickInARow = 0;
  /** Whether the folder is on a local disk: unknown until asked (once the disk first looks quick). */
  private local: boolean | 'asking' | null = null;

  constructor(
    private readonly slowMs = SLOW_MS,
    private readonly qualifyAfter = QUALIFY_AFTER,
    /** The clock appends are timed by (milliseconds); tests pass one that moves only when they say. */
    readonly now: () => number = () => performance.now(),
    /**
     * Whether the data folder is on a local disk, asked off the main thread. A network share or a FUSE
     * mount (sshfs) can hang a call outright when its link drops: there only that save may wait, never
     * the whole main process. Left out, the disk counts as local (tests).
     */
    private readonly isLocal: (() => Promise<boolean>) | null = null,
  ) {}

  /** Whether the next append may hold the main thread for its write. */
  get onMainThread(): boolean {
    if (this.quickInARow < this.qualifyAfter) return false;
    if (this.isLocal === null) return true;
    if (this.local === null) {
      this.local = 'asking';
      this.isLocal().then(
        (local) => (this.local = local),
        () => (this.local = false),
      );
    }
    return this.local === true;
  }

  /** How long an append took (on the main thread or through the pool, its wall time either way). */
  took(ms: number): void {
    this.quickInARow = ms > this.slowMs ? 0 : this.quickInARow + 1;
  }

  /** An append failed, or found its log replaced: back to the pool until the disk is quick again. */
  unsettled(): void {
    this.quickInARow = 0;
  }
}

/**
 * statfs(2) magic numbers of file systems reached over a network or through FUSE (linux/magic.h):
 * NFS, SMB, CIFS, SMB2, FUSE (sshfs, most cloud-drive mounts), Ceph, AFS, Coda, 9p.
 */
const NOT_LOCAL = new Set([0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x65735546, 0x00c36400, 0x5346414f, 0x73757245, 0x01021997]);

/** Whether a statfs(2) type is a local disk's (not a network share's or a FUSE mount's). */
export const isLocalType = (type: number): boolean => !NOT_LOCAL.has(type);
