import { createEffect, createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { call } from '../../lib/api';
import { go } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { Field, describedBy } from '../../components/Field';
import { createFormError } from '../../lib/form-error';
import { BID_SIDES, RECEPTION_LABELS, RECEPTIONS, type BidSide, type Reception } from '../../../../core/model/leader-side-labels';
import '../../styles/follow-up.css';

const SIDE_WORDS: Record<BidSide, string> = { me: 'I did', them: 'They did' };

/** Logs (or edits) one small repair attempt by either side, and whether it was received. */
export function RepairBidPage(props: { relationshipId: string; bidId?: string }) {
  const [journal] = createResource(() => props.relationshipId, (id) => call('journals:get', { relationshipId: id }));
  const [v, setV] = createStore({ at: toLocalInput(new Date().toISOString()), by: 'them' as BidSide, what: '', received: 'unsure' as Reception, note: '' });
  const { error, setError, errorFor, fromCaught } = createFormError();
  const [saving, setSaving] = createSignal(false);
  const [loaded, setLoaded] = createSignal(false);
  const back = () => go('/r/:id', { id: props.relationshipId });
  // Editing: fill the form once from the stored bid.
  const existing = () => journal()?.repairBids.find((b) => b.id === props.bidId);
  createEffect(() => {
    const b = existing();
    if (b && !loaded()) {
      setV({ at: toLocalInput(b.at), by: b.by, what: b.what, received: b.received, note: b.note });
      setLoaded(true);
    }
  });

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const at = fromLocalInput(v.at);
    if (!at) return setError({ field: 'at', message: 'Use a full date and time.' });
    setSaving(true);
    const fields = { at, by: v.by, what: v.what, received: v.received, note: v.note };
    try {
      if (props.bidId) await call('repair-bids:update', { relationshipId: props.relationshipId, id: props.bidId, ...fields });
      else await call('repair-bids:create', { relationshipId: props.relationshipId, ...fields });
      showNotice('Noted. Small repairs add up.');
      back();
    } catch (err) {
      fromCaught(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="page narrow" aria-labelledby="rb-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">{journal()?.relationship.name ?? ' '}</p>
          <h1 id="rb-title">{props.bidId ? 'A repair attempt' : 'Log a repair attempt'}</h1>
          <p class="lede">A small step toward each other: they flagged a risk early, you thanked them for the extra effort. Note it, and whether it landed.</p>
        </div>
      </header>
      <form novalidate onSubmit={submit}>
        <fieldset class="fu-group">
          <legend>Who made it?</legend>
          <div class="choice-row">
            <For each={BID_SIDES}>
              {(s) => (
                <label class="choice">
                  <input type="radio" name="rb-by" checked={v.by === s} onChange={() => setV('by', s)} />
                  {SIDE_WORDS[s]}
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <Field id="rb-what" label="What happened, in a line" hint="“They flagged the risk on Tuesday.”" error={errorFor('what')}>
          <input id="rb-what" type="text" value={v.what} onInput={(e) => setV('what', e.currentTarget.value)}
            aria-invalid={!!errorFor('what')} aria-describedby={describedBy('rb-what', 'hint', errorFor('what'))} />
        </Field>
        <fieldset class="fu-group">
          <legend>Was it received?</legend>
          <div class="choice-row">
            <For each={RECEPTIONS}>
              {(r) => (
                <label class="choice">
                  <input type="radio" name="rb-received" checked={v.received === r} onChange={() => setV('received', r)} />
                  {RECEPTION_LABELS[r]}
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <Field id="rb-note" label="Anything to add? (optional)" error={errorFor('note')}>
          <textarea id="rb-note" rows={3} value={v.note} onInput={(e) => setV('note', e.currentTarget.value)}
            aria-invalid={!!errorFor('note')} aria-describedby={describedBy('rb-note', undefined, errorFor('note'))} />
        </Field>
        <Field id="rb-at" label="When" error={errorFor('at')}>
          <input id="rb-at" type="datetime-local" class="short" value={v.at} onInput={(e) => setV('at', e.currentTarget.value)}
            aria-invalid={!!errorFor('at')} aria-describedby={describedBy('rb-at', undefined, errorFor('at'))} />
        </Field>
        <Show when={error() && !['what', 'note', 'at'].includes(error()!.field ?? '')}>
          <p class="error-box" role="alert">{error()!.message}</p>
        </Show>
        <div class="actions">
          <button type="button" class="button" onClick={back}>Cancel</button>
          <button type="submit" class="button primary" disabled={saving()}>{saving() ? 'Saving…' : 'Save'}</button>
        </div>
      </form>
    </section>
  );
}
