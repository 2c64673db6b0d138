import { Show } from 'solid-js';
import type { FormDraft } from '../lib/form-draft';
import '../styles/drafts.css';

/** The note (and its button) goes with the draft: focus moves to the screen's heading, not to the page. */
async function startOver(draft: FormDraft): Promise<void> {
  const heading = document.querySelector<HTMLElement>('main h1');
  await draft.startOver();
  heading?.focus();
}

/**
 * Says that a form was filled from a kept draft (with a way to start over), that a draft could not be
 * kept, or, on a slow disk, that the form waits for its kept words.
 */
export function DraftNote(props: { draft: FormDraft }) {
  return (
    <>
      <Show when={props.draft.slow()}>
        <p class="draft-note" role="status">
          <span>Looking for words you kept here. What you type shows in a moment.</span>
        </p>
      </Show>
      <Show when={props.draft.restored()}>
        <p class="draft-note" role="status">
          <span>You were writing this earlier, so Mend kept it for you.</span>
          <button type="button" class="link-button" onClick={() => void startOver(props.draft)}>Start over</button>
        </p>
      </Show>
      <Show when={props.draft.error()}>
        <p class="error-box" role="status">Your draft could not be kept: {props.draft.error()} What you typed is still here.</p>
      </Show>
    </>
  );
}
