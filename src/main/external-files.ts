import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { DomainError } from '../core/errors';
import { errorCode } from './storage/fs-seam';
import { reasonFor } from './storage/storage-errors';

/**
 * Files outside the data folder: exports the person saves and backups they import. Unlike the data
 * folder these belong to the person, so a write never replaces an existing file (a free name is
 * picked instead) and a failure names the folder they chose.
 */
export const IMPORT_MAX_BYTES = 256 * 1024 * 1024;
const NAME_ATTEMPTS = 1000;

/** "Sam.md", then "Sam (2).md", "Sam (3).md"… */
export function candidateName(name: string, n: number): string {
  if (n === 1) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
}

export async function writeExternalFile(folder: string, name: string, bytes: Uint8Array): Promise<string> {
  if (name !== path.basename(name) || name === '' || name === '.' || name === '..') {
    throw new DomainError('invalid-input', 'That file name cannot be used for an export.');
  }
  for (let n = 1; n <= NAME_ATTEMPTS; n++) {
    const file = path.join(folder, candidateName(name, n));
    const handle = await fsp.open(file, 'wx', 0o600).catch((error: unknown) => {
      if (errorCode(error) === 'EEXIST') return null;
      throw exportError(folder, error);
    });
    if (handle === null) continue;
    await writeAndSync(handle, bytes).catch(async (error: unknown) => {
      // A half-written export is worse than none: remove it (it is a new file, ours alone).
      await fsp.unlink(file).catch(() => undefined);
      throw exportError(folder, error);
    });
    await syncFolder(folder);
    return file;
  }
  throw new DomainError('storage', `Could not save the export in ${folder}: too many files there already have that name.`);
}

async function writeAndSync(handle: fsp.FileHandle, bytes: Uint8Array): Promise<void> {
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the new name durable; some systems cannot fsync a folder, which is not worth failing for. */
async function syncFolder(folder: string): Promise<void> {
  const dir = await fsp.open(folder, 'r').catch(() => null);
  if (!dir) return;
  await dir.sync().catch(() => undefined);
  await dir.close();
}

export async function readExternalFile(file: string): Promise<Uint8Array> {
  const name = path.basename(file);
  try {
    const { size } = await fsp.stat(file);
    if (size > IMPORT_MAX_BYTES) {
      throw new DomainError('invalid-input', `Mend cannot import ${name}: it is far larger than any Mend backup. Nothing was changed.`);
    }
    const bytes = await fsp.readFile(file);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const reason = errorCode(error) === 'ENOENT' ? 'it no longer exists' : reasonFor(error);
    throw new DomainError('storage', `Could not read ${name}: ${reason}. Nothing was changed.`, { file: name });
  }
}

function exportError(folder: string, error: unknown): DomainError {
  const reason = errorCode(error) === 'ENOENT' ? 'the folder no longer exists' : reasonFor(error);
  return new DomainError('storage', `Could not save the export in ${folder}: ${reason}. Choose another folder and try again.`, {
    reason: errorCode(error) ?? 'unknown',
  });
}
