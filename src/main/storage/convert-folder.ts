import type { Dirent } from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { isDomainError } from '../../core/errors';
import { isBackupSettingsPath } from '../../core/model/backup-settings';
import { isDeviceRecordPath } from '../../core/store/device-upkeep';
import { scrub, sweepStaleTemps, writeDurably } from './durable-write';
import { errorCode, type FsSeam } from './fs-seam';
import { LOCK_FILE } from './data-lock';
import { KEYRING_FILE } from './keyring';
import { PREVIOUS_KEYRING_FILE } from './keyring-file';
import { FOLDER_FILE } from './folder-format';
import { isSealed, openSealed, readHeader, sameBytes, seal, SealError, type DataKey } from './sealed-file';
import { startsWithWholeSeal } from './sealed-whole-log';
import { storageError } from './storage-errors';
import { SYNC_TOOL_FILES, SYNC_TOOL_FOLDER } from './sync-tool-files';
import { sealLogRow, unwrapLogRow } from './encrypted-file-store';
import { wrapLogRow } from './sealed-log-rows';
import { BACKUP_FOLDER } from './storage-paths';
import { isThisProcess, parseTempName } from './temp-names';

export type Direction = 'seal' | 'open';

/** Sealed files set aside with a copy of the keyring when encryption was turned off (see still-sealed.ts). */
export const STILL_SEALED_PREFIX = 'damaged/still-sealed-';

export interface ConvertReport {
  converted: number;
  unchanged: number;
  /** Sealed files that could not be opened (another key, or damaged): left exactly as they are. */
  leftAsIs: string[];
}

/**
 * Seals (or opens) every file in the data folder: journals, the index, earlier versions, trash and
 * set-aside files, dot-files and dot-folders too (a sync tool's old versions, anything put there).
 * Each file is one atomic durable rewrite (temp file, fsync, rename, fsync folder) with no backup kept,
 * so a kill at any moment leaves each file whole in exactly one of its two forms, and no plain copy is
 * left behind in backups/. Safe to run again: finished files are skipped. When sealing, every leftover
 * temp file (plain text, whoever wrote it) is zeroed and removed, so no plain text stays anywhere.
 *
 * `former`: data keys this computer held before the folder's key was replaced elsewhere. When sealing,
 * what was sealed under one of them is opened and sealed again under `key`, so no line stays under a
 * key the folder no longer has; what is sealed under a key not given is left as it is.
 */
export async function convertFolder(
  fs: FsSeam,
  root: string,
  key: DataKey,
  direction: Direction,
  onProgress?: (done: number, total: number) => void,
  former: readonly DataKey[] = [],
): Promise<ConvertReport> {
  const report: ConvertReport = { converted: 0, unchanged: 0, leftAsIs: [] };
  const { files, dirs, temps } = await walk(root);
  if (direction === 'seal') {
    for (const rel of temps) await removeTemp(fs, path.join(root, ...rel.split('/')));
  } else {
    // A conversion killed earlier may have left temp files; a dead writer's are removed.
    for (const dir of dirs) await sweepStaleTemps(fs, dir).catch(() => undefined);
  }
  for (const rel of files) {
    await convertOne(fs, root, rel, key, direction, report, former);
    onProgress?.(report.converted + report.unchanged + report.leftAsIs.length, files.length);
    // Between files the main process answers the window's other calls (reads, the progress poll).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return report;
}

async function convertOne(fs: FsSeam, root: string, rel: string, key: DataKey, direction: Direction, report: ConvertReport, former: readonly DataKey[]): Promise<void> {
  const abs = path.join(root, ...rel.split('/'));
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(abs);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return; // gone since the walk
    throw storageError('read', rel, error);
  }
  let next: Uint8Array;
  if (rel.endsWith('.log')) {
    const converted = convertLog(bytes, identityOf(rel), key, direction, former);
    if (converted === 'unchanged') return void report.unchanged++;
    if (converted === 'left') return void report.leftAsIs.push(rel);
    next = converted;
  } else if (direction === 'seal') {
    if (isDeviceRecordPath(rel)) return void report.unchanged++;
    if (isSealed(bytes)) {
      const resealed = resealedBlock(bytes, key, former);
      if (!resealed) return void report.unchanged++;
      next = resealed;
    } else {
      next = seal(key, identityOf(rel), bytes);
    }
  } else {
    if (!isSealed(bytes)) return void report.unchanged++;
    try {
      // A moved file (trash, set aside) keeps the identity it was sealed with; its tag still proves it whole.
      next = openSealed(key, null, bytes);
    } catch (error) {
      if (!(error instanceof SealError)) throw error;
      report.leftAsIs.push(rel);
      return;
    }
  }
  try {
    await writeDurably(fs, abs, next, async () => undefined);
  } catch (error) {
    throw isDomainError(error) ? error : storageError(direction === 'seal' ? 'encrypt' : 'decrypt', rel, error);
  }
  report.converted++;
}

/**
 * A sealed block under one of the `former` keys, sealed again under `key` for the identity it was sealed
 * for; null when it is under `key` already, under a key not given, or damaged (then left as it is).
 */
