import { call } from '../../lib/api';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { showNotice } from '../../lib/notice';
import { createFormError } from '../../lib/form-error';
import { Field, describedBy } from '../../components/Field';
import { noteProblem } from '../../../../core/logic/quick-capture';
import { clearNoteDraft, editNoteDraft, noteDraft, noteDraftKey } from './capture-drafts';
import { QuickForm } from './QuickForm';
import { createFormDraft } from '../../lib/form-draft';
import { DraftNote } from '../../components/DraftNote';

/** A few lines about an ordinary 1:1, written in a minute. What is typed stays until it is saved. */
export function QuickNoteForm(props: { relationshipId: string; onSaved: () => void; onCancel: () => void }) {
  const key = props.relationshipId;
  const id = (f: string) => `qn-${f}`;
  const draft = noteDraft(key, toLocalInput(new Date().toISOString()));
  const kept = createFormDraft({
    key: noteDraftKey(props.relationshipId),
    label: 'a 1:1 note',
    snapshot: () => ({ text: draft.text, at: draft.at }),
    restore: (saved) => editNoteDraft(key, { text: String(saved.text ?? ''), at: String(saved.at ?? draft.at) }),
  });
  const form = createFormError();
  const { setError, errorFor } = form;

  const save = async () => {
    const at = fromLocalInput(draft.at);
    if (!at) return setError({ field: 'at', message: 'Use a full date and time.' });
    const problem = noteProblem({ text: draft.text, at }, new Date());
    if (problem) return setError(problem);
    await kept.write(() => call('capture:note', { relationshipId: props.relationshipId, at, text: draft.text }));
    await kept.discard().catch(() => undefined); // saved; a stale draft would only offer it again
    clearNoteDraft(key);
    showNotice('Note saved.');
    props.onSaved();
  };

  return (
    <QuickForm label="Write a 1:1 note" submitLabel="Save the note" form={form} fields={['text', 'at']} save={save} relationshipId={() => props.relationshipId} onCancel={props.onCancel} gate={kept.gate}>
      <DraftNote draft={kept} />
      <Field id={id('text')} label="What came up" hint="A few lines are enough. Markdown works." error={errorFor('text')}>
        <textarea id={id('text')} rows={4} value={draft.text} onInput={(e) => editNoteDraft(key, { text: e.currentTarget.value })}
          aria-invalid={!!errorFor('text')} aria-describedby={describedBy(id('text'), 'hint', errorFor('text'))} />
      </Field>
      <Field id={id('at')} label="When" error={errorFor('at')}>
        <input id={id('at')} type="datetime-local" class="short" value={draft.at} onInput={(e) => editNoteDraft(key, { at: e.currentTarget.value })}
          aria-invalid={!!errorFor('at')} aria-describedby={describedBy(id('at'), undefined, errorFor('at'))} />
      </Field>
    </QuickForm>
  );
}
