import type { Session } from 'electron';

/**
 * Spellcheck without a request leaving the machine. macOS and Windows use the system's own
 * spellchecker. On Linux Chromium's Hunspell downloads its dictionaries from a Google server, so
 * there it stays off unless the person turns it on (and the download URL is never one we chose).
 */
export function applySpellcheck(ses: Pick<Session, 'setSpellCheckerEnabled'>, platform: NodeJS.Platform, enabledOnLinux: boolean): boolean {
  const enabled = platform !== 'linux' || enabledOnLinux;
  ses.setSpellCheckerEnabled(enabled);
  return enabled;
}
