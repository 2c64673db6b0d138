import * as path from 'node:path';
import { DomainError } from '../../core/errors';
import { ensureDir, syncDir, writeDurably } from './durable-write';
import { errorCode, type FsSeam } from './fs-seam';
import { convertLog, identityOf, STILL_SEALED_PREFIX, walk } from './convert-folder';
import { isSealed, openSealed, SealError, type DataKey } from './sealed-file';
import { startsWithWholeSeal } from './sealed-whole-log';
import { storageError } from './storage-errors';

/**
 * Sealed files the data key cannot open (damaged, or sealed under another key). Turning encryption off
 * must never delete keyring.json while one of them is still in the folder: with the key gone nobody
 * could ever try them again. They are named first, and on request moved into one folder under
 * damaged/ together with a copy of keyring.json, so the passphrase still belongs to them.
 */
const NAMES_SHOWN = 5;

/** Every sealed file outside an earlier set-aside folder that `key` cannot open, as '/' paths. */
export async function findUnopenable(fs: FsSeam, root: string, key: DataKey): Promise<string[]> {
  const { files } = await walk(root);
  const out: string[] = [];
  for (const rel of files.filter((f) => !f.startsWith(STILL_SEALED_PREFIX))) {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path.join(root, ...rel.split('/')));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue;
      throw storageError('read', rel, error);
    }
    // A change log is sealed line by line (a whole-file open always fails on it): it is unopenable
    // when one of its sealed lines is, exactly as turning encryption off would find it.
    if (rel.endsWith('.log')) {
      if (convertLog(bytes, identityOf(rel), key, 'open') === 'left') out.push(rel);
      continue;
    }
    if (!isSealed(bytes)) continue;
    try {
      openSealed(key, null, bytes);
    } catch (error) {
      if (!(error instanceof SealError)) throw error;
      out.push(rel);
    }
  }
  return out;
}

/** The refusal that names them and says what moving them aside does. */
export function stillSealedError(files: readonly string[]): DomainError {
  const one = files.length === 1;
  const shown = files.slice(0, NAMES_SHOWN).join(', ');
  const more = files.length > NAMES_SHOWN ? ` and ${files.length - NAMES_SHOWN} more` : '';
  return new DomainError(
    'conflict',
    `Mend cannot open ${one ? 'one encrypted file' : `${files.length} encrypted files`}: ${shown}${more}. ` +
      `${one ? 'It may be damaged' : 'They may be damaged'}, or sealed with another key. Turning encryption off now would leave ` +
      `${one ? 'it' : 'them'} locked for good, so nothing was changed. You can move ${one ? 'it' : 'them'} aside first: ` +
      `Mend keeps ${one ? 'it' : 'them'} in the damaged folder with a copy of the key file, so nothing is thrown away.`,
    { stillSealed: files.length },
  );
}

/** Moves `files` into damaged/still-sealed-<stamp>/ beside a copy of the keyring; returns that folder. */
export async function setAsideSealed(fs: FsSeam, root: string, files: readonly string[], keyring: Uint8Array, at: Date): Promise<string> {
  const rel = `${STILL_SEALED_PREFIX}${at.toISOString().replace(/[:.]/g, '-')}`;
  const dir = path.join(root, ...rel.split('/'));
  try {
    await ensureDir(fs, dir);
    // The key file lands first: a crash between moves never leaves a moved file without it.
    await writeDurably(fs, path.join(dir, 'keyring.json'), keyring, async () => undefined);
    for (const file of files) {
      await fs.rename(path.join(root, ...file.split('/')), path.join(dir, file.split('/').join('--')));
    }
    await syncDir(fs, dir);
    for (const folder of new Set(files.map((f) => path.dirname(path.join(root, ...f.split('/')))))) await syncDir(fs, folder);
  } catch (error) {
    throw storageError('move aside the files in', rel, error);
  }
  return rel;
}

/**
 * Change logs an older Mend sealed as one block (sealed-whole-log.ts), in logs/. The key opens them and
 * Mend reads them while encryption is on, but turning it off cannot yet make plain rows of them: left
 * sealed with the key gone, or set aside, the lines they hold that no snapshot has folded would be lost.
 */
export async function findHeldWhole(fs: FsSeam, root: string): Promise<string[]> {
  const { files } = await walk(root);
  const out: string[] = [];
  for (const rel of files.filter((f) => f.startsWith('logs/') && f.endsWith('.log'))) {
    try {
      if (startsWithWholeSeal(await fs.readFile(path.join(root, ...rel.split('/'))))) out.push(rel);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw storageError('read', rel, error);
    }
  }
  return out;
}

/** The refusal for them: nothing is wrong with them, and nothing was changed. */
export function heldWholeError(files: readonly string[]): DomainError {
  const one = files.length === 1;
  return new DomainError(
    'conflict',
    `An older Mend kept ${one ? 'one change log' : `${files.length} change logs`} in a sealed form this version reads but cannot yet ` +
      `turn back into plain text: ${files.slice(0, NAMES_SHOWN).join(', ')}${files.length > NAMES_SHOWN ? ` and ${files.length - NAMES_SHOWN} more` : ''}. ` +
      'Your words in it are safe while encryption stays on, so nothing was changed. Please keep encryption on for now.',
    { heldWhole: files.length },
  );
}
