import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import {
  BACKUP_SETTINGS_PATH,
  DAILY_DAYS,
  DEFAULT_BACKUP_SETTINGS,
  backupSettingsSpec,
  type BackupSettings,
} from '../core/model/backup-settings';
import { decodeEnvelope, encodeEnvelope, UnreadableFileError } from '../core/store/envelope';
import { errorCode, nodeFs } from './storage/fs-seam';
import { writeDurably } from './storage/durable-write';
import { reasonFor, storageError } from './storage/storage-errors';
import type { BackupPolicy } from './storage/backup-policy';

/** Same channel as the storage's own warnings: stderr, never journal text. */
const defaultWarn = (message: string) => process.emitWarning(message, 'MendStorageWarning');

/**
 * The backup settings file, read before the data folder's store is created (the policy is fixed for a
 * store's life) and written durably like every other file. It is plain JSON in the usual envelope: it
 * holds one number, no journal text, so it stays readable before an encrypted folder is unlocked.
 */
export async function readBackupSettings(dataFolder: string, warn: (m: string) => void = defaultWarn): Promise<BackupSettings> {
  try {
    const bytes = await fsp.readFile(path.join(dataFolder, BACKUP_SETTINGS_PATH));
    return decodeEnvelope(backupSettingsSpec, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    // Never a reason not to open the journal: fall back to the defaults and say so (no content logged).
    const reason = error instanceof UnreadableFileError ? error.reason : reasonFor(error);
    if (errorCode(error) !== 'ENOENT') warn(`Could not read ${BACKUP_SETTINGS_PATH} (${reason}); keeping the default number of versions.`);
    return DEFAULT_BACKUP_SETTINGS;
  }
}

export async function saveBackupSettings(dataFolder: string, settings: BackupSettings): Promise<void> {
  try {
    await writeDurably(nodeFs, path.join(dataFolder, BACKUP_SETTINGS_PATH), encodeEnvelope(backupSettingsSpec, settings), async () => undefined);
  } catch (error) {
    throw storageError('save', BACKUP_SETTINGS_PATH, error);
  }
}

/** The storage's policy from the saved settings. */
export async function backupPolicyFor(dataFolder: string, warn?: (m: string) => void): Promise<BackupPolicy> {
  return { keepLast: (await readBackupSettings(dataFolder, warn)).keepLast, dailyDays: DAILY_DAYS };
}
