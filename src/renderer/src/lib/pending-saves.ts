/**
 * Text typed but still waiting for its debounced autosave, across every open screen. Closing the
 * window and locking Mend both send it first, so neither loses a keystroke that was on screen.
 */
const flushers = new Set<() => Promise<unknown>>();

/** Registers a screen's flush; returns the function that unregisters it. */
export function trackPendingSave(flush: () => Promise<unknown>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}

// On close or reload the invoke leaves the page synchronously, so main still receives it.
// (Guarded so the framework-free modules that use this can be unit-tested outside a page.)
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void flushPendingSaves());