function resealedBlock(block: Uint8Array, key: DataKey, former: readonly DataKey[]): Uint8Array | null {
  if (former.length === 0) return null;
  let header: ReturnType<typeof readHeader>;
  try {
    header = readHeader(block);
  } catch (error) {
    if (error instanceof SealError) return null;
    throw error;
  }
  const old = former.find((k) => sameBytes(k.id, header.keyId) && !sameBytes(k.id, key.id));
  if (!old) return null;
  try {
    return seal(key, header.identity, openSealed(old, header.identity, block));
  } catch (error) {
    if (error instanceof SealError) return null;
    throw error;
  }
}

/**
 * A change log is sealed line by line (see encrypted-file-store.ts). Sealing leaves no plain line, a
 * torn last one included; opening leaves the whole file as it is if any line cannot be opened.
 */
export function convertLog(bytes: Uint8Array, identity: string, key: DataKey, direction: Direction, former: readonly DataKey[] = []): Uint8Array | 'unchanged' | 'left' {
  // A log an older Mend sealed as one block (sealed-whole-log.ts): its bytes are no rows; rewritten as
  // rows (decoded as text, a piece starting "{" sealed as a row) the block would be lost.
  if (startsWithWholeSeal(bytes)) return 'left';
  const rows = new TextDecoder().decode(bytes).split('\n').filter((row) => row.length > 0);
  const plain = (row: string) => row.startsWith('{');
  if (direction === 'seal') {
    // Only with former keys is each sealed row's header looked at (decoding every row costs time).
    const next = rows.map((row) => (plain(row) ? sealLogRow(key, identity, row) : resealRow(row, key, former)));
    return next.every((row, i) => row === rows[i]) ? 'unchanged' : new TextEncoder().encode(next.map((row) => `${row}\n`).join(''));
  }
  if (rows.every(plain)) return 'unchanged';
  const out: string[] = [];
  for (const row of rows) {
    if (plain(row)) {
      out.push(row);
      continue;
    }
    try {
      out.push(new TextDecoder().decode(openSealed(key, null, unwrapLogRow(row))));
    } catch (error) {
      if (!(error instanceof SealError)) throw error;
      return 'left';
    }
  }
  return new TextEncoder().encode(out.map((row) => `${row}\n`).join(''));
}

/** A sealed row under a former key, sealed again under `key`; any other row as it is. */
function resealRow(row: string, key: DataKey, former: readonly DataKey[]): string {
  if (former.length === 0) return row;
  let block: Uint8Array;
  try {
    block = unwrapLogRow(row);
  } catch (error) {
    if (error instanceof SealError) return row;
    throw error;
  }
  const again = resealedBlock(block, key, former);
  return again ? wrapLogRow(again) : row;
}

/**
 * The identity a file is sealed for: its own path, except earlier versions, which belong to the file
 * they are a version of (backups/relationships/a.json/<id> is opened as relationships/a.json).
 */
export function identityOf(rel: string): string {
  const prefix = `${BACKUP_FOLDER}/`;
  if (!rel.startsWith(prefix)) return rel;
  const inner = rel.slice(prefix.length, rel.lastIndexOf('/'));
  return inner.length > 0 ? inner : rel;
}

/** A temp file of this very process is a save in progress; any other is a leftover, zeroed and removed. */
async function removeTemp(fs: FsSeam, file: string): Promise<void> {
  const temp = parseTempName(path.basename(file));
  if (!temp || isThisProcess(temp)) return;
  await scrub(fs, file);
  await fs.unlink(file).catch((error: unknown) => {
    if (errorCode(error) !== 'ENOENT') throw storageError('remove', path.basename(file), error);
  });
}

/**
 * Every file in the data folder, as '/'-separated paths, dot-files and dot-folders included; temp files
 * apart. Not among them: the few files that must stay readable before an unlock and hold no journal
 * text (the keyring and the one it replaced, the folder's format, the locks, .backup-settings.json), and sync
 * tools' own control files.
 */
export async function walk(root: string): Promise<{ files: string[]; dirs: string[]; temps: string[] }> {
  let entries: Dirent[];
  try {
    entries = await fsp.readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { files: [], dirs: [], temps: [] };
    throw storageError('list', 'the data folder', error);
  }
  const files: string[] = [];
  const temps: string[] = [];
  const dirs = [root];
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (entry.isDirectory()) dirs.push(full);
    else if (!entry.isFile() || isReserved(rel)) continue;
    else if (parseTempName(entry.name)) temps.push(rel);
    else files.push(rel);
  }
  return { files: files.sort(), dirs, temps };
}


const isReserved = (rel: string): boolean =>
  rel === KEYRING_FILE ||
  rel === PREVIOUS_KEYRING_FILE ||
  rel === FOLDER_FILE ||
  rel === LOCK_FILE ||
  rel.startsWith(`${LOCK_FILE}.`) ||
  isBackupSettingsPath(rel) ||
  SYNC_TOOL_FILES.has(rel.slice(rel.lastIndexOf('/') + 1)) ||
  SYNC_TOOL_FOLDER.test(rel) ||
  (rel.startsWith(STILL_SEALED_PREFIX) && rel.endsWith(`/${KEYRING_FILE}`));
