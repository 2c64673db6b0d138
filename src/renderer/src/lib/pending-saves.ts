/**
 * Every form's autosave, across every open screen. Closing the window, quitting and locking Mend all
 * flush them first and learn what could not be saved, so none of them loses a keystroke that was on
 * screen without saying so.
 */
import type { FlushReport, MendBridge } from '../../../core/api/bridge';
import type { HeldDraft } from '../../../core/model/draft';

export type HeldText = HeldDraft;

export interface PendingSave {
  /** Text-free words for what the form holds ("a trust check"). */
  readonly label: string;
  dirty(): boolean;
  /** Sends the newest text and resolves true once it is stored. */
  flush(): Promise<boolean>;
  /** Sends the newest text synchronously, without waiting for anything. */
  sendNow(): void;
  /** The unsaved text to hold in main's memory across a lock (none when it cannot be held). */
  held(): HeldText[];
}

const pending = new Set<PendingSave>();

/** Registers a form's autosave; returns the function that unregisters it. */
export function trackPendingSave(save: PendingSave): () => void {
  pending.add(save);
  return () => pending.delete(save);
}

/** Flushes every form with unsaved text and reports, in counts and labels only, how it went. */
export async function flushPendingSaves(): Promise<FlushReport> {
  const dirty = [...pending].filter((s) => s.dirty());
  const results = await Promise.all(dirty.map(async (s) => ({ label: s.label, ok: await s.flush().catch(() => false) })));
  const failed = results.filter((r) => !r.ok);
  return { saved: results.length - failed.length, failed: failed.length, unsaved: [...new Set(failed.map((r) => r.label))] };
}

/** The unsaved text of every form that can be held across a lock. */
export function heldTexts(): HeldText[] {
  // One item per form (its key): a form's keys held while it waited are told by two entries, the last newest.
  const byKey = new Map<string, HeldText>();
  for (const item of [...pending].flatMap((s) => s.held())) byKey.set(item.key, item);
  return [...byKey.values()];
}

/** The labels of every form whose text is not stored yet (nothing is flushed). */
export function unsavedLabels(): string[] {
  return [...new Set([...pending].filter((s) => s.dirty()).map((s) => s.label))];
}

// Guarded so the framework-free modules that use this can be unit-tested outside a page.
if (typeof window !== 'undefined') {
  // On close or reload each invoke leaves the page synchronously, inside the event, so main still
  // receives the newest text even when an earlier save is still in flight.
  window.addEventListener('pagehide', () => {
    for (const save of pending) if (save.dirty()) save.sendNow();
  });
  // Main asks before closing or quitting, and waits (bounded) for this report.
  (window as { mend?: MendBridge }).mend?.onFlushRequest?.(flushPendingSaves);
}
