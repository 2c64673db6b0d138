import { createSignal, Show } from 'solid-js';
import { call } from '../../lib/api';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { showNotice } from '../../lib/notice';
import { createFormError } from '../../lib/form-error';
import { Field, describedBy } from '../../components/Field';
import { noteProblem } from '../../../../core/logic/quick-capture';
import { clearNoteDraft, editNoteDraft, noteDraft } from './capture-drafts';

/** A few lines about an ordinary 1:1, written in a minute. What is typed stays until it is saved. */
export function QuickNoteForm(props: { relationshipId: string; onSaved: () => void; onCancel: () => void }) {
  const key = props.relationshipId;
  const id = (f: string) => `qn-${f}`;
  const draft = noteDraft(key, toLocalInput(new Date().toISOString()));
  const { error, setError, errorFor, fromCaught } = createFormError();
  const [saving, setSaving] = createSignal(false);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const at = fromLocalInput(draft.at);
    if (!at) return setError({ field: 'at', message: 'Use a full date and time.' });
    const problem = noteProblem({ text: draft.text, at }, new Date());
    if (problem) return setError(problem);
    setSaving(true);
    try {
      await call('capture:note', { relationshipId: props.relationshipId, at, text: draft.text });
      clearNoteDraft(key);
      showNotice('Note saved.');
      props.onSaved();
    } catch (err) {
      fromCaught(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="quick-form" onSubmit={submit} novalidate aria-label="Write a 1:1 note">
      <Field id={id('text')} label="What came up" hint="A few lines are enough. Markdown works." error={errorFor('text')}>
        <textarea id={id('text')} rows={4} value={draft.text} onInput={(e) => editNoteDraft(key, { text: e.currentTarget.value })}
          aria-invalid={!!errorFor('text')} aria-describedby={describedBy(id('text'), 'hint', errorFor('text'))} />
      </Field>
      <Field id={id('at')} label="When" error={errorFor('at')}>
        <input id={id('at')} type="datetime-local" class="short" value={draft.at} onInput={(e) => editNoteDraft(key, { at: e.currentTarget.value })}
          aria-invalid={!!errorFor('at')} aria-describedby={describedBy(id('at'), undefined, errorFor('at'))} />
      </Field>
      <Show when={error() && !['text', 'at'].includes(error()!.field ?? '')}>
        <p class="error-box" role="alert">{error()!.message}</p>
      </Show>
      <div class="actions start">
        <button type="submit" class="button primary" disabled={saving()}>{saving() ? 'Saving…' : 'Save the note'}</button>
        <button type="button" class="button" onClick={() => props.onCancel()}>Not now</button>
      </div>
    </form>
  );
}
