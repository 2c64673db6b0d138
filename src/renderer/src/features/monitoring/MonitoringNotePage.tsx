import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { call } from '../../lib/api';
import { go } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { Field, describedBy } from '../../components/Field';
import { MONITORING_KINDS, type MonitoringKind } from '../../../../core/model/trust-items';
import { MONITORING_KIND_LABELS } from '../../../../core/model/follow-up-labels';
import '../../styles/follow-up.css';
import { createFormError } from '../../lib/form-error';
import { createFormDraft } from '../../lib/form-draft';
import { DraftNote } from '../../components/DraftNote';

/** A quick, judgement-free log of one moment the leader checked up on someone more than the work needed. */
export function MonitoringNotePage(props: { relationshipId: string }) {
  const [journal] = createResource(() => props.relationshipId, (id) => call('journals:get', { relationshipId: id }));
  const [v, setV] = createStore({ kind: 'extra-check-in' as MonitoringKind, at: toLocalInput(new Date().toISOString()), note: '' });
  const draft = createFormDraft({
    key: `own-check-in:new:${props.relationshipId}`,
    label: 'a note about your own check-in',
    snapshot: () => ({ ...v }),
    restore: (saved) => setV(saved as typeof v),
  });
  const { error, setError, errorFor, fromCaught } = createFormError();
  const [saving, setSaving] = createSignal(false);
  const back = () => go('/r/:id', { id: props.relationshipId });

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const at = fromLocalInput(v.at);
    if (!at) return setError({ field: 'at', message: 'Use a full date and time.' });
    setSaving(true);
    try {
      await call('monitoring-notes:create', { relationshipId: props.relationshipId, at, kind: v.kind, note: v.note });
      await draft.discard().catch(() => undefined); // saved; a stale draft only offers it back
      showNotice('Noted. Seeing the pattern is the first step to easing it.');
      back();
    } catch (err) {
      fromCaught(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="page narrow" aria-labelledby="mn-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">{journal()?.relationship.name ?? ' '}</p>
          <h1 id="mn-title">Log my own check-in</h1>
          <p class="lede">Caught yourself checking up more than the work needed? Note it here, without judging yourself. It helps you see whether your trust is keeping up with the evidence.</p>
        </div>
      </header>
      <DraftNote draft={draft} />
      <form novalidate onSubmit={submit}>
        <fieldset class="fu-group">
          <legend>What did you do?</legend>
          <div class="choice-row stacked">
            <For each={MONITORING_KINDS}>
              {(k) => (
                <label class="choice">
                  <input type="radio" name="mn-kind" checked={v.kind === k} onChange={() => setV('kind', k)} />
                  {MONITORING_KIND_LABELS[k]}
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <Field id="mn-note" label="Anything to add?" hint="Optional. What prompted it, for instance." error={errorFor('note')}>
          <textarea id="mn-note" rows={3} value={v.note} onInput={(e) => setV('note', e.currentTarget.value)}
            aria-invalid={!!errorFor('note')} aria-describedby={describedBy('mn-note', 'hint', errorFor('note'))} />
        </Field>
        <Field id="mn-at" label="When" error={errorFor('at')}>
          <input id="mn-at" type="datetime-local" class="short" value={v.at} onInput={(e) => setV('at', e.currentTarget.value)}
            aria-invalid={!!errorFor('at')} aria-describedby={describedBy('mn-at', undefined, errorFor('at'))} />
        </Field>
        <Show when={error() && !['note', 'at'].includes(error()!.field ?? '')}>
          <p class="error-box" role="alert">{error()!.message}</p>
        </Show>
        <div class="actions">
          <button type="button" class="button" onClick={back}>Cancel</button>
          <button type="submit" class="button primary" disabled={saving()}>{saving() ? 'Saving…' : 'Log it'}</button>
        </div>
      </form>
    </section>
  );
}
