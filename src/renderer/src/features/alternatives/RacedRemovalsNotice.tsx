import { createResource, createSignal, For, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { confirmAction, focusAfterChoice } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { Markdown } from '../../components/Markdown';
import type { Journal } from '../../../../core/model/journal';
import type { Output } from '../../../../core/api/contract';
import { capitalized, fieldLabel, formatWritten, origin, recordLabel, titleField, type TextVersion } from './labels';
import '../../styles/alternatives.css';

type RacedRemoval = Awaited<Output<'raced-removals:list'>>[number];

/**
 * Entries removed on one computer while another, not yet caught up, was still writing in them. The
 * removal stands until the person chooses; the words written meanwhile wait here, with a way back.
 */
export function RacedRemovalsNotice(props: { journal: Journal; onResolved: () => void }) {
  const [list, { mutate }] = createResource(
    () => props.journal,
    (j) => call('raced-removals:list', { relationshipId: j.relationship.id }),
  );
  const shown = () => (list.error ? [] : (list() ?? []));
  return (
    <Show when={shown().length > 0}>
      <section class="section alternatives" aria-labelledby="raced-removals-title">
        <h2 id="raced-removals-title" tabindex="-1">Removed while another computer was still writing</h2>
        <p class="muted">
          You removed {shown().length === 1 ? 'this entry' : 'these entries'} on one computer while another, not yet caught up, was
          still writing in {shown().length === 1 ? 'it' : 'them'}. Nothing is lost until you choose.
        </p>
        <For each={shown()}>
          {(item) => (
            <RacedCard
              item={item}
              relationshipId={props.journal.relationship.id}
              onResolved={(remaining) => {
                mutate(remaining);
                props.onResolved();
                focusAfterChoice('raced-removals-title');
              }}
            />
          )}
        </For>
      </section>
    </Show>
  );
}

function RacedCard(props: { item: RacedRemoval; relationshipId: string; onResolved: (remaining: RacedRemoval[]) => void }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const label = () => recordLabel(props.item.collection, props.item.entry);
  // The entry's words beyond the ones naming it: what was written in it, field by field.
  const texts = () => {
    const title = titleField(props.item.entry);
    return Object.entries(props.item.entry).filter(
      (e): e is [string, string] => e[0] !== title && typeof e[1] === 'string' && /\s/.test(e[1].trim()),
    );
  };

  const choose = async (choice: 'bring-back' | 'let-go') => {
    if (choice === 'let-go') {
      const ok = await confirmAction({
        title: 'Let this entry go?',
        body: `It stays removed, and the words written on ${props.item.changedOn.device} go with it.`,
        confirmLabel: 'Let it go',
      });
      if (!ok) return;
    }
    setBusy(true);
    setError(null);
    try {
      const { remaining } = await call('raced-removals:resolve', { relationshipId: props.relationshipId, record: props.item.record, choice });
      showNotice(choice === 'bring-back' ? 'It is back in the timeline.' : 'Let go. It stays removed.');
      props.onResolved(remaining);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class="alt-card" aria-label={label()}>
      <h3 class="alt-what">{label()}</h3>
      <p class="raced-when">
        Removed on {origin(props.item.removedOn)}.
        <br />
        {who(props.item.changedOn)} wrote in it on {formatWritten(props.item.changedOn.at)}, before it had caught up.
      </p>
      <For each={texts()}>
        {([field, text]) => (
          <figure class="alt-version">
            <figcaption>{capitalized(fieldLabel(field, props.item.collection))}</figcaption>
            <Markdown text={text} empty="(left empty)" />
          </figure>
        )}
      </For>
      <For each={props.item.alsoWritten}>
        {(v) => (
          <figure class="alt-version alt-other">
            <figcaption>{`${capitalized(fieldLabel(v.field, props.item.collection))}, also written on ${origin(v)}`}</figcaption>
            <Markdown text={v.text} empty="(left empty)" />
          </figure>
        )}
      </For>
      <Show when={props.item.alsoWritten.length > 0}>
        <p class="muted raced-hint">Bringing the entry back keeps both versions of each, one after the other, for you to trim.</p>
      </Show>
      <div class="actions start raced-actions">
        <button type="button" class="button primary" disabled={busy()} onClick={() => void choose('bring-back')}>Bring it back</button>
        <button type="button" class="button" disabled={busy()} onClick={() => void choose('let-go')}>Let it go</button>
      </div>
      <Show when={error()}>
        <p class="error-box" role="alert">{error()}</p>
      </Show>
    </article>
  );
}

/** "Home laptop", or "This computer (Work laptop)": the start of a sentence. */
function who(v: TextVersion): string {
  return v.thisComputer ? `This computer (${v.device})` : v.device;
}
