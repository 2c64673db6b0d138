import type { JSX } from 'solid-js';

/**
 * Settings is a column of sections. Features add theirs here (backups and export, passphrase and
 * lock) so the page stays small and each feature keeps its own file.
 */
export interface SettingsSection {
  key: string;
  render: () => JSX.Element;
}

export const SETTINGS_SECTIONS: SettingsSection[] = [];
