import { Show, type JSX } from 'solid-js';
import { DraftNote } from './DraftNote';
import type { DatedValues, JournalForm } from '../lib/journal-form';

export interface FormPageProps<T extends DatedValues> {
  form: JournalForm<T>;
  /** Prefix of this page's ids ("rb"): the heading is `<prefix>-title`. */
  idPrefix: string;
  title: string;
  lede: JSX.Element;
  /** The Save button's words ("Log it"). */
  saveLabel: string;
  children: JSX.Element;
}

/**
 * The frame of a "log one thing about this person" page: the person's name over the heading (which
 * takes focus when the screen opens), the note about a kept draft, the fields, any error no field
 * shows, and Cancel / Save. Ctrl/Cmd+Enter saves it, as it does any form with a submit button.
 */
export function FormPage<T extends DatedValues>(props: FormPageProps<T>) {
  const titleId = () => `${props.idPrefix}-title`;
  const kind = () => props.form.asNewKind ?? 'entry';
  // An entry gone before the page opened, with no words ever kept for it: nothing to show in a form. Once
  // words were restored they count for good, so nothing here can later say "nothing is lost" of them.
  let hadWords = false;
  const nothingToKeep = () => {
    if (props.form.draft.restored()) hadWords = true;
    return props.form.gone() === 'opened' && !hadWords;
  };
  const saveLabel = () => (props.form.gone() && props.form.asNewKind ? `Save as a new ${kind()}` : props.saveLabel);
  return (
    <section class="page narrow" aria-labelledby={titleId()}>
      <header class="page-head">
        <div>
          <p class="eyebrow">{props.form.journal()?.relationship.name ?? ' '}</p>
          <h1 id={titleId()}>{props.title}</h1>
          <p class="lede">{props.lede}</p>
        </div>
      </header>
      {/* With the entry gone, "Start over" would only throw the words away: the alert below says what to do. */}
      <Show when={!props.form.gone()}>
        <DraftNote draft={props.form.draft} />
      </Show>
      <Show when={props.form.gone()}>
        <div class="error-box" id="entry-gone" role="alert" tabindex="-1">
          <p>This {kind()} is not in this journal any more: it was removed, here or on your other computer.</p>
          <Show when={!nothingToKeep()} fallback={<p>Nothing was typed for it here, so nothing is lost.</p>}>
            <p>Your words are still here. Save them as a new {kind()}, or press Cancel to let them go.</p>
          </Show>
        </div>
      </Show>
      <Show when={nothingToKeep()}>
        <div class="actions">
          <button type="button" class="button primary" onClick={() => props.form.back()}>
            Back to {props.form.journal()?.relationship.name ?? 'their page'}
          </button>
        </div>
      </Show>
      <Show when={!nothingToKeep()}>
      <form novalidate onSubmit={(e) => void props.form.submit(e)}>
        {props.children}
        <Show when={props.form.formError()}>
          {(message) => <p class="error-box" role="alert">{message()}</p>}
        </Show>
        <div class="actions">
          <button type="button" class="button" onClick={() => void props.form.cancel()}>Cancel</button>
          <button type="submit" class="button primary" disabled={props.form.saving()}>
            {props.form.saving() ? 'Saving…' : saveLabel()}
          </button>
        </div>
      </form>
      </Show>
    </section>
  );
}
