import { join, resolve } from 'node:path';

/**
 * Where the journals live. `MEND_DATA_DIR` wins when set (tests, and people who keep their journal in
 * a synced folder); otherwise Electron's per-user data folder. Pure: the caller passes
 * `app.getPath('userData')` so this can be tested without Electron.
 */
export function resolveDataFolder(env: Readonly<Record<string, string | undefined>>, userDataPath: string): string {
  const override = env['MEND_DATA_DIR']?.trim();
  // Resolved to an absolute path so a relative override can't drift with the working directory.
  if (override) return resolve(override);
  return join(userDataPath, 'journals');
}
