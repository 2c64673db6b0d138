import { createSignal } from 'solid-js';
import { errorMessage } from './api';
import { showNotice } from './notice';
import { offerUndo } from './undo';

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

/** What Undo of a removal says and does: "Repair attempt removed." then, once undone, "The repair attempt is back." */
export interface RemovalUndo {
  removed: string;
  undo: () => Promise<unknown>;
  undone: string;
}

/**
 * The shape every "Remove this entry" of the timeline shares: ask, remove, say so with Undo, refresh.
 * Focus goes to the Timeline heading, since the entry whose button had it is gone (it fell to the
 * window's top). A refusal is shown and nothing changes.
 */
export async function removeAfterConfirm(question: { title: string; body: string }, remove: () => Promise<unknown>, done: () => void, undo: RemovalUndo): Promise<void> {
  const body = `${question.body} You can undo this for a few seconds.`;
  if (!(await confirmAction({ ...question, body, confirmLabel: 'Remove', tone: 'danger' }))) return;
  try {
    await remove();
    done();
    focusTimeline();
    offerUndo(undo.removed, async () => {
      await undo.undo();
      done();
    }, undo.undone);
  } catch (e) {
    showNotice(errorMessage(e), 'error');
  }
}

/** After an entry left the timeline: its heading takes the focus, so the keyboard goes on from there. */
export function focusTimeline(): void {
  document.getElementById(TIMELINE_HEADING)?.focus({ preventScroll: true });
}

/** The id of the Timeline heading on a person's page (RelationshipPage.tsx). */
export const TIMELINE_HEADING = 'timeline-title';

/**
 * Where the focus goes once a choice has taken its card off the screen: the section's own heading
 * while it still lists others, else the timeline, else the screen's title. Left where it was, it fell to
 * the page's start, and a keyboard reader had to find their place again.
 */
export function focusAfterChoice(sectionHeading: string): void {
  queueMicrotask(() => {
    const target = document.getElementById(sectionHeading) ?? document.getElementById(TIMELINE_HEADING) ?? document.querySelector<HTMLElement>('main h1, h1');
    target?.focus({ preventScroll: false });
  });
}
