import { z } from 'zod';
import type { EnvelopeSpec } from '../store/envelope';

/**
 * How many earlier versions of each journal Mend keeps (product.md §6, issue 7): the newest `keepLast`,
 * plus the newest of each day for DAILY_DAYS days. Kept in a small plain file the main process reads
 * before opening the folder (it holds no journal text, so it is never sealed), so a change applies
 * from the next start.
 */
export const KEEP_LAST_DEFAULT = 10;
export const KEEP_LAST_MAX = 100;
export const DAILY_DAYS = 30;
/**
 * Where the settings were kept before they were per computer: a dot-file shared by every computer on a
 * synced folder. Still read once, as this computer's starting settings, and never written again.
 */
export const BACKUP_SETTINGS_PATH = '.backup-settings.json';

/**
 * Each computer's own settings (issue 13 item 8), in its state folder. Encrypting a folder seals every
 * visible file, but this one must stay readable before the passphrase is entered, since the storage is
 * set up first. It holds one number and no journal text.
 */
export const BACKUP_SETTINGS_NAME = 'backup-settings.json';
export const backupSettingsPath = (deviceId: string): string => `devices/${deviceId}/${BACKUP_SETTINGS_NAME}`;
export const isBackupSettingsPath = (rel: string): boolean =>
  rel === BACKUP_SETTINGS_PATH || /^devices\/[^/]+\/backup-settings\.json$/.test(rel);

export const backupSettingsSchema = z.strictObject({
  keepLast: z
    .number({ message: 'Enter a number of versions.' })
    // multipleOf, not int: zod reports int() as a type error, which dispatch words as a missing value.
    .multipleOf(1, 'Use a whole number of versions.')
    .min(1, 'Keep at least one earlier version.')
    .max(KEEP_LAST_MAX, `Keep at most ${KEEP_LAST_MAX} versions; the daily copies cover the weeks before.`),
});

export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { keepLast: KEEP_LAST_DEFAULT };

export const backupSettingsSpec: EnvelopeSpec<BackupSettings> = {
  kind: 'settings',
  version: 1,
  schema: backupSettingsSchema,
  migrations: {},
};
