import { constants as fsConstants } from 'node:fs';
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
/**
 * The most an import reads. Every text field is capped at 20,000 characters, and a heavy user (30
 * people, an entry a day for ten years, about 1.5 KB each as written in a backup) reaches about
 * 160 MB; 256 MiB leaves room for that and still bounds what a wrong pick can cost main.
 */
export const IMPORT_MAX_BYTES = 256 * 1024 * 1024;
const READ_CHUNK = 1024 * 1024;
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

/**
 * Reads a backup the person picked: a regular file only (a device or a pipe could feed main without
 * end, or block it for ever), opened without waiting for a writer, and never more than `maxBytes`,
 * counted while reading because a file can grow after its size was looked at.
 */
export async function readExternalFile(file: string, maxBytes = IMPORT_MAX_BYTES): Promise<Uint8Array> {
  const name = path.basename(file);
  try {
    // O_NONBLOCK: opening a pipe for reading would otherwise wait for a writer that may never come.
    const handle = await fsp.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw refusal(name, 'it is not a file but a device or a pipe. Choose a backup file');
      if (info.size > maxBytes) throw tooLarge(name);
      return await readCapped(handle, name, maxBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const reason = errorCode(error) === 'ENOENT' ? 'it no longer exists' : reasonFor(error);
    throw new DomainError('storage', `Could not read ${name}: ${reason}. Nothing was changed.`, { file: name });
  }
}

async function readCapped(handle: fsp.FileHandle, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(READ_CHUNK, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(name);
    chunks.push(chunk.subarray(0, bytesRead));
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

const refusal = (name: string, why: string) => new DomainError('invalid-input', `Mend cannot import ${name}: ${why}. Nothing was changed.`, { file: name });
const tooLarge = (name: string) => refusal(name, 'it is far larger than any Mend backup');

function exportError(folder: string, error: unknown): DomainError {
  const reason = errorCode(error) === 'ENOENT' ? 'the folder no longer exists' : reasonFor(error);
  return new DomainError('storage', `Could not save the export in ${folder}: ${reason}. Choose another folder and try again.`, {
    reason: errorCode(error) ?? 'unknown',
  });
}
