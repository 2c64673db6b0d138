import { Show } from 'solid-js';
import { dismissUndo, holdUndo, runUndo, undoOffer } from '../lib/undo';
import '../styles/drafts.css';

/**
 * "Removed. Undo" for ten seconds after a delete. It sits in the page's flow at the top of the window,
 * so it pushes content down rather than covering a button. It stays while the focus or the pointer is
 * on it, and gives the focus back to the page's heading when it goes with the focus in it.
 */
export function UndoBar() {
  return (
    <Show when={undoOffer()} keyed>
      {(offer) => (
        <div class="undo-bar" role="status"
          onPointerMove={() => holdUndo(true)} onMouseLeave={() => holdUndo(false)}
          onFocusIn={() => holdUndo(true)}
          onFocusOut={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) holdUndo(false); }}>
          <span>{offer.text}</span>
          <button type="button" class="button" onClick={() => void runUndo()}>Undo</button>
          <button type="button" class="link-button" aria-label="Dismiss" onClick={() => dismissUndo(offer.id)}>×</button>
        </div>
      )}
    </Show>
  );
}
