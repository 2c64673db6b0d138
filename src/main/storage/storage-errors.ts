import { DomainError } from '../../core/errors';
import { errorCode } from './fs-seam';

/** Plain words for the file-system failures a user can do something about. */
const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the folder is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'an input/output error',
  ENOENT: 'a folder is missing',
  ENOTDIR: 'a file is in the way of a folder',
  EEXIST: 'a file is in the way of a folder',
  EISDIR: 'a folder is in the way of the file',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
};

export function reasonFor(error: unknown): string {
  const code = errorCode(error);
  if (code === undefined) return 'an unexpected error';
  return REASONS[code] ?? `an unexpected error (${code})`;
}

/**
 * The error a user sees when a file operation fails. It names the file (relative to the data folder)
 * and the reason; never the bytes involved, and never the OS message (which carries absolute paths).
 */
export function storageError(action: string, relPath: string, error: unknown): DomainError {
  const code = errorCode(error) ?? 'unknown';
  return new DomainError('storage', `Could not ${action} ${relPath}: ${reasonFor(error)}.`, {
    path: relPath,
    reason: code,
  });
}

/** Folder-fsync errors that only mean "this platform cannot fsync a folder" (Windows, some network drives). */
export function isUnsupportedDirSync(error: unknown): boolean {
  const code = errorCode(error);
  if (code === 'EINVAL' || code === 'EISDIR' || code === 'ENOTSUP' || code === 'EBADF') return true;
  return process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES');
}
