import { createEffect, Show } from 'solid-js';
import { pendingConfirm } from '../lib/confirm';

/** Renders the one pending confirmation as a modal dialog; Escape cancels. */
export function ConfirmHost() {
  let dialog: HTMLDialogElement | undefined;
  createEffect(() => {
    if (!dialog) return;
    if (pendingConfirm() && !dialog.open) dialog.showModal();
    if (!pendingConfirm() && dialog.open) dialog.close();
  });
  const answer = (ok: boolean) => pendingConfirm()?.resolve(ok);
  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        answer(false);
      }}
    >
      <Show when={pendingConfirm()}>
        {(req) => (
          <form method="dialog" onSubmit={(e) => e.preventDefault()}>
            <h2 id="confirm-title">{req().title}</h2>
            <p class="confirm-body">{req().body}</p>
            <div class="actions">
              <button type="button" class="button" onClick={() => answer(false)}>
                {req().cancelLabel ?? 'Cancel'}
              </button>
              <button
                type="button"
                class={req().tone === 'danger' ? 'button danger' : 'button primary'}
                onClick={() => answer(true)}
              >
                {req().confirmLabel}
              </button>
            </div>
          </form>
        )}
      </Show>
    </dialog>
  );
}
