import { createResource, createSignal, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';

/**
 * Settings → Spelling: one choice for this computer. Where turning it on means a download from
 * Google (Linux), the section says so before the box is ticked, not after.
 */
export function SpellingSection() {
  const [choice, { mutate }] = createResource(() => call('spelling:get', {}));
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [saved, setSaved] = createSignal(false);

  const change = async (box: HTMLInputElement) => {
    const enabled = box.checked;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      mutate(await call('spelling:set', { enabled }));
      setSaved(true);
    } catch (e) {
      box.checked = !enabled; // nothing changed, so the box says so too
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="section" aria-labelledby="spelling-title">
      <h2 id="spelling-title">Spelling</h2>
      <Show when={choice.error}>
        <p class="error-box">{errorMessage(choice.error)}</p>
      </Show>
      {/* Not keyed: a saved change updates the box in place, so focus stays on it. */}
      <Show when={choice.latest}>
        {(c) => (
          <>
            <Show when={c().downloadsDictionaries} fallback={<p>Mend underlines misspelled words with your computer’s own spellchecker. Nothing you write leaves this computer.</p>}>
              <p id="spelling-note">
                Mend can underline misspelled words as you type. On this computer, turning it on downloads dictionaries from
                Google’s servers. Google sees a request for your language’s dictionary, never what you write.
              </p>
            </Show>
            <label class="choice">
              {/* Never disabled while saving: that would drop keyboard focus. A click then is simply held back. */}
              <input type="checkbox" checked={c().enabled} aria-busy={busy()} aria-describedby={c().downloadsDictionaries ? 'spelling-note' : undefined}
                onClick={(e) => busy() && e.preventDefault()} onChange={(e) => void change(e.currentTarget)} />
              Check my spelling as I type
            </label>
          </>
        )}
      </Show>
      <p class="hint" role="status">
        <Show when={saved()}>{choice.latest?.enabled ? 'On. Right-click an underlined word for suggestions.' : 'Off. Nothing is underlined now.'}</Show>
      </p>
      <Show when={error()}>
        <p class="error-box" role="alert">{error()}</p>
      </Show>
    </section>
  );
}
