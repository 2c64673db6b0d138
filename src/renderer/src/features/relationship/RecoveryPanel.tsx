import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { formatDayTime } from '../../lib/dates';
import { useRelationships } from '../../stores/relationships';
import '../../styles/backups.css';

const entriesLabel = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/**
 * Shown when a journal file cannot be read. Names the person and the file, lists earlier versions
 * with their dates and entry counts, and restores one on request; the newest good one is the obvious
 * choice. The damaged file is set aside in damaged/, never deleted.
 */
export function RecoveryPanel(props: { id: string; message: string; onRestored: () => void }) {
  const { all, refresh } = useRelationships();
  const [backups] = createResource(() => props.id, (id) => call('journals:backups', { relationshipId: id }));
  const [busy, setBusy] = createSignal(false);
  const newest = createMemo(() => backups()?.find((b) => b.entries !== null) ?? null);
  // After an index rebuild the index only knows "a journal that could not be read"; a backup knows the name.
  const name = () => newest()?.name ?? all()?.find((r) => r.id === props.id)?.name ?? 'This person';

  const restore = async (backupId: string, at: string) => {
    const ok = await confirmAction({
      title: 'Put back this version?',
      body: `Mend will restore ${name()}’s journal as it was on ${formatDayTime(at)}. The damaged file is kept in the “damaged” folder, not deleted.`,
      confirmLabel: 'Restore',
    });
    if (!ok) return;
    setBusy(true);
    try {
      await call('journals:restore', { relationshipId: props.id, backupId });
      await refresh();
      showNotice(`${name()}’s journal is back, as it was on ${formatDayTime(at)}.`);
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
          <h1 id="recovery-title">{name()}’s journal could not be opened</h1>
          <p class="lede">
            Mend left the damaged file exactly as it is. Put back an earlier version below; nothing is deleted, and
            everything else in Mend keeps working meanwhile.
          </p>
        </div>
      </header>
      <p class="error-box" role="alert">{props.message}</p>
      <Show when={newest()}>
        {(b) => (
          <div class="recovery-newest">
            <p>
              The newest good version is from <strong>{formatDayTime(b().at)}</strong>, with {entriesLabel(b().entries ?? 0)}.
            </p>
            <button type="button" class="button primary" disabled={busy()} onClick={() => void restore(b().id, b().at)}>
              Restore the newest good version
            </button>
          </div>
        )}
      </Show>
      <h2>Earlier versions</h2>
      <Show when={backups.loading}>
        <p class="muted">Looking for earlier versions…</p>
      </Show>
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
                <span class="muted"> · {b.entries === null ? 'this copy cannot be read either' : entriesLabel(b.entries)}</span>
              </span>
              <button type="button" class="button" disabled={busy() || b.entries === null} onClick={() => void restore(b.id, b.at)}
                aria-label={`Restore the version from ${formatDayTime(b.at)}`}>
                Restore
              </button>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
