import { createSignal, Match, Show, Switch, type Resource } from 'solid-js';
import type { AppInfo } from '../../../../core/api/slices/app';
import { call, errorMessage } from '../../lib/api';
import { onFolderChangeStopped } from '../../lib/live-changes';

/**
 * Settings → Your data: where the journal is, and "Use another folder…". The picker, the look at the
 * folder, the confirmation and the restart are main's (app:change-folder); this shows what came of it.
 */
export function DataFolderSection(props: { info: Resource<AppInfo> }) {
  const info = props.info;
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string | null>(null);
  const [restarting, setRestarting] = createSignal<'move' | 'open' | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  // The quit before the restart was stopped (words not saved yet, and the person kept Mend open).
  onFolderChangeStopped((choiceKept) => {
    setRestarting(null);
    setRefusal(
      choiceKept
        ? 'Mend stayed open to keep what you wrote. It still uses this folder for now, and switches to the one you chose the next time it starts.'
        : 'Mend stayed open to keep what you wrote, so it still uses this folder. Try again once it is saved.',
    );
  });

  /** What came of the last try: Mend restarting, or why the folder will not do. */
  const said = (): string | null => {
    const how = restarting();
    if (how === 'move') return 'Saving, then restarting to move your journal…';
    if (how === 'open') return 'Saving, then restarting on that journal…';
    return refusal();
  };

  async function change(): Promise<void> {
    if (busy()) return;
    setBusy(true);
    setRefusal(null);
    setError(null);
    try {
      const result = await call('app:change-folder', {});
      if (result.outcome === 'refused') setRefusal(result.message);
      if (result.outcome === 'restarting') setRestarting(result.how);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="section" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <Show when={info.error}>
        <p class="error-box">{errorMessage(info.error)}</p>
      </Show>
      <p>
        Everything you write stays in this folder, as readable JSON files. Mend sends nothing anywhere. If the folder is one
        your sync tool keeps (Dropbox, OneDrive, iCloud Drive, Syncthing), that tool copies it to your other computers.
      </p>
      <p class="path" aria-label="Data folder">{info()?.dataFolder}</p>
      <Switch>
        <Match when={info()?.folderChoice === 'open'}>
          <p class="muted">
            To write on two computers, keep the journal in a folder your sync tool keeps. Choose an empty folder and Mend moves
            your journal there; choose the folder that already holds it (from your other computer) and Mend opens that one.
            Either way Mend restarts.
          </p>
          <div class="actions start">
            {/* Not disabled while the picker is up: a disabled button drops the keyboard's focus to the page. */}
            <button type="button" class="button" aria-busy={busy()} disabled={restarting() !== null} onClick={() => void change()}>
              Use another folder…
            </button>
          </div>
        </Match>
        <Match when={info()?.folderChoice === 'set-at-start'}>
          <p class="muted">
            Mend was started with the setting MEND_DATA_DIR, which fixes this folder. Start it without that setting to choose a
            folder here.
          </p>
        </Match>
      </Switch>
      {/* The same result box as Backups and export (backups.css). */}
      <div role="status" class="transfer-status">
        <Show when={said()}>
          {(words) => (
            <div class="transfer-result">
              <p>{words()}</p>
            </div>
          )}
        </Show>
      </div>
      <Show when={error()}>
        <p class="error-box" role="alert">
          {error()}
        </p>
      </Show>
    </section>
  );
}
