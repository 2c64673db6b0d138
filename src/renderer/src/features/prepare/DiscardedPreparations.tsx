import { createSignal, For, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { showNotice } from '../../lib/notice';
import { formatDayTime } from '../../lib/dates';
import { incidentTitle } from './timeline-entries';
import type { Journal } from '../../../../core/model/journal';

/** The Discarded list: preparations set aside, kept in the journal, one click from coming back. */
export function DiscardedPreparations(props: { journal: Journal; refresh: () => void }) {
  const discarded = () =>
    props.journal.preparations.filter((p) => p.status === 'discarded').sort((a, b) => (b.discardedAt ?? '').localeCompare(a.discardedAt ?? ''));
  const [busy, setBusy] = createSignal(false);
  const restore = async (id: string) => {
    setBusy(true);
    try {
      await call('preparations:restore', { relationshipId: props.journal.relationship.id, id });
      showNotice('It’s back on the timeline.');
      props.refresh();
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Show when={discarded().length > 0}>
      <details class="section discarded">
        <summary>Discarded preparations ({discarded().length})</summary>
        <ul class="backup-list" aria-label="Discarded preparations">
          <For each={discarded()}>
            {(p) => (
              <li class="backup">
                <span>
                  {incidentTitle(props.journal, p)} <span class="muted">· discarded {formatDayTime(p.discardedAt)}</span>
                </span>
                <button type="button" class="button" disabled={busy()} onClick={() => void restore(p.id)}>Bring back</button>
              </li>
            )}
          </For>
        </ul>
      </details>
    </Show>
  );
}
