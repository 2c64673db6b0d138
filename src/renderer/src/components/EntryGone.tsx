import { Show } from 'solid-js';

/** How an edit screen found its entry gone: when it opened, or when Save was refused; null while it is there. */
export type Gone = 'opened' | 'saving' | null;

/**
 * What an edit screen whose entry is gone has of the person's words: `kept` (on screen, restored or
 * typed), `none` (gone before the screen opened, and no draft was kept for it), or `checking` while the
 * draft is still being looked for, when neither may be said yet: the alert is read out as it changes;
 * `unknown` when the look failed: words may be kept on disk, unseen here, so the screen neither says
 * "nothing is lost" nor offers to let anything go (the person's page lists them, once it can read them).
 * Once words were restored they count for good, so the screen can never later say "nothing is lost" of
 * them. Null while the entry is there.
 */
export type GoneWords = 'kept' | 'none' | 'checking' | 'unknown';

export function createGoneWords(
  gone: () => Gone,
  draft: { restored: () => boolean; checked: () => boolean; lookupFailed: () => boolean },
): () => GoneWords | null {
  let hadWords = false;
  return () => {
    if (draft.restored()) hadWords = true;
    const g = gone();
    if (g === null) return null;
    if (g === 'saving' || hadWords) return 'kept';
    if (!draft.checked()) return 'checking';
    return draft.lookupFailed() ? 'unknown' : 'none';
  };
}

/** Nothing to edit or save on the screen: the only way on is back to the person (the entry is gone). */
export const onlyBack = (words: GoneWords | null): boolean => words === 'none' || words === 'unknown';

/**
 * Said on an edit screen whose entry was removed (here, or on the other computer): the words typed are
 * still on screen and can be saved as a new entry; with none, nothing is lost. It takes the focus when
 * Save is refused (id "entry-gone").
 */
export function EntryGoneAlert(props: { kind: string; words: GoneWords; stuck?: string | null }) {
  return (
    <div class="error-box" id="entry-gone" role="alert" tabindex="-1">
      <Show
        when={props.stuck}
        fallback={<p>This {props.kind} is not in this journal any more: it was removed, here or on your other computer.</p>}
      >
        {(problem) => (
          <p>
            This {props.kind} is back, but your words could not go on to it: {problem()} They are still here. Press Try
            again in a moment.
          </p>
        )}
      </Show>
      <Show when={props.words === 'none'}>
        <p>Nothing was typed for it here, so nothing is lost.</p>
      </Show>
      <Show when={props.words === 'unknown'}>
        <p>
          Mend could not check just now whether you had typed anything for it. If you had, your words are
          kept: they show on this person’s page, under “Changes you had not saved”.
        </p>
      </Show>
      <Show when={props.words === 'kept' && !props.stuck}>
        <p>Your words are still here. Save them as a new {props.kind}, or press Cancel to let them go.</p>
      </Show>
    </div>
  );
}

/** Moves the focus to the alert once it is drawn (Save was refused: the person is told at once). */
export function focusEntryGone(): void {
  queueMicrotask(() => document.getElementById('entry-gone')?.focus());
}
