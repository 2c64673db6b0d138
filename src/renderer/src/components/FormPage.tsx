import { ChangedElsewhereNote } from '../features/alternatives/ChangedElsewhereNote';
import { EntryAlternativesNote } from '../features/alternatives/EntryAlternativesNote';
import { Show, type JSX } from 'solid-js';
import { DraftNote } from './DraftNote';
import { EntryGoneAlert, onlyBack } from './EntryGone';
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
  const words = props.form.goneWords;
  const saveLabel = () => (props.form.stuck() ? 'Try again' : props.form.gone() && props.form.asNewKind ? `Save as a new ${kind()}` : props.saveLabel);
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
        {/* An entry being edited: Save keeps what the other computer changed meanwhile (journal-form.ts), and says so. */}
        <Show when={props.form.editing}>
          <ChangedElsewhereNote relationshipId={props.form.relationshipId} />
        </Show>
        <Show when={props.form.entryId}>
          {(entryId) => <EntryAlternativesNote relationshipId={props.form.relationshipId} recordId={entryId()} />}
        </Show>
      </Show>
      <Show when={props.form.gone()}>
        <EntryGoneAlert kind={kind()} words={words()!} stuck={props.form.stuck()} />
      </Show>
      <Show when={onlyBack(words())}>
        <div class="actions">
          <button type="button" class="button primary" onClick={() => props.form.back()}>
            Back to {props.form.journal()?.relationship.name ?? 'their page'}
          </button>
        </div>
      </Show>
      <Show when={words() === null || words() === 'kept'}>
      <form novalidate onSubmit={(e) => void props.form.submit(e)} ref={props.form.draft.gate}>
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
