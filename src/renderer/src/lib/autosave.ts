/**
 * The one autosave every form shares. Edits are merged into what is not yet acknowledged and sent
 * ~600 ms after the last keystroke. A flush sends the newest text at once, even while an earlier save
 * is still on its way: main applies one journal's saves in the order they arrive, so the newer one
 * lands last and wins, and it carries everything the older one did, so the older one's fate no longer
 * matters. A refused save keeps its text (and says so) until a later save succeeds; nothing typed is
 * dropped. Every instance is tracked, so closing, quitting and locking can flush them all and report.
 * Framework-free so it is unit-tested alone.
 */
import { trackPendingSave, type HeldText } from './pending-saves';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions<P> {
  save: (patch: P) => Promise<unknown>;
  /** Combines an older unsaved patch with a newer one; the newer wins field by field. */
  merge: (older: P, newer: P) => P;
  onState?: (state: SaveState, error?: unknown) => void;
  /** Short, text-free words for what this form holds ("a trust check"), shown when it could not be saved. */
  label?: string;
  /**
   * Names this form's text so it can be held in main's memory if Mend locks while a save is refused,
   * and put back after the unlock (a draft key: "incident:new:<person id>"). Without one it cannot be held.
   */
  holdKey?: string;
  /**
   * What the form opened with, while it does not know what was kept for it (its draft could not be
   * looked for): held text then carries it, so wherever it is stored later it goes beside those words.
   */
  holdOpened?: () => Record<string, unknown> | undefined;
  delayMs?: number;
}

export const AUTOSAVE_DELAY_MS = 600;

interface Edit<P> {
  readonly seq: number;
  readonly patch: P;
}

export class Autosave<P> {
  /** Edits not yet acknowledged by the store, oldest first (those in flight included). */
  private edits: Edit<P>[] = [];
  private lastSeq = 0;
  private ackedSeq = 0;
  /** The newest edit a save was sent for (so a flush does not send the same text twice). */
  private sentSeq = 0;
  private readonly inflight = new Set<Promise<void>>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastError: unknown = null;
  private readonly untrack: () => void;

  constructor(private readonly options: AutosaveOptions<P>) {
    this.untrack = trackPendingSave({
      label: options.label ?? 'something you typed',
      dirty: () => this.dirty,
      flush: () => this.flush(),
      sendNow: () => this.sendNow(),
      held: () => this.held(),
    });
  }

  /** Queues a change and restarts the debounce. */
  edit(patch: P): void {
    this.edits.push({ seq: ++this.lastSeq, patch });
    this.setState('pending');
    this.clearTimer();
    this.timer = setTimeout(() => this.sendNow(), this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** True while something typed has not been acknowledged by the store yet. */
  get dirty(): boolean {
    return this.edits.length > 0;
  }

  /** True when the last save of this form was refused and its text is still unsaved. */
  get failed(): boolean {
    return this.dirty && this.lastError !== null;
  }

  /**
   * Sends the newest unsaved text now, synchronously (the `pagehide` path relies on it: the invoke
   * leaves the page before the page is gone), without waiting for a save already in flight.
   */
  sendNow(): void {
    this.clearTimer();
    if (this.edits.length === 0 || this.sentSeq === this.lastSeq) return;
    const upTo = this.lastSeq;
    const patch = this.edits.map((e) => e.patch).reduce((older, newer) => this.options.merge(older, newer));
    this.sentSeq = upTo;
    this.setState('saving');
    const sent = this.options.save(patch).then(
      () => this.acknowledge(upTo),
      (e: unknown) => this.refused(upTo, e),
    );
    this.inflight.add(sent);
    void sent.finally(() => this.inflight.delete(sent));
  }

  /** Sends what is unsaved now; resolves true once everything typed up to this call is stored. */
  async flush(): Promise<boolean> {
    const target = this.lastSeq;
    this.sendNow();
    while (this.ackedSeq < target && this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
    return this.ackedSeq >= target;
  }

  /** The unsaved text, merged, to hold across a lock; none when all is saved or it cannot be held. */
  held(): HeldText[] {
    if (!this.dirty || !this.options.holdKey) return [];
    const fields = this.edits.map((e) => e.patch).reduce((older, newer) => this.options.merge(older, newer));
    const opened = this.options.holdOpened?.();
    const label = this.options.label ?? 'something you typed';
    return [{ key: this.options.holdKey, label, fields: fields as Record<string, unknown>, ...(opened ? { opened } : {}) }];
  }

  /** Forgets every unsaved edit on purpose (the record was saved, or the user started over). */
  drop(): void {
    this.clearTimer();
    this.edits = [];
    this.ackedSeq = this.sentSeq = this.lastSeq;
    this.lastError = null;
    this.setState('idle');
  }

  /** Stops the timer and the tracking (the screen is going away after a flush). */
  dispose(): void {
    this.clearTimer();
    this.untrack();
  }

  private acknowledge(upTo: number): void {
    if (upTo <= this.ackedSeq) return;
    this.ackedSeq = upTo;
    this.edits = this.edits.filter((e) => e.seq > upTo);
    this.lastError = null;
    if (this.edits.length === 0) this.setState('saved');
  }

  private refused(upTo: number, error: unknown): void {
    // A newer save already stored this text: nothing is lost, nothing to say.
    if (upTo <= this.ackedSeq) return;
    this.lastError = error;
    // The next edit or flush sends everything unsaved again, merged under what is newer.
    if (this.sentSeq === upTo) this.sentSeq = this.ackedSeq;
    this.setState('error', error);
  }

  private setState(state: SaveState, error?: unknown): void {
    this.options.onState?.(state, error);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
