import { createEffect, For } from 'solid-js';
import { SHORTCUTS } from './shortcuts';
import { setSheetOpen, sheetOpen } from '../palette/palette-state';
import '../../styles/search.css';

/** "?": every shortcut in one short list. */
export function ShortcutSheet() {
  let dialog: HTMLDialogElement | undefined;
  let close: HTMLButtonElement | undefined;
  createEffect(() => {
    if (!dialog) return;
    if (sheetOpen() && !dialog.open) {
      dialog.showModal();
      close?.focus();
    }
    if (!sheetOpen() && dialog.open) dialog.close();
  });
  return (
    <dialog ref={dialog} class="sheet" aria-labelledby="sheet-title" onClose={() => setSheetOpen(false)}>
      <h2 id="sheet-title">Keyboard shortcuts</h2>
      <p class="muted">They work everywhere in Mend. With no one on screen, Mend asks who it is about.</p>
      <dl class="sheet-list">
        <For each={SHORTCUTS}>
          {(s) => (
            <>
              <dt>
                <For each={s.keys}>{(k, i) => <>{i() > 0 ? ' ' : ''}<kbd>{k}</kbd></>}</For>
              </dt>
              <dd>{s.label}</dd>
            </>
          )}
        </For>
      </dl>
      <div class="actions">
        <button ref={close} type="button" class="button primary" onClick={() => setSheetOpen(false)}>Close</button>
      </div>
    </dialog>
  );
}
