import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import {
  BACKUP_SETTINGS_PATH,
  DAILY_DAYS,
  DEFAULT_BACKUP_SETTINGS,
  backupSettingsPath,
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

/** Whose settings, in which folder: each computer on a synced folder keeps its own. */
export interface SettingsPlace {
  dataFolder: string;
  deviceId: string;
}

type Read = { settings: BackupSettings } | { missing: true } | { unreadable: string };

async function readFile(file: string): Promise<Read> {
  try {
    const bytes = await fsp.readFile(file);
    return { settings: decodeEnvelope(backupSettingsSpec, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { missing: true };
    return { unreadable: error instanceof UnreadableFileError ? error.reason : reasonFor(error) };
  }
}

const unreadableWarning = (rel: string, reason: string) => `Could not read ${rel} (${reason}); keeping the default number of versions.`;

/**
 * This computer's backup settings, read before the data folder's store is created (the policy is fixed
 * for a store's life). A damaged file is reported and left as it is; the defaults apply. The first time,
 * the folder's older shared file (from before settings were per computer) becomes this computer's own.
 */
export async function readBackupSettings(place: SettingsPlace, warn: (m: string) => void = defaultWarn): Promise<BackupSettings> {
  const own = backupSettingsPath(place.deviceId);
  const read = await readFile(path.join(place.dataFolder, own));
  if ('settings' in read) return read.settings;
  if ('unreadable' in read) {
    // Never a reason not to open the journal: fall back to the defaults and say so (no content logged).
    warn(unreadableWarning(own, read.unreadable));
    return DEFAULT_BACKUP_SETTINGS;
  }
  return migrateShared(place, warn);
}

/** The shared file, copied once as this computer's own; it stays for the folder's other computers. */
async function migrateShared(place: SettingsPlace, warn: (m: string) => void): Promise<BackupSettings> {
  const shared = await readFile(path.join(place.dataFolder, BACKUP_SETTINGS_PATH));
  if ('missing' in shared) return DEFAULT_BACKUP_SETTINGS;
  if ('unreadable' in shared) {
    warn(unreadableWarning(BACKUP_SETTINGS_PATH, shared.unreadable));
    return DEFAULT_BACKUP_SETTINGS;
  }
  // A copy that cannot be written now is tried again at the next start; the choice still applies.
  await saveBackupSettings(place, shared.settings).catch(() => warn(`Could not copy ${BACKUP_SETTINGS_PATH} for this computer; it is read again next time.`));
  return shared.settings;
}

/**
 * Saves this computer's settings durably. A damaged file in the way is moved aside first, never
 * overwritten, so whatever it held can still be looked at.
 */
export async function saveBackupSettings(place: SettingsPlace, settings: BackupSettings): Promise<void> {
  const rel = backupSettingsPath(place.deviceId);
  const file = path.join(place.dataFolder, rel);
  try {
    if ('unreadable' in (await readFile(file))) await fsp.rename(file, `${file}.damaged-${Date.now()}`);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await writeDurably(nodeFs, file, encodeEnvelope(backupSettingsSpec, settings), async () => undefined);
  } catch (error) {
    throw storageError('save', rel, error);
  }
}

/** The storage's policy from this computer's saved settings. */
export async function backupPolicyFor(place: SettingsPlace, warn?: (m: string) => void): Promise<BackupPolicy> {
  return { keepLast: (await readBackupSettings(place, warn)).keepLast, dailyDays: DAILY_DAYS };
}
