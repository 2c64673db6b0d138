/**
 * Debounced autosave for a draft: edits are merged into one pending patch and sent ~600 ms after the
 * last keystroke, one save at a time. A failed save keeps its patch (merged under newer edits) so the
 * next edit or flush retries it; nothing typed is dropped. Framework-free so it is unit-tested alone.
 */
import { trackPendingSave } from '../../lib/pending-saves';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions<P> {
  save: (patch: P) => Promise<unknown>;
  /** Combines an older pending patch with a newer one; the newer wins field by field. */
  merge: (older: P, newer: P) => P;
  onState: (state: SaveState, error?: unknown) => void;
  delayMs?: number;
}

export const AUTOSAVE_DELAY_MS = 600;

export class Autosave<P> {
  private pending: P | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inflight: Promise<boolean> | null = null;
  private lastOk = true;

  private readonly untrack: () => void;

  constructor(private readonly options: AutosaveOptions<P>) {
    // Closing the window or locking Mend sends what is still waiting for its debounce.
    this.untrack = trackPendingSave(() => this.flush());
  }

  /** Queues a change and restarts the debounce. */
  edit(patch: P): void {
    this.pending = this.pending === null ? patch : this.options.merge(this.pending, patch);
    this.options.onState('pending');
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** True while something typed has not been acknowledged by the store yet. */
  get dirty(): boolean {
    return this.pending !== null || this.inflight !== null;
  }

  /** Saves whatever is pending now; resolves true once everything typed so far is stored. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    while (this.inflight) await this.inflight;
    const patch = this.pending;
    if (patch === null) return this.lastOk;
    this.pending = null;
    this.options.onState('saving');
    this.inflight = this.send(patch);
    try {
      return await this.inflight;
    } finally {
      this.inflight = null;
    }
  }

  /** Stops the timer without saving (the screen is going away after a flush). */
  dispose(): void {
    this.clearTimer();
    this.untrack();
  }

  private async send(patch: P): Promise<boolean> {
    try {
      await this.options.save(patch);
      this.lastOk = true;
      if (this.pending === null) this.options.onState('saved');
      return true;
    } catch (e) {
      // Keep the refused patch; anything typed meanwhile is newer and wins.
      this.pending = this.pending === null ? patch : this.options.merge(patch, this.pending);
      this.lastOk = false;
      this.options.onState('error', e);
      return false;
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
