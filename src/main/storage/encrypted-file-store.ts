import { DomainError } from '../../core/errors';
import { damagedFileError } from '../../core/store/envelope-adapter';
import { UnreadableFileError } from '../../core/store/envelope';
import type { FileStore } from '../../core/store/file-store';
import { isSealed, openSealed, seal, SealError, type DataKey } from './sealed-file';

/**
 * Where the folder stands:
 * - plain:   no keyring; files pass through untouched (a sealed file found here is reported, not guessed at);
 * - locked:  a keyring exists but the key is not in memory; nothing is read or written;
 * - sealing: encryption is on (or being turned on); writes are sealed, reads open sealed and plain files;
 * - opening: encryption is being turned off; writes are plain, reads still open sealed files.
 */
export type SealPhase = 'plain' | 'locked' | 'sealing' | 'opening';

export interface SealControl {
  phase(): SealPhase;
  /** Present in the sealing and opening phases. */
  key(): DataKey | null;
}

const LOCKED = 'Mend is locked. Enter your passphrase to open your journal.';
const OPEN_BRACE = 0x7b;

/** One writer at a time across the app's saves and a folder conversion, so neither undoes the other. */
export class WriteGate {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/**
 * The FileStore decorator: core keeps speaking plain bytes; on disk each file is sealed with its path as
 * its identity. Plain files are read too, so a folder can be converted one atomic rewrite at a time.
 */
export function createEncryptedFileStore(inner: FileStore, control: SealControl, gate: WriteGate): FileStore {
  const unlocked = (): SealPhase => {
    const phase = control.phase();
    if (phase === 'locked') throw new DomainError('locked', LOCKED);
    return phase;
  };
  const decode = (path: string, bytes: Uint8Array): Uint8Array => openBytes(control, path, bytes);

  return {
    async read(path) {
      unlocked();
      const bytes = await inner.read(path);
      return bytes === null ? null : decode(path, bytes);
    },
    async write(path, bytes) {
      // The phase is read inside the gate: a conversion that just finished decides how this file is written.
      await gate.run(async () => {
        const key = unlocked() === 'sealing' ? control.key() : null;
        await inner.write(path, key ? seal(key, path, bytes) : bytes);
      });
    },
    async list(dir) {
      unlocked();
      return inner.list(dir);
    },
    async move(from, to) {
      unlocked();
      await gate.run(() => inner.move(from, to));
    },
    async backups(path) {
      unlocked();
      return inner.backups(path);
    },
    async readBackup(path, id) {
      unlocked();
      return decode(path, await inner.readBackup(path, id));
    },
  };
}

/** The plain bytes of one file as stored, for the path it is read at. Throws damaged with a plain reason. */
export function openBytes(control: SealControl, path: string, bytes: Uint8Array): Uint8Array {
  const phase = control.phase();
  if (phase === 'locked') throw new DomainError('locked', LOCKED);
  const key = control.key();
  if (isSealed(bytes)) {
    if (phase === 'plain' || !key) {
      throw unreadable(path, 'it is encrypted, but this data folder has no keyring.json to open it with');
    }
    try {
      return openSealed(key, path, bytes);
    } catch (e) {
      throw unreadable(path, e instanceof SealError ? e.reason : 'it could not be decrypted');
    }
  }
  // Plain Mend files always begin with "{"; anything else while sealing is a sealed file with a damaged start.
  if (phase !== 'plain' && bytes.length > 0 && bytes[0] !== OPEN_BRACE) {
    throw unreadable(path, 'it is neither a sealed nor a plain Mend file (its first bytes were changed)');
  }
  return bytes;
}

const unreadable = (path: string, reason: string): DomainError => damagedFileError(path, new UnreadableFileError(reason));
