import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { call } from '../../lib/api';
import { go } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { Field, describedBy } from '../../components/Field';
import { createFormError } from '../../lib/form-error';
import { TRUST_ITEMS, type Ratings } from '../../../../core/model/trust-items';
import { THEIR_TRUST_ITEM_LABELS } from '../../../../core/model/leader-side-labels';
import { TheirScale } from './TheirScale';
import '../../styles/follow-up.css';
import '../../styles/leader-side.css';

const NONE: Ratings = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };

/** An occasional estimate of how much they trust me, on the same items, with the evidence behind it. */
export function TheirTrustPage(props: { relationshipId: string }) {
  const [journal] = createResource(() => props.relationshipId, (id) => call('journals:get', { relationshipId: id }));
  const [v, setV] = createStore({ at: toLocalInput(new Date().toISOString()), ratings: { ...NONE }, evidence: '', interpretation: '' });
  const { error, setError, errorFor, fromCaught } = createFormError();
  const [saving, setSaving] = createSignal(false);
  const name = () => journal()?.relationship.name ?? 'them';
  const back = () => go('/r/:id', { id: props.relationshipId });

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const at = fromLocalInput(v.at);
    if (!at) return setError({ field: 'at', message: 'Use a full date and time.' });
    setSaving(true);
    try {
      await call('their-trust:create', { relationshipId: props.relationshipId, at, ratings: { ...v.ratings }, evidence: v.evidence, interpretation: v.interpretation });
      showNotice('Saved. It sits beside your own trust on the chart.');
      back();
    } catch (err) {
      fromCaught(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="page narrow" aria-labelledby="tt-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">{journal()?.relationship.name ?? ' '}</p>
          <h1 id="tt-title">Their trust in me</h1>
          <p class="lede">Your best guess at how {name()} sees you right now. It’s your reading, not theirs: base it on what you saw or heard.</p>
        </div>
      </header>
      <form novalidate onSubmit={submit}>
        <For each={TRUST_ITEMS}>
          {(item) => <TheirScale item={item} label={THEIR_TRUST_ITEM_LABELS[item]} value={v.ratings[item]} onChange={(n) => setV('ratings', item, n)} />}
        </For>
        <Field id="tt-evidence" label="What I saw or heard" hint="One observable thing is enough: “They brought me the risk before the client did.”" error={errorFor('evidence')}>
          <textarea id="tt-evidence" rows={3} value={v.evidence} onInput={(e) => setV('evidence', e.currentTarget.value)}
            aria-invalid={!!errorFor('evidence')} aria-describedby={describedBy('tt-evidence', 'hint', errorFor('evidence'))} />
        </Field>
        <Field id="tt-interpretation" label="What I make of it (optional)" error={errorFor('interpretation')}>
          <textarea id="tt-interpretation" rows={2} value={v.interpretation} onInput={(e) => setV('interpretation', e.currentTarget.value)}
            aria-invalid={!!errorFor('interpretation')} aria-describedby={describedBy('tt-interpretation', undefined, errorFor('interpretation'))} />
        </Field>
        <Field id="tt-at" label="When" error={errorFor('at')}>
          <input id="tt-at" type="datetime-local" class="short" value={v.at} onInput={(e) => setV('at', e.currentTarget.value)}
            aria-invalid={!!errorFor('at')} aria-describedby={describedBy('tt-at', undefined, errorFor('at'))} />
        </Field>
        <Show when={error() && !['evidence', 'interpretation', 'at'].includes(error()!.field ?? '')}>
          <p class="error-box" role="alert">{error()!.message}</p>
        </Show>
        <div class="actions">
          <button type="button" class="button" onClick={back}>Cancel</button>
          <button type="submit" class="button primary" disabled={saving()}>{saving() ? 'Saving…' : 'Save the estimate'}</button>
        </div>
      </form>
    </section>
  );
}
