import { Show } from 'solid-js';
import { dismissUndo, runUndo, undoOffer } from '../lib/undo';
import '../styles/drafts.css';

/**
 * "Removed. Undo" for ten seconds after a delete. It sits in the page's flow at the top of the window,
 * so it pushes content down rather than covering a button.
 */
export function UndoBar() {
  return (
    <Show when={undoOffer()} keyed>
      {(offer) => (
        <div class="undo-bar" role="status">
          <span>{offer.text}</span>
          <button type="button" class="button" onClick={() => void runUndo()}>Undo</button>
          <button type="button" class="link-button" aria-label="Dismiss" onClick={() => dismissUndo(offer.id)}>×</button>
        </div>
      )}
    </Show>
  );
}
