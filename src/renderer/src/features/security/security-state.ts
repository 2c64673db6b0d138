import { createSignal } from 'solid-js';
import { call } from '../../lib/api';
import { flushPendingSaves } from '../../lib/pending-saves';
import type { SecurityStatus } from '../../../../core/model/security';

/**
 * What the window knows about encryption and the lock. Loaded by the lock gate, updated by Settings.
 * It holds no journal text, so it is the one thing allowed to outlive the journal screens.
 */
const [status, setStatus] = createSignal<SecurityStatus | null>(null);
export { status as securityStatus, setStatus as setSecurityStatus };

/**
 * Locks now, then reloads the window: a reload is the only sure way to drop every store, resource and
 * node of the journal screens at once. The lock screen is what comes back.
 */
export async function lockNow(): Promise<void> {
  try {
    // Whatever was typed goes to the journal before the journal closes.
    await flushPendingSaves();
    await call('security:lock', {});
  } finally {
    reloadToLock();
  }
}

/** After main already locked (a `locked` answer): nothing to ask, just drop everything. */
export function reloadToLock(): void {
  window.location.reload();
}
