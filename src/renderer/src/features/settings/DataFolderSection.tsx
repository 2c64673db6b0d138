import { createSignal, Match, Show, Switch, type Resource } from 'solid-js';
import type { AppInfo } from '../../../../core/api/slices/app';
import { call, errorMessage } from '../../lib/api';

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

  async function change(): Promise<void> {
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
            <button type="button" class="button" disabled={busy() || restarting() !== null} onClick={() => void change()}>
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
      <div role="status">
        <Show when={restarting()}>
          {(how) => <p>{how() === 'move' ? 'Saving, then restarting to move your journal…' : 'Saving, then restarting on that journal…'}</p>}
        </Show>
        <Show when={refusal()}>{(message) => <p>{message()}</p>}</Show>
      </div>
      <Show when={error()}>
        <p class="error-box" role="alert">
          {error()}
        </p>
      </Show>
    </section>
  );
}
