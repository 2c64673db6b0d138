import type { JournalReplica } from './journal-replica';

// Core has no host typings; both Node and browsers have these.
const host = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
/** Folding waits for this much quiet after the last save of any journal… */
export const FOLD_QUIET_MS = 250;
/** …unless a log has grown this many times past the folding point (a burst that never pauses). */
export const FOLD_CAP_TIMES = 8;

/**
 * When a journal's change log is folded into a new snapshot. Folding encodes the whole journal on the
 * one thread (700 KB at L, a few milliseconds): started between two saves of a burst, it lands inside
 * the second one. So a log that is due waits for saving to pause, as index summaries do; a burst that
 * never pauses still folds once its log is FOLD_CAP_TIMES past due, so opening stays quick. Folding
 * never blocks a save either way, and a log that is not folded yet is only read for longer.
 */
export class QuietCompaction {
  private readonly due = new Set<JournalReplica>();
  private timer: { handle: unknown; wake: () => void } | null = null;
  private waiting: Promise<void> | null = null;

  constructor(
    private readonly every: number,
    /** Starts folding one replica (under its journal's lock, and only if it is still the one in use). */
    private readonly start: (replica: JournalReplica) => Promise<void>,
  ) {}

  /** A save of `replica` was acknowledged: every save puts folding off; a log far past due folds now. */
  saved(replica: JournalReplica): void {
    if (replica.unfolded >= this.every * FOLD_CAP_TIMES && !replica.compacting) {
      this.due.delete(replica);
      void this.start(replica);
    } else if (replica.unfolded >= this.every) {
      this.due.add(replica);
    }
    if (this.due.size > 0) this.rearm();
  }

  /**
   * A journal just read whose own log is past due (a fold that failed, or Mend quit before it ran):
   * folded once saving is quiet, like a save's, so the next open does not read those lines again.
   */
  opened(replica: JournalReplica): void {
    if (replica.unfolded < this.every) return;
    this.due.add(replica);
    this.rearm();
  }

  /** A replica that is gone (removed, replaced by a fresh read): nothing of it may be folded any more. */
  forget(replica: JournalReplica): void {
    this.due.delete(replica);
  }

  /** Folds what is due now, without waiting for quiet (before the folder is let go); resolves once started. */
  async flushed(): Promise<void> {
    while (this.waiting) {
      this.timer?.wake();
      await this.waiting;
    }
  }

  private rearm(): void {
    if (this.timer) {
      host.clearTimeout(this.timer.handle);
      this.timer.handle = host.setTimeout(this.timer.wake, FOLD_QUIET_MS);
      return;
    }
    if (this.waiting) return; // folding now: what fell due meanwhile is scheduled when that ends
    let wake = (): void => undefined;
    const quiet = new Promise<void>((resolve) => (wake = resolve));
    this.timer = { handle: host.setTimeout(wake, FOLD_QUIET_MS), wake };
    this.waiting = quiet.then(() => this.foldDue());
  }

  private async foldDue(): Promise<void> {
    if (this.timer) host.clearTimeout(this.timer.handle); // woken early by flushed()
    this.timer = null;
    const due = [...this.due];
    this.due.clear();
    try {
      await Promise.all(due.map((replica) => (replica.compacting ? undefined : this.start(replica))));
    } finally {
      this.waiting = null;
      if (this.due.size > 0) this.rearm();
    }
  }
}
