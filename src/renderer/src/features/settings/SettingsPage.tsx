import { createResource, For, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { setTheme, theme, type ThemeChoice } from '../../lib/theme';
import { SETTINGS_SECTIONS } from './settings-sections';
import './register-sections';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Follow my computer' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Settings: where the journals live, and how Mend looks. */
export function SettingsPage() {
  const [info] = createResource(() => call('app:info', {}));
  return (
    <section class="page narrow" aria-labelledby="settings-title">
      <header class="page-head">
        <div>
          <h1 id="settings-title">Settings</h1>
          <p class="lede">Where your journal lives and how Mend looks.</p>
        </div>
      </header>
      <section class="section" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <Show when={info.error}>
          <p class="error-box">{errorMessage(info.error)}</p>
        </Show>
        <p>
          Everything you write stays in this folder, as readable JSON files. Mend sends nothing anywhere. If the folder is
          one your sync tool keeps (Dropbox, OneDrive, iCloud Drive, Syncthing), that tool copies it to your other computers.
        </p>
        <p class="path" aria-label="Data folder">{info()?.dataFolder}</p>
        <p class="muted">
          Mend opens this folder each time it starts. To use another one (a synced folder, to write on two computers), Mend
          is started with the setting MEND_DATA_DIR naming that folder: the README that comes with Mend gives the steps, under
          “Two computers, one journal”.
        </p>
      </section>
      <For each={SETTINGS_SECTIONS}>{(section) => section.render()}</For>
      <section class="section" aria-labelledby="theme-title">
        <h2 id="theme-title">Appearance</h2>
        <fieldset class="choice-row">
          <legend>Theme</legend>
          <For each={THEMES}>
            {(t) => (
              <label class="choice">
                <input type="radio" name="theme" value={t.value} checked={theme() === t.value} onChange={() => setTheme(t.value)} />
                {t.label}
              </label>
            )}
          </For>
        </fieldset>
      </section>
      <p class="muted">Mend {info()?.version}</p>
    </section>
  );
}
