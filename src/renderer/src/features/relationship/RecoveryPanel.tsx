import { createResource, createSignal, For, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { formatDayTime } from '../../lib/dates';
import { useRelationships } from '../../stores/relationships';

/**
 * Shown when a journal file cannot be read. Names the file and the reason, lists earlier versions,
 * and restores one on request. The damaged file is set aside, never deleted.
 */
export function RecoveryPanel(props: { id: string; message: string; onRestored: () => void }) {
  const { all, refresh } = useRelationships();
  const [backups] = createResource(() => props.id, (id) => call('journals:backups', { relationshipId: id }));
  const [busy, setBusy] = createSignal(false);
  const name = () => all()?.find((r) => r.id === props.id)?.name ?? 'this person';

  const restore = async (backupId: string, at: string) => {
    const ok = await confirmAction({
      title: 'Restore this version?',
      body: `Mend will put back the version from ${formatDayTime(at)}. The damaged file is kept in the “damaged” folder, not deleted.`,
      confirmLabel: 'Restore',
    });
    if (!ok) return;
    setBusy(true);
    try {
      await call('journals:restore', { relationshipId: props.id, backupId });
      await refresh();
      showNotice('Restored. Welcome back.');
      props.onRestored();
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page" aria-labelledby="recovery-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">Recovery</p>
          <h1 id="recovery-title">{name()}’s journal needs a hand</h1>
          <p class="lede">Nothing has been deleted. Everything else in Mend keeps working while you sort this out.</p>
        </div>
      </header>
      <p class="error-box" role="alert">{props.message}</p>
      <h2>Earlier versions</h2>
      <Show when={backups.error}>
        <p class="error-box">{errorMessage(backups.error)}</p>
      </Show>
      <Show when={backups() && backups()!.length === 0}>
        <p class="muted">There are no earlier versions of this journal to restore. The file is still in your data folder if you want to look at it.</p>
      </Show>
      <ul class="backup-list" aria-label="Earlier versions">
        <For each={backups()}>
          {(b) => (
            <li class="backup">
              <span>
                <strong>{formatDayTime(b.at)}</strong>
                <span class="muted"> · {b.entries === null ? 'unreadable' : `${b.entries} ${b.entries === 1 ? 'entry' : 'entries'}`}</span>
              </span>
              <button type="button" class="button" disabled={busy() || b.entries === null} onClick={() => void restore(b.id, b.at)}>
                Restore this version
              </button>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
