import { Show } from 'solid-js';

/** How an edit screen found its entry gone: when it opened, or when Save was refused; null while it is there. */
export type Gone = 'opened' | 'saving' | null;

/**
 * Whether an edit screen whose entry is gone has nothing of the person's to keep: it was gone before the
 * screen opened and no words were kept for it. Once words were restored they count for good, so the
 * screen can never later say "nothing is lost" of them.
 */
export function createNothingToKeep(gone: () => Gone, restored: () => boolean): () => boolean {
  let hadWords = false;
  return () => {
    if (restored()) hadWords = true;
    return gone() === 'opened' && !hadWords;
  };
}

/**
 * Said on an edit screen whose entry was removed (here, or on the other computer): the words typed are
 * still on screen and can be saved as a new entry; with none, nothing is lost. It takes the focus when
 * Save is refused (id "entry-gone").
 */
export function EntryGoneAlert(props: { kind: string; nothingToKeep: boolean }) {
  return (
    <div class="error-box" id="entry-gone" role="alert" tabindex="-1">
      <p>This {props.kind} is not in this journal any more: it was removed, here or on your other computer.</p>
      <Show when={!props.nothingToKeep} fallback={<p>Nothing was typed for it here, so nothing is lost.</p>}>
        <p>Your words are still here. Save them as a new {props.kind}, or press Cancel to let them go.</p>
      </Show>
    </div>
  );
}

/** Moves the focus to the alert once it is drawn (Save was refused: the person is told at once). */
export function focusEntryGone(): void {
  queueMicrotask(() => document.getElementById('entry-gone')?.focus());
}
