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
 * as long as the disk takes. So only a disk that has shown itself quick gets it: `QUALIFY_AFTER`
 * appends in a row, none slower than `SLOW_MS` (the first ones go through the pool, as every append did
 * before). One slow append (a spinning disk, a network share, a disk that stalls) sends the next ones
 * back to the pool until the disk has been quick that many times again. A save is never less durable
 * either way: the same O_SYNC write returns only once the line and the file's size are on the disk.
 */
export const SLOW_MS = 4;
export const QUALIFY_AFTER = 20;

export class QuickDisk {
  private quickInARow = 0;

  constructor(
    private readonly slowMs = SLOW_MS,
    private readonly qualifyAfter = QUALIFY_AFTER,
    /** The clock appends are timed by (milliseconds); tests pass one that moves only when they say. */
    readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether the next append may hold the main thread for its write. */
  get onMainThread(): boolean {
    return this.quickInARow >= this.qualifyAfter;
  }

  /** How long an append took (on the main thread or through the pool, its wall time either way). */
  took(ms: number): void {
    this.quickInARow = ms > this.slowMs ? 0 : this.quickInARow + 1;
  }
}
