import type { JournalReplica } from './journal-replica';

// Core has no host typings; both Node and browsers have these.
const host = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };
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
  /** The wait for quiet under way: `last` is when the last save was made. */
  private timer: { wake: () => void; last: number } | null = null;
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

  /** Every save puts the fold off by noting its time: the timer set looks again when it fires (no timer per save). */
  private rearm(): void {
    if (this.timer) {
      this.timer.last = Date.now();
      return;
    }
    if (this.waiting) return; // folding now: what fell due meanwhile is scheduled when that ends
    let wake = (): void => undefined;
    const quiet = new Promise<void>((resolve) => (wake = resolve));
    this.timer = { wake, last: Date.now() };
    this.check(this.timer, FOLD_QUIET_MS);
    this.waiting = quiet.then(() => this.foldDue());
  }

  private check(wait: { wake: () => void; last: number }, ms: number): void {
    host.setTimeout(() => {
      if (this.timer !== wait) return; // woken early (flushed)
      const left = wait.last + FOLD_QUIET_MS - Date.now();
      if (left > 0) this.check(wait, left);
      else wait.wake();
    }, ms);
  }

  private async foldDue(): Promise<void> {
    this.timer = null; // a check still set (woken early by flushed) finds it gone and stops
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
