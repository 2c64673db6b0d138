import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DomainError } from '../../core/errors';
import { KEYRING_MOVED } from '../../core/services/security';
import { syncDir, writeDurably } from './durable-write';
import { errorCode, type FsSeam } from './fs-seam';
import { decodeKeyring, encodeKeyring, KEYRING_FILE, KEYRING_NEWER, KEYRING_NEWER_MESSAGE, type Keyring } from './keyring';
import { storageError } from './storage-errors';

/**
 * The keyring replaced by the last write (or removed when encryption went off), kept beside it: a
 * keyring written by a computer that had not seen the newest one, or a key still in use somewhere, can
 * always be recovered with the passphrase that opened it. The data key inside stays wrapped.
 */
export const PREVIOUS_KEYRING_FILE = 'keyring.previous.json';

const CHANGED_ELSEWHERE =
  'Your encryption settings were just changed on another computer, so Mend changed nothing here. It has caught up with them now; please try again.';

const UNREADABLE_NOW =
  'Mend could not read keyring.json just now; it may still be arriving from your other computer. Nothing was changed. Please try again in a moment.';

export type Loaded = { kind: 'none' } | { kind: 'ok'; keyring: Keyring } | { kind: 'damaged'; reason: string };

export interface KeyringFile {
  /** The keyring as it is on disk now. */
  read(): Promise<Loaded>;
  /** The keyring kept from the last write or removal (PREVIOUS_KEYRING_FILE). */
  readPrevious(): Promise<Loaded>;
  /**
   * A compare-and-swap: writes `next` (null removes the keyring) only if the file on disk is still
   * `expected`, what this computer last loaded; else throws conflict (reason KEYRING_MOVED) and writes
   * nothing. The keyring replaced is first kept as PREVIOUS_KEYRING_FILE. Returns what is now on disk.
   */
  replace(expected: Loaded, next: Keyring | null): Promise<Loaded>;
}

export function createKeyringFile(fs: FsSeam, root: string): KeyringFile {
  const file = path.join(root, KEYRING_FILE);
  const previousFile = path.join(root, PREVIOUS_KEYRING_FILE);

  async function readRaw(at: string): Promise<Uint8Array | null> {
    try {
      return await fs.readFile(at);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw storageError('read', path.basename(at), error);
      return null;
    }
  }

  const parse = (bytes: Uint8Array | null): Loaded => {
    if (bytes === null) return { kind: 'none' };
    const keyring = decodeKeyring(bytes);
    return 'unreadable' in keyring ? { kind: 'damaged', reason: keyring.unreadable } : { kind: 'ok', keyring };
  };

  /** The generation to count on from: the keyring replaced, else the one kept from before encryption went off. */
  async function lastGeneration(disk: Loaded): Promise<number> {
    if (disk.kind === 'ok') return disk.keyring.generation ?? 0;
    const kept = parse(await readRaw(previousFile).catch(() => null));
    return kept.kind === 'ok' ? (kept.keyring.generation ?? 0) : 0;
  }

  async function write(at: string, bytes: Uint8Array): Promise<void> {
    try {
      await writeDurably(fs, at, bytes, async () => undefined);
    } catch (error) {
      throw storageError('save', path.basename(at), error);
    }
  }

  return {
    read: async () => parse(await readRaw(file)),
    readPrevious: async () => parse(await readRaw(previousFile)),

    async replace(expected, next) {
      const raw = await readRaw(file);
      const disk = parse(raw);
      // A damaged or newer keyring is never written over, even if this computer last saw it so. Nor
      // is it adopted, so the person is told what it is rather than that Mend caught up.
      if (disk.kind === 'damaged') {
        const newer = disk.reason === KEYRING_NEWER;
        throw new DomainError('conflict', newer ? KEYRING_NEWER_MESSAGE : UNREADABLE_NOW, { reason: disk.reason });
      }
      if (expected.kind === 'damaged' || !isDeepStrictEqual(disk, expected)) {
        throw new DomainError('conflict', CHANGED_ELSEWHERE, { reason: KEYRING_MOVED });
      }
      if (raw !== null) await write(previousFile, raw);
      if (next === null) {
        try {
          await fs.unlink(file);
          await syncDir(fs, root);
        } catch (error) {
          if (errorCode(error) !== 'ENOENT') throw storageError('remove', KEYRING_FILE, error);
        }
        return { kind: 'none' };
      }
      const bytes = encodeKeyring({ ...next, generation: (await lastGeneration(disk)) + 1 });
      await write(file, bytes);
      return parse(bytes);
    },
  };
}
