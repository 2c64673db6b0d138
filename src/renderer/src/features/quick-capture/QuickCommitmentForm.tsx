import { For, Show } from 'solid-js';
import { call } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { showNotice } from '../../lib/notice';
import { createFormError } from '../../lib/form-error';
import { Field, describedBy } from '../../components/Field';
import { commitmentProblem } from '../../../../core/logic/quick-capture';
import { COMMITMENT_OWNERS } from '../../../../core/model/trust-items';
import { clearCommitmentDraft, commitmentDraft, commitmentDraftKey, editCommitmentDraft } from './capture-drafts';
import { QuickForm } from './QuickForm';
import { createFormDraft } from '../../lib/form-draft';
import { DraftNote } from '../../components/DraftNote';

const OWNER_CHOICES = { them: 'Theirs', me: 'Mine' } as const;

export interface Person {
  id: string;
  name: string;
}

/**
 * A commitment agreed in an ordinary 1:1, added on its own: whose, what, by when. Checked beside each
 * field before it is sent; whatever was typed stays, even after leaving the screen, until it is saved.
 */
export function QuickCommitmentForm(props: {
  /** Drafts are kept per form: one per person page, one for the Commitments screen. */
  draftKey: string;
  relationshipId?: string;
  /** With no fixed person, the form asks whose journal it belongs to. */
  people?: Person[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const id = (f: string) => `qc-${props.draftKey}-${f}`;
  const draft = commitmentDraft(props.draftKey, props.relationshipId ?? '');
  const edit = (patch: Parameters<typeof editCommitmentDraft>[1]) => editCommitmentDraft(props.draftKey, patch);
  const kept = createFormDraft({
    key: commitmentDraftKey(props.draftKey),
    label: 'a new commitment',
    snapshot: () => ({ relationshipId: draft.relationshipId, owner: draft.owner, text: draft.text, dueAt: draft.dueAt }),
    restore: (saved) =>
      edit({
        relationshipId: props.relationshipId ?? String(saved.relationshipId ?? ''),
        owner: saved.owner === 'me' ? 'me' : 'them',
        text: String(saved.text ?? ''),
        dueAt: String(saved.dueAt ?? ''),
      }),
  });
  const form = createFormError();
  const { setError, errorFor } = form;

  const save = async () => {
    const relationshipId = props.relationshipId ?? draft.relationshipId;
    if (!relationshipId) return setError({ field: 'relationshipId', message: 'Choose whose journal this goes in.' });
    const fields = { owner: draft.owner, text: draft.text, dueAt: draft.dueAt || null };
    const problem = commitmentProblem(fields, new Date());
    if (problem) return setError(problem);
    await kept.write(() => call('capture:commitment', { relationshipId, ...fields }));
    await kept.discard().catch(() => undefined); // saved; a stale draft would only offer it again
    clearCommitmentDraft(props.draftKey);
    showNotice('Commitment added.');
    props.onSaved();
  };

  return (
    <QuickForm label="Add a commitment" submitLabel="Add the commitment" form={form} fields={['text', 'dueAt', 'relationshipId', 'owner']} save={save} relationshipId={() => props.relationshipId ?? draft.relationshipId} onCancel={props.onCancel} gate={kept.gate}>
      <DraftNote draft={kept} />
      <Show when={props.people}>
        {(people) => (
          <Field id={id('person')} label="With whom" error={errorFor('relationshipId')}>
            <select id={id('person')} class="short" value={draft.relationshipId} onChange={(e) => edit({ relationshipId: e.currentTarget.value })}
              aria-invalid={!!errorFor('relationshipId')} aria-describedby={describedBy(id('person'), undefined, errorFor('relationshipId'))}>
              <option value="">Choose a person</option>
              <For each={people()}>{(p) => <option value={p.id}>{p.name}</option>}</For>
            </select>
          </Field>
        )}
      </Show>
      <fieldset class="fu-group">
        <legend>Whose commitment</legend>
        <div class="choice-row">
          <For each={COMMITMENT_OWNERS}>
            {(o) => (
              <label class="choice">
                <input type="radio" name={id('owner')} checked={draft.owner === o} onChange={() => edit({ owner: o })} />
                {OWNER_CHOICES[o]}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <Field id={id('text')} label="What was promised" hint="One clear promise, in their words or yours." error={errorFor('text')}>
        <textarea id={id('text')} rows={2} value={draft.text} onInput={(e) => edit({ text: e.currentTarget.value })}
          aria-invalid={!!errorFor('text')} aria-describedby={describedBy(id('text'), 'hint', errorFor('text'))} />
      </Field>
      <Field id={id('due')} label="Due by" hint="Optional. Today or later." error={errorFor('dueAt')}>
        <input id={id('due')} type="date" class="short" min={todayLocal()} value={draft.dueAt} onInput={(e) => edit({ dueAt: e.currentTarget.value })}
          aria-invalid={!!errorFor('dueAt')} aria-describedby={describedBy(id('due'), 'hint', errorFor('dueAt'))} />
      </Field>
    </QuickForm>
  );
}
