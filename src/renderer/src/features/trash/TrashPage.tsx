import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { onJournalChanged } from '../../lib/live-changes';
import { onLocalChange } from '../../lib/local-changes';
import { call, errorMessage } from '../../lib/api';
import { formatDayTime } from '../../lib/dates';
import { go } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { useRelationships } from '../../stores/relationships';
import { distinctNames } from '../../lib/distinct-names';
import '../../styles/drafts.css';

type TrashItem = Awaited<ReturnType<typeof loadTrash>>[number];
const loadTrash = () => call('trash:list', {});

/** People you deleted, whole, waiting to be brought back. Nothing here is ever erased by Mend. */
export function TrashPage() {
  const { refresh } = useRelationships();
  const [items, { refetch }] = createResource(loadTrash);
  // Undo of a delete, used from the bar while the Trash is on view, takes the person off this list.
  onLocalChange(() => void refetch());
  // A person the other computer moved to the Trash (or brought back) shows here as it arrives.
  onJournalChanged(() => void refetch());
  const [busy, setBusy] = createSignal<string | null>(null);
  // Two people of one name: their buttons say whose (distinct-names.ts), as each row shows the role.
  const labels = () => distinctNames((items() ?? []).map((i) => ({ id: i.file, name: i.name, role: i.role })));
  const labelOf = (item: TrashItem) => labels().get(item.file) ?? item.name;

  const bringBack = async (item: TrashItem) => {
    setBusy(item.file);
    try {
      const { id, name } = await call('trash:restore', { file: item.file });
      await refresh();
      showNotice(item.lateWords ? `The words from your other computer are with ${name} now.` : `${name} is back.`);
      go('/r/:id', { id });
    } catch (e) {
      showNotice(errorMessage(e), 'error');
      void refetch();
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="page narrow" aria-labelledby="trash-title">
      <header class="page-head">
        <div>
          <h1 id="trash-title">Trash</h1>
          <p class="lede">People you deleted wait here with everything you wrote about them. Bring anyone back whenever you like.</p>
        </div>
      </header>
      <Switch>
        <Match when={items.error}>
          <p class="error-box" role="alert">{errorMessage(items.error)}</p>
        </Match>
        <Match when={items()?.length === 0}>
          <p class="muted">The Trash is empty.</p>
        </Match>
        <Match when={items()}>
          <ul class="trash-list">
            <For each={items()}>
              {(item) => (
                <li class="trash-item">
                  <Show
                    when={item.lateWords}
                    fallback={
                      <div>
                        <strong>{item.name}</strong>
                        <span class="muted">
                          <Show when={item.role.trim()}> · {item.role.trim()}</Show> · deleted {formatDayTime(item.deletedAt)} ·{' '}
                          {item.entries === 0 ? 'nothing written yet' : `${item.entries} ${item.entries === 1 ? 'entry' : 'entries'}`}
                        </span>
                      </div>
                    }
                  >
                    <div>
                      <strong>{item.name}</strong>
                      <span class="muted">
                        {' '}· back in Mend. Your other computer, not yet caught up, kept writing about them after the delete. Those
                        words have just arrived.
                      </span>
                    </div>
                  </Show>
                  <button type="button" class="button" disabled={busy() !== null} onClick={() => void bringBack(item)}
                    aria-label={item.lateWords ? `Add the later words to ${labelOf(item)}` : `Bring back ${labelOf(item)}`}>
                    {busy() === item.file ? 'Bringing back…' : item.lateWords ? 'Add them' : 'Bring back'}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Match>
      </Switch>
    </section>
  );
}
