import { For, Show, onMount } from 'solid-js';
import { formatDayTime } from '../../lib/dates';
import { ACTION_BADGES, describeCopies, entries, hasWork, people, previewCounts, totalEntries, type ImportPreview } from './transfer-text';

/**
 * What a checked backup holds and what importing it would do, person by person. Nothing has changed
 * yet: the person confirms with Import, or cancels.
 */
export function ImportReview(props: { preview: ImportPreview; busy: boolean; onImport: () => void; onCancel: () => void }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const p = () => props.preview;
  return (
    <div class="import-review" role="region" aria-labelledby="import-title">
      <h3 id="import-title" ref={heading} tabindex="-1">Check before importing</h3>
      <p>
        <strong>{p().fileName}</strong>, saved {formatDayTime(p().exportedAt) || 'at an unknown time'}, holds {people(p().items.length)} and{' '}
        {entries(totalEntries(p()))}: {previewCounts(p())}. Nothing has changed yet.
      </p>
      <ul class="import-items" aria-label="What importing would do">
        <For each={p().items}>
          {(item) => (
            <li class="import-item" data-action={item.action}>
              <div class="import-item-head">
                <strong>{item.name}</strong>
                <span class="badge">{ACTION_BADGES[item.action]}</span>
              </div>
              <Show when={item.action !== 'same'}>
                <p class="muted">{describeCopies(item)}</p>
              </Show>
              <p class="import-reason">{item.reason}</p>
            </li>
          )}
        </For>
      </ul>
      <p class="hint">{p().rule} Anyone in Mend who is not in this backup stays exactly as they are.</p>
      <div class="actions start">
        <Show
          when={hasWork(p())}
          fallback={
            <button type="button" class="button primary" onClick={() => props.onCancel()}>
              Close
            </button>
          }
        >
          <button type="button" class="button primary" disabled={props.busy} onClick={() => props.onImport()}>
            {props.busy ? 'Importing…' : 'Import'}
          </button>
          <button type="button" class="button" disabled={props.busy} onClick={() => props.onCancel()}>
            Cancel
          </button>
        </Show>
      </div>
    </div>
  );
}
