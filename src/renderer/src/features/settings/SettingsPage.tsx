import { createResource, For } from 'solid-js';
import { call } from '../../lib/api';
import { setTheme, theme, type ThemeChoice } from '../../lib/theme';
import { SETTINGS_SECTIONS } from './settings-sections';
import { DataFolderSection } from './DataFolderSection';
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
      <DataFolderSection info={info} />
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
