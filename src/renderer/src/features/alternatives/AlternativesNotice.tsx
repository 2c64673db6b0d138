import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { confirmAction, focusAfterChoice } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { Markdown } from '../../components/Markdown';
import type { Journal } from '../../../../core/model/journal';
import { alternativeLabel, origin, type TextAlternative, type TextVersion } from './labels';

type AlternativeChoice = 'keep' | 'drop';
import '../../styles/alternatives.css';

/**
 * Texts two computers changed at once, shown calmly where the journal is read: both versions, and a
 * choice. Until the person chooses, both stay; nothing is dropped on its own. `recordId` narrows it to
 * one entry (an entry's own page).
 */
export function AlternativesNotice(props: { journal: Journal; recordId?: string; onResolved: () => void }) {
  // Read again whenever the page's journal is (a save, another computer's change, a choice made here).
  const [list, { mutate }] = createResource(
    () => props.journal,
    (j) => call('alternatives:list', { relationshipId: j.relationship.id }),
  );
  const shown = () => (list.error ? [] : (list() ?? [])).filter((a) => props.recordId === undefined || a.recordId === props.recordId);
  return (
    <Show when={shown().length > 0}>
      <section class="section alternatives" aria-labelledby="alternatives-title">
        <h2 id="alternatives-title" tabindex="-1">Written on two computers at once</h2>
        <p class="muted">
          You changed the same words on two computers before they had caught up with each other. Both versions are kept
          until you choose.
        </p>
        <For each={shown()}>
          {(alt) => (
            <AlternativeCard
              alt={alt}
              journal={props.journal}
              onResolved={(remaining) => {
                mutate(remaining);
                props.onResolved();
                focusAfterChoice('alternatives-title');
              }}
            />
          )}
        </For>
      </section>
    </Show>
  );
}

function AlternativeCard(props: { alt: TextAlternative; journal: Journal; onResolved: (remaining: TextAlternative[]) => void }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const label = () => alternativeLabel(props.alt, props.journal);

  const choose = async (choice: AlternativeChoice) => {
    // Either choice lets one version go for good, on every computer: each says which before it does.
    const ok = await confirmAction(
      choice === 'drop'
        ? { title: 'Drop this version?', body: `The words written on ${props.alt.other.device} go. The version showing now stays as it is.`, confirmLabel: 'Drop it' }
        : { title: 'Keep this version instead?', body: `The words written on ${props.alt.other.device} take the place of the version showing now, which goes.`, confirmLabel: 'Keep this one' },
    );
    if (!ok) return;
    setBusy(true);
    setError(null);
    try {
      const relationshipId = props.journal.relationship.id;
      const { record, field, version } = props.alt;
      const { remaining } = await call('alternatives:resolve', { relationshipId, record, field, version, choice });
      showNotice(choice === 'keep' ? `Kept the version from ${props.alt.other.device}.` : 'Dropped. The version showing now stays.');
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
      <div class="alt-versions">
        <Version class="alt-shown" caption={`Showing now · ${origin(props.alt.shown)}`} version={props.alt.shown} />
        <Version class="alt-other" caption={`Also written on ${origin(props.alt.other)}`} version={props.alt.other}>
          {/* Beside the version they act on, so "this one" is plain. */}
          <div class="actions start">
            <button type="button" class="button" disabled={busy()} onClick={() => void choose('keep')}>Keep this one instead</button>
            <button type="button" class="button" disabled={busy()} onClick={() => void choose('drop')}>Drop it</button>
          </div>
        </Version>
      </div>
      <Show when={error()}>
        <p class="error-box" role="alert">{error()}</p>
      </Show>
    </article>
  );
}

function Version(props: { class: string; caption: string; version: TextVersion; children?: JSX.Element }) {
  return (
    <figure class={`alt-version ${props.class}`}>
      <figcaption>{props.caption}</figcaption>
      <Markdown text={props.version.text} empty="(left empty)" />
      {props.children}
    </figure>
  );
}
