import { Show } from 'solid-js';
import type { FormDraft } from '../lib/form-draft';
import '../styles/drafts.css';

/** Says that a form was filled from a kept draft (with a way to start over), or that a draft could not be kept. */
export function DraftNote(props: { draft: FormDraft }) {
  return (
    <>
      <Show when={props.draft.restored()}>
        <p class="draft-note" role="status">
          <span>You were writing this earlier, so Mend kept it for you.</span>
          <button type="button" class="link-button" onClick={() => void props.draft.startOver()}>Start over</button>
        </p>
      </Show>
      <Show when={props.draft.error()}>
        <p class="error-box" role="status">Your draft could not be kept: {props.draft.error()} What you typed is still here.</p>
      </Show>
    </>
  );
}
