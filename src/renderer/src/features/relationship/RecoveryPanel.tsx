import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { ApiError, call, errorMessage } from '../../lib/api';
import { confirmAction } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { distinctDayTimes, formatDayTime } from '../../lib/dates';
import { useRelationships } from '../../stores/relationships';
import { navigate } from '../../lib/router';
import '../../styles/backups.css';

/**
 * The store names the file and why (a damaged-file error's detail): said in words first, the file's
 * name (an id, meaningless to most) only for whoever wants it. Null for any other problem.
 */
function problemOf(error: unknown): { reason: string; file: string } | null {
  if (!(error instanceof ApiError) || error.code !== 'damaged') return null;
  const reason = error.detail?.['reason'];
  const file = error.detail?.['file'];
  return typeof reason === 'string' && typeof file === 'string' ? { reason, file } : null;
}

const entriesLabel = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
const SOURCE_LABELS = { backup: 'earlier version', trash: 'in the trash folder', damaged: 'in the damaged folder', logs: 'rebuilt from every saved change' } as const;

/**
 * Shown when a journal file cannot be read or is missing. Names the person, lists every version Mend
 * holds (earlier versions, the trash and damaged folders) with dates and entry counts, and restores
 * one on request; the newest good one is the obvious choice. The person can always be removed too.
 * A file that cannot be read is set aside in damaged/, never deleted.
 */
export function RecoveryPanel(props: { id: string; message: string; error?: unknown; onRestored: () => void }) {
  const { all, refresh } = useRelationships();
  const [backups] = createResource(() => props.id, (id) => call('journals:backups', { relationshipId: id }));
  const [busy, setBusy] = createSignal(false);
  const newest = createMemo(() => backups()?.find((b) => b.entries !== null) ?? null);
  // After an index rebuild the index only knows "a journal that could not be read"; a backup knows the name.
  const name = () => newest()?.name ?? all()?.find((r) => r.id === props.id)?.name ?? 'This person';

  // Two versions saved in one minute are told apart by their seconds.
  const when = createMemo(() => distinctDayTimes((backups() ?? []).map((b) => b.at)));
  const at = (iso: string) => when().get(iso) ?? formatDayTime(iso);

  const restore = async (backupId: string, iso: string) => {
    // Once a version is back the journal opens again and this list is gone: a newer one passed over is said first.
    const best = newest();
    const passedOver = best && best.id !== backupId
      ? ` A newer version, from ${at(best.at)} with ${entriesLabel(best.entries ?? 0)}, is also here: anything only that one holds will not come back.`
      : '';
    const ok = await confirmAction({
      title: 'Put back this version?',
      body: `Mend will restore ${name()}’s journal from the version of ${at(iso)}, with any later changes it still has.${passedOver} A file that cannot be read is kept in the “damaged” folder, not deleted.`,
      confirmLabel: 'Restore',
    });
    if (!ok) return;
    setBusy(true);
    try {
      await call('journals:restore', { relationshipId: props.id, backupId });
      await refresh();
      showNotice(`${name()}’s journal is back, from the version of ${at(iso)}.`);
      props.onRestored();
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    const ok = await confirmAction({
      title: `Remove ${name()} from Mend?`,
      body: 'Their journal moves to the trash folder inside your data folder, and the versions listed here stay where they are.',
      confirmLabel: 'Remove',
      tone: 'danger',
    });
    if (!ok) return;
    setBusy(true);
    try {
      await call('relationships:delete', { id: props.id });
      await refresh();
      showNotice(`${name()} is no longer in Mend. Their files are in the trash folder.`);
      navigate('/');
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
            Nothing has been deleted. Put back one of the versions Mend holds below, or remove this person from Mend;
            everything else keeps working meanwhile.
          </p>
        </div>
      </header>
      <Show when={problemOf(props.error)} fallback={<p class="error-box" role="alert">{props.message}</p>}>
        {(p) => (
          <div class="error-box" role="alert">
            <p>Mend could not open the file that holds this journal: {p().reason}. The file is left exactly as it is.</p>
            <details class="recovery-file">
              <summary>Which file</summary>
              <span class="path">{p().file}</span>
            </details>
          </div>
        )}
      </Show>
      <Show when={newest()}>
        {(b) => (
          <div class="recovery-newest">
            <p>
              The newest good version is from <strong>{at(b().at)}</strong>, with {entriesLabel(b().entries ?? 0)}.
            </p>
            <button type="button" class="button primary" disabled={busy()} onClick={() => void restore(b().id, b().at)}>
              Restore the newest good version
            </button>
          </div>
        )}
      </Show>
      <h2>Versions Mend holds</h2>
      <Show when={backups.loading}>
        <p class="muted">Looking for earlier versions…</p>
      </Show>
      <Show when={backups.error}>
        <p class="error-box">{errorMessage(backups.error)}</p>
      </Show>
      <Show when={backups() && backups()!.length === 0}>
        <p class="muted">Mend holds no other version of this journal. Any file it could not read is still in your data folder if you want to look at it.</p>
      </Show>
      <ul class="backup-list" aria-label="Versions Mend holds">
        <For each={backups()}>
          {(b, i) => (
            <li class="backup">
              <span>
                <strong>{at(b.at)}</strong>
                <span class="muted"> · {SOURCE_LABELS[b.source]} · {b.entries === null ? 'this copy cannot be read either' : entriesLabel(b.entries)}</span>
              </span>
              <button type="button" class="button" disabled={busy() || b.entries === null} onClick={() => void restore(b.id, b.at)}
                aria-label={`Restore version ${i() + 1}, from ${at(b.at)}, ${SOURCE_LABELS[b.source]}, ${b.entries === null ? 'unreadable' : entriesLabel(b.entries)}`}>
                Restore
              </button>
            </li>
          )}
        </For>
      </ul>
      <div class="recovery-remove">
        <h2>Remove this person</h2>
        <p class="muted">If you no longer need this journal, take {name()} out of Mend. Their files go to the trash folder.</p>
        <div class="actions start">
          <button type="button" class="button danger-quiet" disabled={busy()} onClick={() => void remove()}>Remove {name()} from Mend</button>
        </div>
      </div>
    </section>
  );
}
