import { createEffect, createSignal, For, Show } from 'solid-js';
import { call } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { Field, describedBy } from '../../components/Field';
import { COMMITMENT_STATUS_LABELS } from '../../../../core/model/follow-up-labels';
import { COMMITMENT_OUTCOMES, type CommitmentOutcome } from '../../../../core/model/trust-items';
import { resolvedAtFor } from './commitment-dates';
import { createFormError } from '../../lib/form-error';

export interface OutcomeRequest {
  relationshipId: string;
  id: string;
  text: string;
  /** The outcome already picked (a button per outcome), or null to choose it in the dialog (Home). */
  status: CommitmentOutcome | null;
  /**
   * The note it keeps from an earlier outcome (Reopen keeps it, for the next one), when the screen has it
   * to hand; left out, the dialog looks it up.
   */
  note?: string;
}

/** The note a commitment keeps from an earlier outcome ('' when none, or when it cannot be read just now). */
async function storedNote(r: OutcomeRequest): Promise<string> {
  const journal = await call('journals:get', { relationshipId: r.relationshipId }).catch(() => null);
  return journal?.commitments.find((c) => c.id === r.id)?.note ?? '';
}

/**
 * What was typed in the dialog for a commitment and not saved (Escape, Cancel): it comes back when the
 * dialog opens again for that commitment, in this window, rather than being thrown away.
 */
const unsent = new Map<string, { note: string; day: string }>();

/** Confirms an outcome with an optional note and the day it happened (today unless changed). */
export function OutcomeDialog(props: { request: OutcomeRequest | null; onClose: (saved: CommitmentOutcome | null) => void }) {
  let dialog: HTMLDialogElement | undefined;
  const [note, setNote] = createSignal('');
  const [day, setDay] = createSignal(todayLocal());
  const [status, setStatus] = createSignal<CommitmentOutcome | null>(null);
  const { error, setError, errorFor, fromCaught } = createFormError();
  const [saving, setSaving] = createSignal(false);
  const label = () => {
    const s = status();
    return s ? COMMITMENT_STATUS_LABELS[s].toLowerCase() : '';
  };

  createEffect(() => {
    if (!dialog) return;
    if (props.request && !dialog.open) {
      const r = props.request;
      const kept = unsent.get(r.id);
      // Words typed here and not saved come first; else the note kept from an earlier outcome, which
      // Save would otherwise replace unseen.
      setNote(kept?.note ?? r.note ?? '');
      if (!kept && r.note === undefined) {
        void storedNote(r).then((stored) => {
          if (stored !== '' && props.request === r && note() === '') setNote(stored);
        });
      }
      setDay(kept?.day ?? todayLocal());
      setStatus(props.request.status);
      setError(null);
      dialog.showModal();
    }
    if (!props.request && dialog.open) dialog.close();
  });

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const r = props.request;
    const s = status();
    // Once: Ctrl+Enter submits even while the button is disabled (a second press marked it twice).
    if (!r || saving()) return;
    if (!s) return setError({ field: 'status', message: 'Choose how it went.' });
    setSaving(true);
    try {
      // `from: 'open'`: marked on another computer since this dialog opened, it is not marked over unseen.
      await call('commitments:resolve', { relationshipId: r.relationshipId, id: r.id, status: s, note: note(), resolvedAt: resolvedAtFor(day()), from: 'open' });
      unsent.delete(r.id);
      props.onClose(s);
    } catch (err) {
      fromCaught(err);
    } finally {
      setSaving(false);
    }
  };

  const dismiss = () => {
    const r = props.request;
    if (r && note().trim() !== '') unsent.set(r.id, { note: note(), day: day() });
    else if (r) unsent.delete(r.id);
    props.onClose(null);
  };

  return (
    <dialog ref={dialog} class="confirm outcome" aria-labelledby="outcome-title" onCancel={(e) => { e.preventDefault(); dismiss(); }}>
      <Show when={props.request}>
        {(r) => (
          // Ctrl/Cmd+Enter saves, as in every form (the app's shortcuts rest while a dialog is open).
          <form onSubmit={save} novalidate
            onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); e.currentTarget.requestSubmit(); } }}>
            <h2 id="outcome-title">{r().status ? `Mark as ${label()}` : 'How did it go?'}</h2>
            <p class="confirm-body">{r().text}</p>
            <Show when={r().status === null}>
              <OutcomeChoice value={status()} onChange={setStatus} error={errorFor('status')} />
            </Show>
            <Field id="outcome-note" label="A note" hint="Optional. What happened, in a line." error={errorFor('note')}>
              <textarea id="outcome-note" rows={3} value={note()} onInput={(e) => setNote(e.currentTarget.value)}
                aria-invalid={!!errorFor('note')} aria-describedby={describedBy('outcome-note', 'hint', errorFor('note'))} />
            </Field>
            <Field id="outcome-day" label="When" error={errorFor('resolvedAt')}>
              <input id="outcome-day" type="date" class="short" max={todayLocal()} value={day()} onInput={(e) => setDay(e.currentTarget.value)}
                aria-invalid={!!errorFor('resolvedAt')} aria-describedby={describedBy('outcome-day', undefined, errorFor('resolvedAt'))} />
            </Field>
            <Show when={error() && !['note', 'resolvedAt', 'status'].includes(error()!.field ?? '')}>
              <p class="error-box" role="alert">{error()!.message}</p>
            </Show>
            <div class="actions">
              <button type="button" class="button" onClick={dismiss}>Cancel</button>
              <button type="submit" class="button primary" disabled={saving()}>{status() ? `Mark as ${label()}` : 'Save'}</button>
            </div>
          </form>
        )}
      </Show>
    </dialog>
  );
}

function OutcomeChoice(props: { value: CommitmentOutcome | null; onChange: (s: CommitmentOutcome) => void; error?: string }) {
  return (
    <fieldset class="fu-group" aria-describedby={props.error ? 'outcome-status-error' : undefined}>
      <legend>How it went</legend>
      <div class="choice-row">
        <For each={COMMITMENT_OUTCOMES}>
          {(s) => (
            <label class="choice">
              <input type="radio" name="outcome-status" checked={props.value === s} onChange={() => props.onChange(s)} />
              {COMMITMENT_STATUS_LABELS[s]}
            </label>
          )}
        </For>
      </div>
      <Show when={props.error}>
        <p class="field-error" id="outcome-status-error" role="alert">{props.error}</p>
      </Show>
    </fieldset>
  );
}
