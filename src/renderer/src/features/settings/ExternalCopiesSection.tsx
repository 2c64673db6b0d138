import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import type { ExternalCopy } from '../../../../core/model/external-copies';
import { call, errorMessage } from '../../lib/api';
import { formatDayTime } from '../../lib/dates';
import { copiesVersion } from './copies-changed';
import '../../styles/external-copies.css';

const KIND: Record<ExternalCopy['kind'], string> = { markdown: 'Markdown export', backup: 'Backup file' };
const NAMES_SHOWN = 3;

/** "Sam Rivera", "Sam Rivera and Ana Silva", "Sam, Ana, Lee and 2 more". */
export function peopleLine(people: string[]): string {
  if (people.length === 0) return 'No one yet';
  const shown = people.slice(0, NAMES_SHOWN);
  const rest = people.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length === 1 ? (shown[0] as string) : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) as string}`;
}

/**
 * Settings → Copies outside Mend: every export and backup written from this computer. Those files
 * are ordinary, unencrypted files wherever they were saved; the list says so, shows whether each is
 * still there, and lets the person forget an entry once they have dealt with it.
 */
export function ExternalCopiesSection() {
  const [copies, { mutate }] = createResource(copiesVersion, () => call('copies:list', {}));
  const [busy, setBusy] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [said, setSaid] = createSignal('');

  const forget = async (copy: ExternalCopy) => {
    setBusy(copy.id);
    setError(null);
    try {
      mutate(await call('copies:forget', { id: copy.id }));
      setSaid(`Forgotten. ${copy.exists ? 'The file itself is still where it was.' : ''}`.trim());
      document.getElementById('copies-title')?.focus();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="section" aria-labelledby="copies-title">
      <h2 id="copies-title" tabindex="-1">Copies outside Mend</h2>
      <p>
        Exports and backups are ordinary files wherever you saved them. They are not encrypted, even when Mend is, so anyone who
        opens them can read them. Delete the ones you no longer need.
      </p>
      <Switch>
        <Match when={copies.error}>
          <p class="error-box" role="alert">{errorMessage(copies.error)}</p>
        </Match>
        <Match when={copies.latest?.length === 0}>
          <p class="muted">No copies yet: nothing has been exported from this computer.</p>
        </Match>
        <Match when={copies.latest}>
          {(list) => (
            <ul class="copies-list" aria-label="Copies outside Mend">
              <For each={list()}>
                {(copy) => (
                  <li class="copy-item">
                    <div class="copy-text">
                      <strong>{KIND[copy.kind]}</strong>
                      <span class="muted"> · {formatDayTime(copy.at)} · {peopleLine(copy.people)}</span>
                      <p class="copy-path">{copy.path}</p>
                      <p class="hint">{copy.exists ? 'Still there, not encrypted.' : 'No longer there (moved or deleted).'}</p>
                    </div>
                    <button type="button" class="button" disabled={busy() !== null} onClick={() => void forget(copy)}
                      aria-label={`Forget the ${KIND[copy.kind].toLowerCase()} from ${formatDayTime(copy.at)}`}>
                      {busy() === copy.id ? 'Forgetting…' : 'Forget'}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
      <p class="hint" role="status">{said()}</p>
      <Show when={error()}>
        <p class="error-box" role="alert">{error()}</p>
      </Show>
    </section>
  );
}

/**
 * For the encryption screen: earlier exports stay unencrypted, so say how many before the person
 * turns encryption on. Nothing is shown when there are none (or the list cannot be read).
 */
export function EarlierCopiesNote() {
  const [copies] = createResource(copiesVersion, () => call('copies:list', {}).catch((): ExternalCopy[] => []));
  const here = () => (copies.latest ?? []).filter((c) => c.exists).length;
  return (
    <Show when={here() > 0}>
      <p class="warn-note" role="note">
        {here() === 1 ? '1 earlier export is' : `${here()} earlier exports are`} not encrypted. Encryption covers the data folder only;
        see “Copies outside Mend” below to find them.
      </p>
    </Show>
  );
}
