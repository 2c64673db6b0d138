import { createEffect, createSignal, Show } from 'solid-js';
import { call } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { Field, describedBy } from '../../components/Field';
import { COMMITMENT_STATUS_LABELS } from '../../../../core/model/follow-up-labels';
import type { CommitmentOutcome } from '../../../../core/model/trust-items';
import { resolvedAtFor } from './commitment-dates';
import { createFormError } from '../../lib/form-error';

export interface OutcomeRequest {
  relationshipId: string;
  id: string;
  text: string;
  status: CommitmentOutcome;
}

/** Confirms an outcome with an optional note and the day it happened (today unless changed). */
export function OutcomeDialog(props: { request: OutcomeRequest | null; onClose: (saved: boolean) => void }) {
  let dialog: HTMLDialogElement | undefined;
  const [note, setNote] = createSignal('');
  const [day, setDay] = createSignal(todayLocal());
  const { error, setError, errorFor, fromCaught } = createFormError();
  const [saving, setSaving] = createSignal(false);
  const label = () => (props.request ? COMMITMENT_STATUS_LABELS[props.request.status].toLowerCase() : '');

  createEffect(() => {
    if (!dialog) return;
    if (props.request && !dialog.open) {
      setNote('');
      setDay(todayLocal());
      setError(null);
      dialog.showModal();
    }
    if (!props.request && dialog.open) dialog.close();
  });

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const r = props.request;
    if (!r) return;
    setSaving(true);
    try {
      await call('commitments:resolve', { relationshipId: r.relationshipId, id: r.id, status: r.status, note: note(), resolvedAt: resolvedAtFor(day()) });
      props.onClose(true);
    } catch (err) {
      fromCaught(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialog} class="confirm outcome" aria-labelledby="outcome-title" onCancel={(e) => { e.preventDefault(); props.onClose(false); }}>
      <Show when={props.request}>
        {(r) => (
          <form onSubmit={save} novalidate>
            <h2 id="outcome-title">Mark as {label()}</h2>
            <p class="confirm-body">{r().text}</p>
            <Field id="outcome-note" label="A note" hint="Optional. What happened, in a line." error={errorFor('note')}>
              <textarea id="outcome-note" rows={3} value={note()} onInput={(e) => setNote(e.currentTarget.value)}
                aria-invalid={!!errorFor('note')} aria-describedby={describedBy('outcome-note', 'hint', errorFor('note'))} />
            </Field>
            <Field id="outcome-day" label="When" error={errorFor('resolvedAt')}>
              <input id="outcome-day" type="date" class="short" max={todayLocal()} value={day()} onInput={(e) => setDay(e.currentTarget.value)}
                aria-invalid={!!errorFor('resolvedAt')} aria-describedby={describedBy('outcome-day', undefined, errorFor('resolvedAt'))} />
            </Field>
            <Show when={error() && !['note', 'resolvedAt'].includes(error()!.field ?? '')}>
              <p class="error-box" role="alert">{error()!.message}</p>
            </Show>
            <div class="actions">
              <button type="button" class="button" onClick={() => props.onClose(false)}>Cancel</button>
              <button type="submit" class="button primary" disabled={saving()}>Mark as {label()}</button>
            </div>
          </form>
        )}
      </Show>
    </dialog>
  );
}
