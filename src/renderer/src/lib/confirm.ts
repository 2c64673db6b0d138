import { createSignal } from 'solid-js';
import { errorMessage } from './api';
import { showNotice } from './notice';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel?: string;
  /** A destructive action gets the quieter, warning style on its button. */
  tone?: 'default' | 'danger';
  resolve: (ok: boolean) => void;
}

const [pending, setPending] = createSignal<ConfirmRequest | null>(null);
export { pending as pendingConfirm };

/** Asks the person in an in-app dialog (window.confirm would block and look foreign). */
export function confirmAction(request: Omit<ConfirmRequest, 'resolve'>): Promise<boolean> {
  return new Promise((resolve) => {
    setPending({
      ...request,
      resolve: (ok) => {
        setPending(null);
        resolve(ok);
      },
    });
  });
}

/**
 * The shape every "Remove this entry" shares: ask, remove, say so, refresh. A refusal is shown and
 * nothing changes.
 */
export async function removeAfterConfirm(question: { title: string; body: string }, remove: () => Promise<unknown>, done: () => void): Promise<void> {
  if (!(await confirmAction({ ...question, confirmLabel: 'Remove', tone: 'danger' }))) return;
  try {
    await remove();
    showNotice('Removed.');
    done();
  } catch (e) {
    showNotice(errorMessage(e), 'error');
  }
}
