import { createSignal } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { flushPendingSaves, heldTexts, unsavedLabels } from '../../lib/pending-saves';
import type { FlushReport } from '../../../../core/api/bridge';
import type { SecurityStatus } from '../../../../core/model/security';

/**
 * What the window knows about encryption and the lock. Loaded by the lock gate, updated by Settings.
 * It holds no journal text, so it is the one thing allowed to outlive the journal screens.
 */
const [status, setStatus] = createSignal<SecurityStatus | null>(null);
export { status as securityStatus, setStatus as setSecurityStatus };

const listWords = (labels: readonly string[]): string =>
  labels.length <= 1 ? (labels[0] ?? 'something you typed') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;

/**
 * Locks now, then reloads the window: a reload is the only sure way to drop every store, resource and
 * node of the journal screens at once. Whatever was typed is saved first. If a save is refused (a full
 * disk), the reload would throw that text away: Lock now asks first; the idle lock, with nobody there
 * to ask, has main hold the text in memory and offer it back after the unlock.
 *
 * It says at once that it is locking, and is pressed once however often it is pressed. Words typed while
 * the first saves are on their way are saved too (it saves again until nothing typed waits, then the
 * window takes no more keys for the last moment). A save that does not end within LOCK_SAVE_MS (a disk
 * that hangs) does not hold the lock back: what it carried is held in main's memory, as for the idle
 * lock, and offered back after the unlock. Found by a helper: words typed after pressing Lock now were
 * lost, and a hanging save left the journal on screen with no sign of locking.
 */
let locking = false;
export const LOCK_SAVE_MS = 3_000;

export async function lockNow(trigger: 'manual' | 'idle' = 'manual'): Promise<void> {
  if (locking) return;
  locking = true;
  if (trigger === 'manual') showNotice('Locking… saving what you typed first.');
  try {
    let report = await savedInTime();
    for (let round = 0; round < 3 && !report.late && report.failed === 0 && unsavedLabels().length > 0; round++) report = await savedInTime();
    // The last moment: no more keys, then anything typed since the last round is saved too.
    document.body.inert = true;
    if (!report.late && report.failed === 0 && unsavedLabels().length > 0) report = await savedInTime();
    if (report.failed > 0 || report.late) {
      document.body.inert = false; // the question below is a dialog in the page
      if (!report.late && trigger === 'manual' && !(await askToLockAnyway(report.unsaved))) return;
      try {
        await call('held-drafts:hold', { items: heldTexts() });
      } catch (e) {
        // Nowhere safe to keep it: stay open rather than lose it.
        showNotice(`Mend stayed open so nothing is lost: ${errorMessage(e)}`, 'error');
        return;
      }
    }
    try {
      await call('security:lock', {});
    } finally {
      reloadToLock();
    }
  } finally {
    document.body.inert = false;
    locking = false;
  }
}

/** flushPendingSaves, bounded: `late` when it had not ended within LOCK_SAVE_MS. */
async function savedInTime(): Promise<FlushReport & { late: boolean }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), LOCK_SAVE_MS)));
  try {
    const report = await Promise.race([flushPendingSaves(), late]);
    return report ? { ...report, late: false } : { saved: 0, failed: 0, unsaved: unsavedLabels(), late: true };
  } finally {
    clearTimeout(timer);
  }
}

function askToLockAnyway(unsaved: readonly string[]): Promise<boolean> {
  return confirmAction({
    title: 'Some of what you typed is not saved',
    body: `Mend could not save ${listWords(unsaved)}, most likely because the disk is full. ` +
      'If you lock now, Mend holds it in memory, never on disk, and gives it back when you unlock. ' +
      'Quitting Mend before then would lose it.',
    confirmLabel: 'Lock anyway',
    cancelLabel: 'Keep writing',
  });
}

/** After main already locked (a `locked` answer): nothing to ask, just drop everything. */
export function reloadToLock(): void {
  window.location.reload();
}

let leaving = false;

/**
 * Main locked under the page (another computer turned encryption on or changed the passphrase): what
 * is typed cannot be saved any more (that would write it plain, or under the old key), so it is handed
 * to main's memory, which offers it back after the unlock, and only then is everything dropped.
 */
export async function holdThenReload(): Promise<void> {
  if (leaving) return;
  leaving = true;
  const items = heldTexts();
  try {
    if (items.length > 0) await call('held-drafts:hold', { items });
  } finally {
    reloadToLock();
  }
}

/** Another computer changed the keyring: read the status again, and leave for the lock screen if main locked. */
export async function followSecurityChange(): Promise<void> {
  const next = await call('security:status', {});
  if (next.locked) return holdThenReload();
  setStatus(next);
}
