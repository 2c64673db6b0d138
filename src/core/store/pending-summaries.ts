import type { IndexDb } from './index-db';
import { summarize } from './summarize';
import type { Journal } from '../model/journal';
import type { RelationshipSummary } from '../model/index-file';

// Core has no host typings; both Node and browsers have these.
const host = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };
/** Writes wait for this much quiet (a burst of typing writes its summary once)… */
const QUIET_MS = 250;
/** …but never longer than this after the first save they wait for. */
const MOST_MS = 2000;

/** A wait for quiet: begun at `since`, the last save at `last`. */
interface Quiet {
  wake: () => void;
  since: number;
  last: number;
}

interface Entry {
  journal: Journal;
  summary?: RelationshipSummary;
}

/**
 * Index summaries of saved journals, written to the index after the save is acknowledged. The journal's
 * own log is the truth and is durable before the acknowledgement; the index is derived from it (and
 * healed from it whenever a journal is read), so making each keystroke's save wait for a summary and a
 * rewrite of an index shard bought nothing but time. Until a summary is written, Home reads it from
 * here. A burst of saves writes each summary once, from the newest journal, once saving pauses (so the
 * index's fsyncs do not queue behind the saves' own). Opening the folder's files again waits for them.
 */
export class PendingSummaries {
  private readonly waiting = new Map<string, Entry>();
  private running: Promise<void> | null = null;
  private timer: Quiet | null = null;

  constructor(
    private readonly index: IndexDb,
    private readonly now: () => Date,
    private readonly report: (reason: string) => void,
  ) {}

  /** A journal was saved: its summary is due. Starts writing after the current turn (the acknowledgement). */
  put(id: string, journal: Journal): void {
    this.waiting.set(id, { journal });
    this.running ??= this.run();
    this.rearm();
  }

  /** The summary Home should show for `id` while it waits, if one does. */
  get(id: string): RelationshipSummary | undefined {
    const entry = this.waiting.get(id);
    if (!entry) return undefined;
    entry.summary ??= summarize(entry.journal, this.now());
    return entry.summary;
  }

  /** `list` with every waiting summary in place of the one it replaces. */
  over(list: readonly RelationshipSummary[]): readonly RelationshipSummary[] {
    if (this.waiting.size === 0) return list;
    return list.map((r) => this.get(r.id) ?? r);
  }

  /** Forgets what waits for `id` (removed, or a newer summary is being written) once any write of it is done. */
  async drop(id: string): Promise<void> {
    this.waiting.delete(id);
    // Still waiting for quiet: no write has begun, and none of `id` will be made. Waiting out the timer
    // here made every removal and index heal take the quiet time (250 ms) for nothing.
    if (this.timer) return;
    await this.running;
  }

  /** Resolves once what waits has been written in its own time (or failed), without hurrying it as `flushed` does. */
  async written(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Resolves once nothing waits (a write that failed stays waiting, and is reported). */
  async flushed(): Promise<void> {
    while (this.running) {
      this.timer?.wake();
      await this.running;
    }
  }

  private async run(): Promise<void> {
    await new Promise<void>((wake) => {
      const now = Date.now();
      this.timer = { wake, since: now, last: now };
      this.check(this.timer, QUIET_MS);
    });
    this.timer = null;
    // Only what waited when quiet came is written now. A save made during these writes waits for quiet
    // again: writing it at once made a long burst rewrite (and fsync) an index shard after every few
    // saves, beside the saves' own appends.
    const due = [...this.waiting.keys()];
    let failed = false;
    try {
      for (const id of due) {
        const entry = this.waiting.get(id);
        if (!entry) continue; // dropped meanwhile
        try {
          await this.index.put(this.get(id)!);
        } catch {
          failed = true;
          this.report('the summary of a saved journal could not be written to the index yet; it is written again at its next save');
          return;
        }
        if (this.waiting.get(id) === entry) this.waiting.delete(id);
      }
    } finally {
      this.running = null;
      if (!failed && this.waiting.size > 0) this.running = this.run();
    }
  }

  /**
   * Another save: wait for quiet again, within the longest wait. Only the time is noted: the timer
   * already set looks again when it fires (a clearTimeout and a setTimeout on every save were a tenth
   * of a save's own work once the disk is left out).
   */
  private rearm(): void {
    if (this.timer) this.timer.last = Date.now();
  }

  /** In `ms`, wakes `quiet` if saving has paused (or waited its longest); else looks again when it may have. */
  private check(quiet: Quiet, ms: number): void {
    host.setTimeout(() => {
      if (this.timer !== quiet) return; // woken early (flushed): a newer wait has its own timer
      const left = Math.min(quiet.last + QUIET_MS, quiet.since + MOST_MS) - Date.now();
      if (left > 0) this.check(quiet, left);
      else quiet.wake();
    }, ms);
  }

  private first(): [string, Entry] | undefined {
    return this.waiting.entries().next().value;
  }
}
