import { createResource, createSignal, For, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { formatDay } from '../../lib/dates';
import { onReadProblem } from '../../lib/live-changes';
import type { Output } from '../../../../core/api/contract';

type ReadProblem = Output<'devices:read-problems'>[number];

/**
 * Settings → Computers: every computer that has opened this data folder, and when. Each keeps its own
 * old change lines until every computer it knows has folded them in; one not seen for a month can be
 * forgotten (main asks first), so it no longer holds them back. Its changes stay in the journal.
 */
export function DevicesSection() {
  const [devices, { refetch }] = createResource(() => call('devices:list', {}));
  const [error, setError] = createSignal<string | null>(null);
  const [done, setDone] = createSignal<string | null>(null);
  /** A forget on its way (main asks first): a second press, of any Forget button, waits for it. */
  const [busy, setBusy] = createSignal(false);

  const forget = async (id: string, name: string) => {
    if (busy()) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await call('devices:forget', { id });
      setDone(`${name} is forgotten. Its changes stay in your journal.`);
      await refetch();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const seen = (iso: string | null) => (iso ? `Last opened this folder on ${formatDay(iso)}` : 'Known only by the changes it wrote');

  return (
    <section class="section" aria-labelledby="devices-title">
      <h2 id="devices-title">Computers</h2>
      <p>
        The computers that keep this journal folder, for example through a synced folder. Each one writes only its own
        files, so none overwrites another’s work.
      </p>
      <Show when={devices.error}>
        <p class="error-box">{errorMessage(devices.error)}</p>
      </Show>
      <ul class="backup-list" aria-label="Computers using this folder">
        <For each={devices.latest ?? []}>
          {(d) => (
            <li class="backup">
              <span>
                <strong>{d.name}</strong>
                <Show when={d.thisDevice && d.name !== 'This computer'}> (this computer)</Show>
                <br />
                <span class="hint">
                  {d.thisDevice ? 'In use now' : d.forgotten ? 'Forgotten. If it opens this folder again, it is remembered again.' : seen(d.lastSeen)}
                </span>
              </span>
              <Show when={d.canForget}>
                <button type="button" class="button" disabled={busy()} onClick={() => void forget(d.id, d.name)}>
                  Forget {d.name}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <p class="hint">A computer that has not opened the folder for a month can be forgotten, so it no longer holds old change lines back.</p>
      <ReadProblemsList />
      <p class="hint" role="status">{done()}</p>
      <Show when={error()}>
        <p class="error-box" role="alert">{error()}</p>
      </Show>
    </section>
  );
}

/** "Sam Rivera’s journal, the change log from Laptop, line 12" (names and places only, never text). */
function placeOf(p: ReadProblem): string {
  const whose = p.person ? `${p.person}’s journal` : null;
  const log = p.file.startsWith('logs/') ? `the change log ${p.computer ? `from ${p.computer}` : p.file}` : p.file;
  return [whose, log, p.line !== null ? `line ${p.line}` : null].filter(Boolean).join(', ');
}

/**
 * What Mend came upon in the folder and could not read (a change-log line that fails its checksum, a
 * conflict copy that does not open) or found badly wrong (a clock far ahead) since it started. Shown
 * only when there is something; refreshed when more is found.
 */
function ReadProblemsList() {
  const [problems, { refetch }] = createResource(() => call('devices:read-problems', {}));
  onReadProblem(() => void refetch());
  return (
    <Show when={(problems.latest ?? []).length > 0}>
      <h3 id="read-problems-title" class="read-problems-title">What Mend found while reading the folder</h3>
      <p>
        Mend reads everything it can, leaves out only what it could not read, and leaves each file exactly as it is. If your
        sync tool was still copying a file, the problem goes once the file has arrived and Mend starts again.
      </p>
      <ul class="backup-list" aria-labelledby="read-problems-title">
        <For each={problems.latest ?? []}>
          {(p) => (
            <li class="backup">
              <span>
                <strong>{placeOf(p)}</strong>
                <br />
                <span class="hint">{sentence(p.reason)}</span>
              </span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** The store's reasons a person may not follow, in plain words; any other is shown as the store says it. */
const PLAIN_REASONS: Record<string, string> = {
  'its checksum does not match': 'This line was changed or damaged after it was saved.',
  'it is cut short or has no checksum': 'This line is incomplete.',
  'it is not valid JSON': 'This line is not written the way Mend writes.',
  'it is not a Mend change': 'This line is not a change Mend wrote.',
};

/** The store's reason as a sentence: "This line was changed or damaged after it was saved." */
const sentence = (reason: string): string =>
  PLAIN_REASONS[reason] ?? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}${/[.!?]$/.test(reason) ? '' : '.'}`;
