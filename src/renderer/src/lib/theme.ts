import { createSignal } from 'solid-js';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'mend.theme';

const stored = (): ThemeChoice => {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
};

const [theme, setThemeSignal] = createSignal<ThemeChoice>(stored());
export { theme };

/** Applies the choice to <html>; "system" leaves it to prefers-color-scheme. */
export function applyTheme(choice: ThemeChoice = theme()): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

/** The theme is a display preference, not journal data, so it lives in the window's own storage. */
export function setTheme(choice: ThemeChoice): void {
  localStorage.setItem(KEY, choice);
  setThemeSignal(choice);
  applyTheme(choice);
}
