import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { DomainError } from '../../core/errors';

/** Folder (under the data folder) that holds earlier versions: backups/<relative path>/<backup id>. */
export const BACKUP_FOLDER = 'backups';

/**
 * Turns a path relative to the data folder into an absolute one, refusing anything that could land
 * outside it: absolute paths, drive letters, '..' or '.' segments, empty segments, NUL bytes.
 * `allowRoot` lets list('') name the data folder itself.
 */
export function resolveInside(root: string, rel: string, allowRoot = false): string {
  if (allowRoot && (rel === '' || rel === '.')) return root;
  const segments = rel.split(/[\\/]/);
  const bad =
    rel.length === 0 ||
    rel.includes('\0') ||
    /^[a-zA-Z]:/.test(rel) ||
    segments.some((s) => s === '' || s === '.' || s === '..');
  if (bad) throw invalidPath(rel);
  const resolved = path.resolve(root, ...segments);
  const back = path.relative(root, resolved);
  // Belt and braces: whatever the platform's path rules, the result must stay under the root.
  if (back === '' || back.startsWith('..') || path.isAbsolute(back)) throw invalidPath(rel);
  return resolved;
}

function invalidPath(rel: string): DomainError {
  const shown = rel.length > 80 ? `${rel.slice(0, 80)}…` : rel;
  return new DomainError('invalid-input', `The path "${shown}" is not inside the data folder.`, { path: shown });
}

/** A short random suffix: unique temp and backup names even when two writers share a millisecond. */
export function randomSuffix(): string {
  return randomBytes(4).toString('hex');
}

/**
 * Backup ids: "s" and a sequence number that only grows within a file's backup folder, then the ISO
 * time of the replacement with ':' made filename-safe, then a random suffix. Ids sort in the order the
 * versions were made, whatever the clock said: a clock set a year ahead once cannot make that version
 * sort as newest forever. Ids from before the sequence (no "s…-") sort before every newer one.
 */
export function backupId(at: Date, sequence?: number): string {
  const seq = sequence === undefined ? '' : `s${String(sequence).padStart(10, '0')}-`;
  return `${seq}${at.toISOString().replace(/:/g, '-')}-${randomSuffix()}`;
}

const BACKUP_ID = /^(?:s(\d{10})-)?(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z-[0-9a-f]+$/;

/** The ISO time inside a backup id, or null for anything that is not one of ours. */
export function parseBackupId(id: string): string | null {
  const m = BACKUP_ID.exec(id);
  if (!m) return null;
  const iso = `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** The sequence number of a backup id (0 for ids made before there was one), or null if not ours. */
export function backupSequence(id: string): number | null {
  const m = BACKUP_ID.exec(id);
  return m ? Number(m[1] ?? 0) : null;
}

export function isSafeBackupId(id: string): boolean {
  return id.length > 0 && !id.includes('/') && !id.includes('\\') && !id.includes('..') && !id.includes('\0');
}
